import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import type { LoadedAgreement } from "./loaded-agreement";
import { TableScroll } from "@/components/ui/table-scroll";

/** The joint institutions the agreement set up, and whom to contact in each. */
export async function AgreementInstitutions({ agreement }: { agreement: LoadedAgreement }) {
  const [t, tInstitution] = await Promise.all([getTranslations("Agreement"), getTranslations("InstitutionKind")]);
  return (
    <>
      <h2>{t("institutions")}</h2>
      <p>
        <Link href={`/institutions?agreement=${agreement.id}`}>{t("whomToContact")}</Link>
      </p>
      {agreement.institutions.length === 0 ? (
        <p>{t("noInstitutions")}</p>
      ) : (
        <TableScroll label={t("institutions")}>
          <table className="table">
            <caption className="visually-hidden">{t("institutions")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("institution")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("country")}</th>
                <th scope="col">{t("host")}</th>
                <th scope="col">{t("contact")}</th>
                <th scope="col">{t("meetings")}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.institutions.map((institution) => (
                <tr key={institution.id}>
                  <td>
                    <Link href={`/institutions/${institution.id}`}>{institution.name}</Link>
                  </td>
                  <td>{tInstitution(institution.kind)}</td>
                  <td>{institution.country?.name ?? t("allParties")}</td>
                  <td>{institution.hostOrganisation?.name ?? "—"}</td>
                  <td>
                    {institution.contactName ?? ""}
                    {institution.contactEmail && (
                      <>
                        {institution.contactName && <br />}
                        <a href={`mailto:${institution.contactEmail}`}>{institution.contactEmail}</a>
                      </>
                    )}
                    {!institution.contactName && !institution.contactEmail && "—"}
                  </td>
                  <td>{institution._count.meetings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
