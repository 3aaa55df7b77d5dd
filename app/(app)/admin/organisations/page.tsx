import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { loadListChoices } from "@/components/lists/list-choices";
import { ListFilters } from "@/components/lists/list-filters";
import { ORGANISATION_LIST } from "@/components/lists/organisation-list";
import { OrganisationListTable } from "@/components/lists/organisation-list-table";
import { Pager } from "@/components/lists/pager";
import { listOrganisations } from "@/lib/domain/organisations/list-organisations";
import { loadListPage, readList, type SearchParams } from "@/lib/platform/api/list-query";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminOrganisations"))("title") };
}

export default async function AdminOrganisationsPage({ searchParams }: Props) {
  const actor = await requireUser("/admin/organisations");
  if (!can(actor, "organisation.manage")) notFound();
  const list = readList(ORGANISATION_LIST, await searchParams);
  const [t, page, choices] = await Promise.all([
    getTranslations("AdminOrganisations"),
    loadListPage(list, (page) => listOrganisations(actor, list.filter, page)),
    loadListChoices(ORGANISATION_LIST, list, actor),
  ]);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>
        <Link href="/admin/organisations/new" className="button">
          {t("newOrganisation")}
        </Link>
      </p>

      <ListFilters list={ORGANISATION_LIST} read={list} choices={choices} />
      <OrganisationListTable organisations={page.data} />
      <Pager list={ORGANISATION_LIST} read={list} nextCursor={page.page.nextCursor} />
    </>
  );
}
