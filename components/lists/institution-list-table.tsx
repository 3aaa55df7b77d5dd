import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { InstitutionListItem } from "@/lib/domain/institutions/list-institutions";

/** A website's host name, a link text that tells one row's website from another's. */
function siteName(url: string) {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** One page of the institution directory, with whom to contact at each. */
export async function InstitutionListTable({ institutions }: { institutions: InstitutionListItem[] }) {
  const [t, tKind] = await Promise.all([getTranslations("Institutions"), getTranslations("InstitutionKind")]);
  if (institutions.length === 0) return <p>{t("none")}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("agreement")}</th>
          <th scope="col">{t("institution")}</th>
          <th scope="col">{t("serves")}</th>
          <th scope="col">{t("host")}</th>
          <th scope="col">{t("contact")}</th>
        </tr>
      </thead>
      <tbody>
        {institutions.map((institution) => (
          <tr key={institution.id}>
            <td>
              <Link href={`/agreements/${institution.agreement.id}`}>{institution.agreement.shortName}</Link>
            </td>
            <td>
              <Link href={`/institutions/${institution.id}`}>{institution.name}</Link>
              <br />
              <span className="muted">{tKind(institution.kind)}</span>
            </td>
            <td>{institution.country?.name ?? t("allParties")}</td>
            <td>{institution.hostOrganisation?.name ?? "—"}</td>
            <td>
              {institution.contactName && <div>{institution.contactName}</div>}
              {institution.contactEmail && (
                <div>
                  <a href={`mailto:${institution.contactEmail}`}>{institution.contactEmail}</a>
                </div>
              )}
              {institution.contactPhone && <div>{institution.contactPhone}</div>}
              {institution.website && (
                <div>
                  <a href={institution.website} rel="noopener noreferrer">
                    {siteName(institution.website)}
                  </a>
                </div>
              )}
              {!institution.contactName && !institution.contactEmail && !institution.contactPhone && !institution.website && "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
