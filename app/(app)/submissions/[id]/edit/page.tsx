import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { SubmissionForm } from "@/components/submissions/submission-form";
import { requireUser } from "@/lib/platform/auth/session";
import { listSubmissionChoices } from "@/lib/domain/submissions/submission-choices";
import { findSubmission } from "@/lib/domain/submissions/get-submission";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SubmissionForm"))("editTitle") };
}

export default async function EditSubmissionPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/submissions/${encodeURIComponent(id)}/edit`);
  const submission = await findSubmission(actor, id);
  if (!submission) notFound();
  // Only its organisation edits a draft, and only until it is filed; the server checks again on saving.
  if (!submission.may.edit) forbidden();
  const [choices, t] = await Promise.all([listSubmissionChoices(actor), getTranslations("SubmissionForm")]);
  return (
    <>
      <p>
        <Link href={`/submissions/${submission.id}`}>← {t("backTo", { title: submission.title })}</Link>
      </p>
      <h1>{t("editTitle")}</h1>
      <p className="muted">{t("versionNote", { version: submission.version })}</p>
      <p>{t("draftNote")}</p>
      <SubmissionForm
        choices={choices}
        submission={{
          id: submission.id,
          agreementId: submission.agreementId,
          concernsCountryCode: submission.concernsCountryCode,
          contactPointId: submission.contactPointId,
          title: submission.title,
          summary: submission.summary,
          facts: submission.facts,
          request: submission.request,
          topics: submission.topics,
          provisionIds: submission.provisions.map((provision) => provision.provisionId),
          coSubmitterIds: submission.coSubmitters.map((entry) => entry.organisationId),
          identityWithheld: submission.identityWithheld,
          // The form withholds every co-submitter's name or none: one withheld keeps them all withheld.
          withholdCoSubmitters: submission.coSubmitters.some((entry) => entry.identityWithheld),
          languages: { language: submission.language, translations: submission.translations },
          version: submission.version,
        }}
      />
    </>
  );
}
