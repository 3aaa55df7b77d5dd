import { getTranslations } from "@/lib/platform/i18n/server";
import type { InstitutionDetail } from "@/lib/domain/institutions/get-institution";

/** Whom the institution serves, its host and contact details, and its mandate. */
export async function InstitutionFacts({ institution }: { institution: InstitutionDetail }) {
  const t = await getTranslations("Institution");
  return (
    <>
      <dl className="facts">
        <dt>{t("serves")}</dt>
        <dd>{institution.country?.name ?? t("allParties")}</dd>
        <dt>{t("host")}</dt>
        <dd>{institution.hostOrganisation?.name ?? "—"}</dd>
        <dt>{t("contactName")}</dt>
        <dd>{institution.contactName ?? "—"}</dd>
        <dt>{t("contactEmail")}</dt>
        <dd>{institution.contactEmail ? <a href={`mailto:${institution.contactEmail}`}>{institution.contactEmail}</a> : "—"}</dd>
        <dt>{t("contactPhone")}</dt>
        <dd>{institution.contactPhone ?? "—"}</dd>
        <dt>{t("address")}</dt>
        <dd>{institution.address ?? "—"}</dd>
        <dt>{t("website")}</dt>
        <dd>
          {institution.website ? (
            <a href={institution.website} rel="noopener noreferrer">
              {institution.website}
            </a>
          ) : (
            "—"
          )}
        </dd>
      </dl>
      {institution.mandate && (
        <>
          <h2>{t("mandate")}</h2>
          <p className="multiline">{institution.mandate}</p>
        </>
      )}
    </>
  );
}
