import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { LocalizedTitle } from "@/components/i18n/record-text";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { RecordForm } from "@/components/ui/record-form";
import { calendarDate } from "@/lib/platform/format/dates";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { addFollowUpAction, addHearingAction, removeFollowUpAction, removeHearingAction } from "@/lib/domain/submissions/actions";
import type { SubmissionView } from "@/lib/domain/submissions/get-submission";
import type { handlingChoices } from "@/lib/domain/submissions/handling-choices";
import { SubmissionHearingKind } from "@/lib/platform/db/generated/enums";
import styles from "./submission.module.css";

type Choices = Awaited<ReturnType<typeof handlingChoices>>;

/** The consultations and hearings held during the review, and the form the contact point's ministry records them with. */
export async function SubmissionHearings({ submission, choices }: { submission: SubmissionView; choices: Choices }) {
  if (!submission.hearings.length && !submission.may.recordHearings) return null;
  const [t, tKind, tParts, format] = await Promise.all([getTranslations("Submission"), getTranslations("SubmissionHearingKind"), getTranslations("ProgramParts"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, calendarDate());
  return (
    <section aria-labelledby="hearings-title">
      <h2 id="hearings-title">{t("hearings")}</h2>
      {submission.hearings.length ? (
        <ul>
          {submission.hearings.map(({ kind, meeting }) => (
            <li key={meeting.id}>
              {t("hearingLine", { kind: tKind(kind), date: day(meeting.date), place: meeting.place })} <Link href={`/institutions/${meeting.institution.id}`}>{meeting.institution.name}</Link>
              {submission.may.recordHearings && (
                <InlineActionButton
                  action={removeHearingAction}
                  fields={{ submissionId: submission.id, meetingId: meeting.id }}
                  label={tParts("remove")}
                  accessibleName={tParts("removeNamed", { name: `${tKind(kind)} ${day(meeting.date)}` })}
                  pendingLabel={tParts("removing")}
                />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("noHearings")}</p>
      )}
      {submission.may.recordHearings && (
        <RecordForm
          formId="hearing"
          action={addHearingAction}
          hidden={{ submissionId: submission.id }}
          label={t("addHearing")}
          submitLabel={t("addHearing")}
          pendingLabel={t("saving")}
          fields={[
            {
              name: "meetingId",
              label: t("meeting"),
              hint: t("meetingHint"),
              kind: "select",
              required: true,
              options: [{ value: "", label: t("choose") }, ...choices.meetings.map((meeting) => ({ value: meeting.id, label: `${day(meeting.date)} · ${meeting.institution.name} · ${meeting.place}` }))],
            },
            { name: "kind", label: t("hearingKind"), kind: "select", required: true, options: Object.values(SubmissionHearingKind).map((kind) => ({ value: kind, label: tKind(kind) })) },
          ]}
        />
      )}
    </section>
  );
}

/** The contact point's report: its findings, and each recommendation with the plans and programs that follow it. */
export async function SubmissionReport({ submission, choices }: { submission: SubmissionView; choices: Choices }) {
  if (!submission.reportedAt) return null;
  const [t, tParts, tPlanStatus, format, locale] = await Promise.all([getTranslations("Submission"), getTranslations("ProgramParts"), getTranslations("PlanStatus"), getFormatter(), requestLocale()]);
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t("reportTitle", { date: format.dateTime(submission.reportedAt, { dateStyle: "long" }) })}</h2>
      <h3>{t("findings")}</h3>
      <p className={styles.text}>{submission.findings}</p>
      <h3>{t("recommendations")}</h3>
      {submission.recommendations.length === 0 && <p>{t("noRecommendations")}</p>}
      <ol className={styles.recommendations}>
        {submission.recommendations.map((recommendation) => (
          <li key={recommendation.id} id={`recommendation-${recommendation.position}`}>
            <p className={styles.text}>{recommendation.text}</p>
            {recommendation.followUps.length ? (
              <ul aria-label={t("followedBy")}>
                {recommendation.followUps.map((followUp) => (
                  <li key={followUp.id}>
                    {followUp.plan ? (
                      <>
                        {t("followedByPlan")} <LocalizedTitle record={followUp.plan} href={`/plans/${followUp.plan.id}`} locale={locale} /> <span className="muted">({tPlanStatus(followUp.plan.status)})</span>
                      </>
                    ) : followUp.program ? (
                      <>
                        {t("followedByProgram")} <LocalizedTitle record={followUp.program} href={`/programs/${followUp.program.id}`} locale={locale} />
                      </>
                    ) : null}
                    {submission.may.linkFollowUps && (
                      <InlineActionButton
                        action={removeFollowUpAction}
                        fields={{ submissionId: submission.id, followUpId: followUp.id }}
                        label={tParts("remove")}
                        accessibleName={tParts("removeNamed", { name: followUp.plan?.title ?? followUp.program?.title ?? "" })}
                        pendingLabel={tParts("removing")}
                      />
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t("notFollowedYet")}</p>
            )}
          </li>
        ))}
      </ol>
      {submission.may.linkFollowUps && submission.recommendations.length > 0 && (
        <>
          <h3>{t("linkFollowUp")}</h3>
          <RecordForm
            formId="follow-up"
            action={addFollowUpAction}
            hidden={{ submissionId: submission.id }}
            label={t("linkFollowUp")}
            submitLabel={t("linkFollowUp")}
            pendingLabel={t("saving")}
            fields={[
              {
                name: "recommendationId",
                label: t("recommendation"),
                kind: "select",
                required: true,
                options: [{ value: "", label: t("choose") }, ...submission.recommendations.map((entry) => ({ value: entry.id, label: `${entry.position}. ${entry.text.slice(0, 80)}` }))],
              },
              { name: "planId", label: t("plan"), hint: t("planOrProgramHint"), kind: "select", options: [{ value: "", label: t("noneChosen") }, ...choices.plans.map((plan) => ({ value: plan.id, label: `${plan.title} (${plan.countryCode})` }))] },
              { name: "programId", label: t("program"), kind: "select", options: [{ value: "", label: t("noneChosen") }, ...choices.programs.map((program) => ({ value: program.id, label: program.title }))] },
            ]}
          />
        </>
      )}
    </section>
  );
}
