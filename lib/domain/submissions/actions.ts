"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setFlash } from "@/lib/platform/flash/set-flash";
import type { FlashKey } from "@/lib/platform/flash/flash-note";
import type { SubmissionStatus } from "@/lib/platform/db/generated/enums";
import { getTranslations } from "@/lib/platform/i18n/server";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { withFormTranslations } from "@/lib/platform/i18n/record-translations";
import { createSubmission } from "./create-submission";
import { updateSubmission } from "./update-submission";
import { addSubmissionFollowUp, removeSubmissionFollowUp } from "./submission-follow-ups";
import { addSubmissionHearing, removeSubmissionHearing } from "./submission-hearings";
import { attachSubmissionDocument, removeSubmissionDocument } from "./submission-documents";
import { moveSubmission } from "./move-submission";

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

/**
 * The form's fields as the schemas take them. The form chooses the co-submitters in one list and
 * withholds all their names or none: each becomes { organisationId, identityWithheld }.
 */
function fieldsOf(form: FormData) {
  const { coSubmitterIds, withholdCoSubmitters, ...fields } = withFormTranslations(formObject(form, { arrays: ["provisionIds", "topics", "coSubmitterIds"] }));
  const ids = Array.isArray(coSubmitterIds) ? coSubmitterIds : [];
  return { ...fields, coSubmitters: ids.map((organisationId) => ({ organisationId, identityWithheld: withholdCoSubmitters ?? false })) };
}

/** The docket and the submission's page show what changed. */
function revalidateSubmission(id: string) {
  revalidatePath("/submissions");
  revalidatePath(`/submissions/${id}`);
}

export const createSubmissionAction = formAction(async (ctx, form) => {
  const submission = await createSubmission(ctx, fieldsOf(form));
  revalidateSubmission(submission.id);
  await setFlash("submissionCreated");
  redirect(`/submissions/${submission.id}`);
});

export const updateSubmissionAction = formAction(async (ctx, form) => {
  const submission = await updateSubmission(ctx, field(form, "id"), fieldsOf(form));
  revalidateSubmission(submission.id);
  await setFlash("submissionSaved");
  redirect(`/submissions/${submission.id}`);
});

/** A change confirmed on the form that made it. */
async function saved(submissionId: string, key: string) {
  revalidateSubmission(submissionId);
  return { message: (await getTranslations("SubmissionActions"))(key) };
}

/** The fields of the form that are the change itself, without the id that says which submission. */
function changeOf(form: FormData) {
  const { submissionId: _submissionId, ...change } = formObject(form);
  return change;
}

/** What each move is confirmed with, on the page it leaves the reader on (its form is gone with the move). */
const MOVED: Record<Exclude<SubmissionStatus, "DRAFT">, FlashKey> = {
  FILED: "submissionFiled",
  ACKNOWLEDGED: "submissionAcknowledged",
  ACCEPTED: "submissionAccepted",
  DECLINED: "submissionDeclined",
  UNDER_REVIEW: "submissionUnderReview",
  REPORTED: "submissionReported",
  CLOSED: "submissionClosed",
};

/** A report's recommendations arrive as one text, one recommendation a line. */
export const moveSubmissionAction = formAction(async (ctx, form) => {
  const submissionId = field(form, "submissionId");
  const change: Record<string, unknown> = changeOf(form);
  if (typeof change.recommendations === "string") {
    change.recommendations = change.recommendations
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  }
  const moved = await moveSubmission(ctx, submissionId, change);
  revalidateSubmission(submissionId);
  if (moved.status !== "DRAFT") await setFlash(MOVED[moved.status]);
  redirect(`/submissions/${submissionId}`);
});

export const addHearingAction = formAction(async (ctx, form) => {
  const submissionId = field(form, "submissionId");
  await addSubmissionHearing(ctx, submissionId, changeOf(form));
  return saved(submissionId, "hearingAdded");
});

export const removeHearingAction = formAction(async (ctx, form) => {
  const submissionId = field(form, "submissionId");
  await removeSubmissionHearing(ctx, submissionId, field(form, "meetingId"));
  return saved(submissionId, "hearingRemoved");
});

export const addFollowUpAction = formAction(async (ctx, form) => {
  const submissionId = field(form, "submissionId");
  await addSubmissionFollowUp(ctx, submissionId, changeOf(form));
  revalidatePath("/plans/[id]", "page");
  revalidatePath("/programs/[id]", "page");
  return saved(submissionId, "followUpAdded");
});

export const removeFollowUpAction = formAction(async (ctx, form) => {
  const submissionId = field(form, "submissionId");
  await removeSubmissionFollowUp(ctx, submissionId, field(form, "followUpId"));
  revalidatePath("/plans/[id]", "page");
  revalidatePath("/programs/[id]", "page");
  return saved(submissionId, "followUpRemoved");
});

export const attachSubmissionDocumentAction = formAction(async (ctx, form) => {
  const submissionId = field(form, "submissionId");
  const file = form.get("file");
  await attachSubmissionDocument(ctx, submissionId, changeOf(form), file instanceof File ? file : null);
  return saved(submissionId, "documentAttached");
});

export const removeSubmissionDocumentAction = formAction(async (ctx, form) => {
  const submissionId = field(form, "submissionId");
  await removeSubmissionDocument(ctx, submissionId, field(form, "documentId"));
  return saved(submissionId, "documentRemoved");
});
