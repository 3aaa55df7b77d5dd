import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { AGREEMENT_LIST } from "@/components/lists/agreement-list";
import { AgreementListTable } from "@/components/lists/agreement-list-table";
import { loadListChoices } from "@/components/lists/list-choices";
import { ListFilters } from "@/components/lists/list-filters";
import { Pager } from "@/components/lists/pager";
import { listAgreements } from "@/lib/domain/agreements/list-agreements";
import { readList, type SearchParams } from "@/lib/platform/api/list-query";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Agreements"))("title") };
}

export default async function AgreementsPage({ searchParams }: Props) {
  // This list pages by offset: a cursor it did not give out starts again from the first page.
  const list = readList(AGREEMENT_LIST, await searchParams);
  const viewer = await getCurrentUser();
  const [t, page, choices] = await Promise.all([getTranslations("Agreements"), listAgreements(viewer, list.filter, list.page), loadListChoices(AGREEMENT_LIST, list, viewer)]);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {can(viewer, "agreement.manage") && (
        <p>
          <Link href="/agreements/new" className="button">
            {t("new")}
          </Link>
        </p>
      )}

      <ListFilters list={AGREEMENT_LIST} read={list} choices={choices} />
      <AgreementListTable agreements={page.data} />
      <Pager list={AGREEMENT_LIST} read={list} nextCursor={page.page.nextCursor} />
    </>
  );
}
