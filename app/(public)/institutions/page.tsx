import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { INSTITUTION_LIST } from "@/components/lists/institution-list";
import { InstitutionListTable } from "@/components/lists/institution-list-table";
import { loadListChoices } from "@/components/lists/list-choices";
import { ListFilters } from "@/components/lists/list-filters";
import { Pager } from "@/components/lists/pager";
import { listInstitutions } from "@/lib/domain/institutions/list-institutions";
import { readList, type SearchParams } from "@/lib/platform/api/list-query";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can, roleMay } from "@/lib/platform/authz";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Institutions"))("title") };
}

export default async function InstitutionsPage({ searchParams }: Props) {
  const list = readList(INSTITUTION_LIST, await searchParams);
  const viewer = await getCurrentUser();
  const [t, page, choices] = await Promise.all([getTranslations("Institutions"), listInstitutions(viewer, list.filter, list.page), loadListChoices(INSTITUTION_LIST, list, viewer)]);
  // A ministry adds its own country's contact point, for the agreement being looked at if any.
  const ownContactPoint = viewer && !roleMay(viewer.role, "institution.manage") && can(viewer, "contactPoint.manage") && viewer.countryCode;
  const contactPointPresets = new URLSearchParams({
    ...(list.filter.agreement && { agreement: list.filter.agreement }),
    kind: "CONTACT_POINT",
    country: viewer?.countryCode ?? "",
  });

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {can(viewer, "institution.manage") && (
        <p>
          <Link href="/institutions/new" className="button">
            {t("new")}
          </Link>
        </p>
      )}
      {ownContactPoint && (
        <p>
          <Link href={`/institutions/new?${contactPointPresets.toString()}`} className="button">
            {t("newContactPoint")}
          </Link>
        </p>
      )}

      <ListFilters list={INSTITUTION_LIST} read={list} choices={choices} />
      <InstitutionListTable institutions={page.data} />
      <Pager list={INSTITUTION_LIST} read={list} nextCursor={page.page.nextCursor} />
    </>
  );
}
