import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { listOrganisations } from "@/lib/domain/organisations/list-organisations";

/** One page of the organisation list, each with a link to its users. */
export async function OrganisationListTable({ organisations }: { organisations: Awaited<ReturnType<typeof listOrganisations>>["data"] }) {
  const [t, tKind] = await Promise.all([getTranslations("AdminOrganisations"), getTranslations("OrganisationKind")]);
  if (organisations.length === 0) return <p>{t("none")}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("name")}</th>
          <th scope="col">{t("acronym")}</th>
          <th scope="col">{t("kind")}</th>
          <th scope="col">{t("country")}</th>
          <th scope="col">{t("iatiIdentifier")}</th>
          <th scope="col">{t("users")}</th>
        </tr>
      </thead>
      <tbody>
        {organisations.map((organisation) => (
          <tr key={organisation.id}>
            <td>
              <Link href={`/admin/organisations/${organisation.id}`}>{organisation.name}</Link>
            </td>
            <td>{organisation.acronym ?? "—"}</td>
            <td>{tKind(organisation.kind)}</td>
            <td>{organisation.country?.name ?? "—"}</td>
            <td>{organisation.iatiIdentifier ? <code>{organisation.iatiIdentifier}</code> : "—"}</td>
            <td>
              {organisation._count.users > 0 ? (
                <Link href={`/admin/users?organisation=${encodeURIComponent(organisation.id)}`}>{organisation._count.users}</Link>
              ) : (
                0
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
