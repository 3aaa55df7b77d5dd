import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { cache } from "react";
import { getTranslations } from "@/lib/platform/i18n/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FlashMessage } from "@/components/flash/flash-message";
import { SubmissionEvidence } from "@/components/submissions/submission-evidence";
import { SubmissionHeader } from "@/components/submissions/submission-header";
import { SubmissionMoves } from "@/components/submissions/submission-moves";
import { SubmissionHearings, SubmissionReport } from "@/components/submissions/submission-review";
import { SubmissionTimeline } from "@/components/submissions/submission-timeline";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { recordText } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { findSubmission } from "@/lib/domain/submissions/get-submission";
import { handlingChoices } from "@/lib/domain/submissions/handling-choices";
import { submissionTimeline } from "@/lib/domain/submissions/submission-timeline";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const loadSubmission = cache(async (id: string) => findSubmission(await getCurrentUser(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const submission = await loadSubmission((await params).id);
  return { title: submission && recordText(submission, "title", submission.title, await requestLocale()).text };
}

export default async function SubmissionPage({ params }: Props) {
  const submission = await loadSubmission((await params).id);
  if (!submission) notFound();
  const viewer = await getCurrentUser();
  const { may } = submission;
  const [t, timeline, choices] = await Promise.all([
    getTranslations("Submission"),
    submissionTimeline(viewer, submission.id),
    handlingChoices(viewer, submission.agreement.id, { meetings: may.recordHearings, followUps: may.linkFollowUps }),
  ]);

  const page = (
    <>
      <FlashMessage />
      <SubmissionHeader submission={submission} />
      {may.edit && (
        <p>
          <Link href={`/submissions/${submission.id}/edit`} className="button">
            {t("editDraft")}
          </Link>
        </p>
      )}
      <SubmissionMoves submission={submission} />
      {submission.decisionReason && (
        <section aria-labelledby="decision-title">
          <h2 id="decision-title">{t(submission.status === "DECLINED" ? "declinedBecause" : "acceptedNote")}</h2>
          <p>{submission.decisionReason}</p>
        </section>
      )}
      <SubmissionEvidence submission={submission} />
      <SubmissionHearings submission={submission} choices={choices} />
      <SubmissionReport submission={submission} choices={choices} />
      <SubmissionTimeline entries={timeline} />
    </>
  );
  // The forms are there for signed-in readers who may act on the submission.
  return viewer ? <ClientMessages>{page}</ClientMessages> : page;
}
