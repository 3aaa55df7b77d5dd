import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { partyNames } from "@/components/agreements/party-names";
import { UntranslatedNote } from "@/components/i18n/record-text";
import { Badge } from "@/components/ui/badge";
import { recordText } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { can, type Viewer } from "@/lib/platform/authz";
import type { LoadedAgreement } from "./loaded-agreement";
import { calendarDate } from "@/lib/platform/format/dates";

/** The agreement's title, status, edit link, summary, parties and dates. */
export async function AgreementHeader({ viewer, agreement }: { viewer: Viewer; agreement: LoadedAgreement }) {
  const [t, tStatus, tKind, format, locale] = await Promise.all([getTranslations("Agreement"), getTranslations("AgreementStatus"), getTranslations("AgreementKind"), getFormatter(), requestLocale()]);
  const summary = recordText(agreement, "summary", agreement.summary, locale);
  const date = (value: Date | null) => (value ? format.dateTime(value, calendarDate("long")) : t("notYet"));
  return (
    <>
      <p>
        <Link href="/agreements">← {t("back")}</Link>
      </p>
      <h1>{agreement.title}</h1>
      <p>
        <Badge>{agreement.shortName}</Badge> <Badge>{tStatus(agreement.status)}</Badge> <Badge>{tKind(agreement.kind)}</Badge>
      </p>
      {can(viewer, "agreement.manage") && (
        <p>
          <Link href={`/agreements/${agreement.id}/edit`} className="button button-secondary">
            {t("edit")}
          </Link>
        </p>
      )}
      {summary.text && (
        <>
          <p className="lead multiline" lang={summary.language}>
            {summary.text}
          </p>
          <UntranslatedNote text={summary} locale={locale} />
        </>
      )}
      <dl className="facts">
        <dt>{t("parties")}</dt>
        <dd>{partyNames(agreement.parties, locale)}</dd>
        <dt>{t("signed")}</dt>
        <dd>{date(agreement.signedOn)}</dd>
        <dt>{t("inForce")}</dt>
        <dd>{date(agreement.inForceOn)}</dd>
        {agreement.terminatedOn && (
          <>
            <dt>{t("terminated")}</dt>
            <dd>{date(agreement.terminatedOn)}</dd>
          </>
        )}
        <dt>{t("submissions")}</dt>
        <dd>
          {t("submissionDays", { decision: agreement.submissionDecisionDays, report: agreement.submissionReportDays })}{" "}
          <Link href={`/submissions?agreement=${agreement.id}`}>{t("submissionsLink")}</Link>
        </dd>
      </dl>
      {agreement.website && (
        <p>
          <a href={agreement.website} rel="noopener noreferrer">
            {t("website")}
          </a>
        </p>
      )}
    </>
  );
}
