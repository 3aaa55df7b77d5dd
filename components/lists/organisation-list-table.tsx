import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import type { listOrganisations } from "@/lib/domain/organisations/list-organisations";
import { ListTable, type ListColumn } from "./list-table";

type Organisation = Awaited<ReturnType<typeof listOrganisations>>["data"][number];

/** One page of the organisation list, each with a link to its users. */
export async function OrganisationListTable({ organisations }: { organisations: Organisation[] }) {
  const [t, tKind] = await Promise.all([getTranslations("AdminOrganisations"), getTranslations("OrganisationKind")]);
  const users = ({ id, _count }: Organisation) => (_count.users > 0 ? <Link href={`/admin/users?organisation=${encodeURIComponent(id)}`}>{_count.users}</Link> : 0);
  const columns: ListColumn<Organisation>[] = [
    { label: t("name"), cell: (organisation) => <Link href={`/admin/organisations/${organisation.id}`}>{organisation.name}</Link> },
    { label: t("acronym"), cell: (organisation) => organisation.acronym ?? "—" },
    { label: t("kind"), cell: (organisation) => tKind(organisation.kind) },
    { label: t("country"), cell: (organisation) => organisation.country?.name ?? "—" },
    { label: t("iatiIdentifier"), cell: (organisation) => (organisation.iatiIdentifier ? <code>{organisation.iatiIdentifier}</code> : "—") },
    { label: t("users"), cell: users },
  ];
  return <ListTable rows={organisations} columns={columns} caption={t("caption")} none={t("none")} />;
}
