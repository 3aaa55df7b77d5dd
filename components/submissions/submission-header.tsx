import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { LocalizedTitle, Localized } from "@/components/i18n/record-text";
import { Badge } from "@/components/ui/badge";
import { recordText } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import type { SubmissionView } from "@/lib/domain/submissions/get-submission";
import { AWAITING_DECISION, AWAITING_REPORT } from "@/lib/domain/submissions/submission-workflow";
import { DeadlineStatus } from "./submission-deadlines";
import { Submitters } from "./submitters";
import styles from "./submission.module.css";

/** The submission's title and status, who filed it with whom about which party, and where it stands against its deadlines. */
export async function SubmissionHeader({ submission }: { submission: SubmissionView }) {
  const [t, tStatus, tTopic, format, locale] = await Promise.all([
    getTranslations("Submission"),
    getTranslations("SubmissionStatus"),
    getTranslations("LabourTopic"),
    getFormatter(),
    requestLocale(),
  ]);
  const { deadline } = submission;
  return (
    <>
      <p>
        <Link href="/submissions">← {t("backToDocket")}</Link>
      </p>
      <h1>
        <LocalizedTitle record={submission} locale={locale} />
      </h1>
      <p>
        <Badge>{tStatus(submission.status)}</Badge> {deadline?.overdue && <Badge>{t(deadline.kind === "decision" ? "decisionOverdue" : "reportOverdue")}</Badge>}
      </p>
      {submission.seesWithheld && (submission.identityWithheld || submission.coSubmitters.some((entry) => entry.identityWithheld) || submission.documents.some((document) => document.withheld)) && (
        <p className={styles.withheld}>{t("youSeeWithheld")}</p>
      )}
      <dl className="facts">
        <dt>{t("agreement")}</dt>
        <dd>
          <Link href={`/agreements/${submission.agreement.id}`}>{submission.agreement.shortName}</Link>
        </dd>
        <dt>{t("concerns")}</dt>
        <dd>{submission.concerns.name}</dd>
        <dt>{t("contactPoint")}</dt>
        <dd>
          <Link href={`/institutions/${submission.contactPoint.id}`}>{submission.contactPoint.name}</Link>
          {submission.contactPoint.hostOrganisation && <span className="muted"> ({submission.contactPoint.hostOrganisation.name})</span>}
        </dd>
        <dt>{t("submittedBy")}</dt>
        <dd>
          <Submitters submission={submission} />
        </dd>
        <dt>{t("filed")}</dt>
        <dd>{submission.filedAt ? format.dateTime(submission.filedAt, { dateStyle: "long" }) : t("notFiled")}</dd>
        <dt>{t("decision")}</dt>
        <dd>
          <DeadlineStatus stage={{ from: submission.filedAt, dueOn: submission.decisionDueOn, doneAt: submission.decidedAt, open: AWAITING_DECISION.includes(submission.status) }} />
        </dd>
        <dt>{t("report")}</dt>
        <dd>
          {submission.status === "DECLINED" ? (
            t("noReportDeclined")
          ) : (
            <DeadlineStatus stage={{ from: submission.decidedAt, dueOn: submission.reportDueOn, doneAt: submission.reportedAt, open: AWAITING_REPORT.includes(submission.status) }} />
          )}
        </dd>
        <dt>{t("topics")}</dt>
        <dd>{submission.topics.length ? submission.topics.map((topic) => tTopic(topic)).join(", ") : t("none")}</dd>
        <dt>{t("provisions")}</dt>
        <dd>
          {submission.provisions.length ? (
            <ul>
              {submission.provisions.map(({ provision }) => (
                <li key={provision.id}>
                  {provision.article} — {provision.title}
                </li>
              ))}
            </ul>
          ) : (
            t("none")
          )}
        </dd>
      </dl>
      <h2>{t("summary")}</h2>
      <p className={styles.text}>
        <Localized text={recordText(submission, "summary", submission.summary, locale)} />
      </p>
      {submission.facts && (
        <>
          <h2>{t("facts")}</h2>
          <p className={styles.text}>{submission.facts}</p>
        </>
      )}
      {submission.request && (
        <>
          <h2>{t("request")}</h2>
          <p className={styles.text}>{submission.request}</p>
        </>
      )}
    </>
  );
}
