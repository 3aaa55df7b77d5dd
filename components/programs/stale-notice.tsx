"use client";

import { useTranslations } from "next-intl";
import type { StaleChanges } from "@/lib/platform/errors/app-error";
import type { ProgramChoices } from "@/lib/domain/programs/program-choices";

/**
 * What others changed in a program while the user was editing it, field by field, so that the
 * user can decide what to keep before saving their version.
 */
export function StaleNotice({ stale, choices, kept }: { stale: StaleChanges; choices: ProgramChoices; kept: string[] }) {
  const t = useTranslations("ProgramForm");
  const tType = useTranslations("ProgramType");
  const tStatus = useTranslations("ProgramStatus");
  const tTopic = useTranslations("LabourTopic");

  const institutions = choices.agreements.flatMap((agreement) => agreement.institutions);
  const provisions = choices.agreements.flatMap((agreement) => agreement.provisions);
  const labelIn = (options: { value: string; label: string }[], value: string) => options.find((option) => option.value === value)?.label ?? value;

  function describe(field: string, value: unknown): string {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return t("empty");
    if (Array.isArray(value)) return value.map((item) => describe(field, String(item))).join(", ");
    // Translations, { "title": { "es": "…" } }: the languages they are in.
    if (typeof value === "object") return [...new Set(Object.values(value).flatMap((byLanguage) => Object.keys(byLanguage ?? {})))].sort().join(", ") || t("empty");
    const text = String(value);
    switch (field) {
      case "agreementId":
        return labelIn(choices.agreements, text);
      case "leadInstitutionId":
        return labelIn(institutions, text);
      case "funderId":
        return labelIn(choices.organisations, text);
      case "provisionIds":
        return labelIn(provisions, text);
      case "beneficiaryCountries":
        return labelIn(choices.countries, text);
      case "topics":
        return tTopic(text as never);
      case "type":
        return tType(text as never);
      case "status":
        return tStatus(text as never);
      case "visibility":
        return text === "PUBLISHED" ? t("published") : t("draft");
      default:
        return text;
    }
  }

  return (
    <section className="stale-notice" aria-labelledby="stale-notice-title">
      <h2 id="stale-notice-title">{t("staleTitle")}</h2>
      <p>{stale.changedBy.length ? t("staleBy", { names: stale.changedBy.join(", "), version: stale.currentVersion }) : t("staleUnknown", { version: stale.currentVersion })}</p>
      {stale.changes.length > 0 && (
        <table className="table">
          <caption>{t("staleCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("staleField")}</th>
              <th scope="col">{t("staleThen")}</th>
              <th scope="col">{t("staleNow")}</th>
              <th scope="col">{t("staleForm")}</th>
            </tr>
          </thead>
          <tbody>
            {stale.changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{t(change.field as never)}</th>
                <td>{describe(change.field, change.then)}</td>
                <td>{describe(change.field, change.now)}</td>
                <td>{kept.includes(change.field) ? <strong>{t("staleYours")}</strong> : t("staleTheirs")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>{t("staleAdvice")}</p>
    </section>
  );
}
