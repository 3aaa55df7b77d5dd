import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { Fragment } from "react";
import { LanguageNote } from "@/components/i18n/localized";
import { localizeProgram, type LocalizedProgramTexts } from "@/lib/domain/programs/localize-program";
import { languageName } from "@/lib/platform/i18n/localized-text";
import { tabHelpers, type LoadedProgram } from "./tab-helpers";

type Props = { program: LoadedProgram };

/** What the program is: its summary, the facts about it, its objectives and the provisions it serves. */
export async function OverviewTab({ program }: Props) {
  const [t, locale] = await Promise.all([getTranslations("Program"), getLocale()]);
  const shown = localizeProgram(program, locale);
  const { summary, objectives } = shown;
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t("tab.overview")}</h2>
      {summary.text && (
        <>
          <p className="lead multiline" lang={summary.language}>
            {summary.text}
          </p>
          <LanguageNote shown={summary} block />
        </>
      )}
      <OtherLanguages program={program} shown={shown} />
      <ProgramFacts program={program} />
      {objectives.text && (
        <>
          <h3>{t("objectives")}</h3>
          <p className="multiline" lang={objectives.language}>
            {objectives.text}
          </p>
          <LanguageNote shown={objectives} block />
        </>
      )}
      <h3>{t("provisions")}</h3>
      {program.provisions.length === 0 ? (
        <p>{t("noProvisions")}</p>
      ) : (
        <ul>
          {program.provisions.map((provision) => (
            <li key={provision.id}>
              <Link href={`/agreements/${program.agreement.id}#provision-${provision.id}`}>
                {provision.article} — {provision.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The texts in the languages the page does not show: the original when a translation is shown, and the other translations. */
async function OtherLanguages({ program, shown }: Props & { shown: LocalizedProgramTexts }) {
  const [tIati, locale] = await Promise.all([getTranslations("Iati"), getLocale()]);
  const versions = (["title", "summary", "objectives"] as const).map((field) => {
    const texts = { ...program.translations[field], ...(program[field] ? { [program.language]: program[field] } : {}) };
    return [field, Object.entries(texts).filter(([language, text]) => language !== shown[field].language && text.trim())] as const;
  });
  const languages = [...new Set(versions.flatMap(([, texts]) => texts.map(([language]) => language)))].sort();
  if (!languages.length) return null;
  return (
    <details>
      <summary>
        {tIati("otherLanguages")}: {languages.map((language) => languageName(language, locale)).join(", ")}
      </summary>
      <dl className="facts">
        {versions.flatMap(([field, texts]) =>
          texts.map(([language, text]) => (
            <Fragment key={`${field}-${language}`}>
              <dt>
                {tIati(`field.${field}`)} ({languageName(language, locale)})
              </dt>
              <dd lang={language} className="multiline">
                {text}
              </dd>
            </Fragment>
          )),
        )}
      </dl>
    </details>
  );
}

async function ProgramFacts({ program }: Props) {
  const [{ t, format, date }, tType, tStatus, tTopic] = await Promise.all([tabHelpers(), getTranslations("ProgramType"), getTranslations("ProgramStatus"), getTranslations("LabourTopic")]);
  return (
    <dl className="facts">
      <dt>{t("agreement")}</dt>
      <dd>
        <Link href={`/agreements/${program.agreement.id}`}>{program.agreement.title}</Link>
      </dd>
      <dt>{t("leadInstitution")}</dt>
      <dd>{program.leadInstitution ? <Link href={`/institutions/${program.leadInstitution.id}`}>{program.leadInstitution.name}</Link> : "—"}</dd>
      <dt>{t("type")}</dt>
      <dd>{tType(program.type)}</dd>
      <dt>{t("reportingOrganisation")}</dt>
      <dd>
        {program.reportingOrganisation.name}
        {program.reportingOrganisation.acronym && ` (${program.reportingOrganisation.acronym})`}
        {program.reportingOrganisation.countryCode && ` · ${program.reportingOrganisation.countryCode}`}
      </dd>
      <TypeFacts program={program} />
      <dt>{t("status")}</dt>
      <dd>{tStatus(program.status)}</dd>
      <dt>{t("planned")}</dt>
      <dd>
        {date(program.plannedStart ? new Date(program.plannedStart) : null)} – {date(program.plannedEnd ? new Date(program.plannedEnd) : null)}
      </dd>
      <dt>{t("actual")}</dt>
      <dd>
        {date(program.actualStart ? new Date(program.actualStart) : null)} – {date(program.actualEnd ? new Date(program.actualEnd) : null)}
      </dd>
      <dt>{t("currency")}</dt>
      <dd>
        {program.currency.code} — {program.currency.name}
      </dd>
      <dt>{t("topics")}</dt>
      <dd>{program.topics.map((topic) => tTopic(topic)).join(", ") || "—"}</dd>
      <dt>{t("beneficiaries")}</dt>
      <dd>{program.beneficiaries.map((country) => country.name).join(", ") || "—"}</dd>
      <dt>{t("published")}</dt>
      <dd>{program.publishedAt ? format.dateTime(program.publishedAt, { dateStyle: "long" }) : t("notPublished")}</dd>
    </dl>
  );
}

/** The facts that belong to the program's type only. */
async function TypeFacts({ program }: Props) {
  const { t, amount } = await tabHelpers();
  switch (program.type) {
    case "FINANCIAL_ASSISTANCE":
      return (
        <>
          <dt>{t("funder")}</dt>
          <dd>{program.funder?.name ?? "—"}</dd>
          <dt>{t("fundingAmount")}</dt>
          <dd>{program.fundingAmount ? amount(program.fundingAmount, program.currencyCode) : "—"}</dd>
        </>
      );
    case "TECHNICAL_COOPERATION":
      return (
        <>
          <dt>{t("expertiseArea")}</dt>
          <dd>{program.expertiseArea ?? "—"}</dd>
        </>
      );
    case "JOINT_RESEARCH":
      return (
        <>
          <dt>{t("researchQuestions")}</dt>
          <dd className="multiline">{program.researchQuestions ?? "—"}</dd>
          <dt>{t("researchOutputs")}</dt>
          <dd className="multiline">{program.researchOutputs ?? "—"}</dd>
        </>
      );
    case "INFORMATION_SHARING":
      return (
        <>
          <dt>{t("exchangeSubject")}</dt>
          <dd className="multiline">{program.exchangeSubject ?? "—"}</dd>
          <dt>{t("exchangeBetween")}</dt>
          <dd>{program.exchangeBetween ?? "—"}</dd>
        </>
      );
    default:
      return null;
  }
}
