"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { setFlash } from "@/lib/platform/flash/set-flash";
import { createInstitution } from "@/lib/domain/institutions/create-institution";
import { updateInstitution } from "@/lib/domain/institutions/update-institution";
import { createMeeting } from "@/lib/domain/institutions/meetings/create-meeting";
import { updateMeeting } from "@/lib/domain/institutions/meetings/update-meeting";

const idOf = (form: FormData) => String(form.get("id") ?? "");

/** The directory, the institution's page and its agreement's page (which lists its institutions) show what changed. */
function revalidateInstitution(institution: { id: string; agreementId: string }) {
  revalidatePath("/institutions");
  revalidatePath(`/institutions/${institution.id}`);
  revalidatePath(`/agreements/${institution.agreementId}`);
}

/** A meeting shows on its institution's page and in its agreement's meeting counts. */
function revalidateMeeting(meeting: { institutionId: string }) {
  revalidatePath(`/institutions/${meeting.institutionId}`);
  revalidatePath("/agreements/[id]", "page");
}

export const createInstitutionAction = formAction(async (ctx, form) => {
  const institution = await createInstitution(ctx, formObject(form));
  revalidateInstitution(institution);
  await setFlash("institutionCreated");
  redirect(`/institutions/${institution.id}`);
});

export const updateInstitutionAction = formAction(async (ctx, form) => {
  const institution = await updateInstitution(ctx, idOf(form), formObject(form));
  revalidateInstitution(institution);
  await setFlash("institutionSaved");
  redirect(`/institutions/${institution.id}`);
});

export const createMeetingAction = formAction(async (ctx, form) => {
  const meeting = await createMeeting(ctx, formObject(form));
  revalidateMeeting(meeting);
  await setFlash("meetingSaved");
  redirect(`/institutions/${meeting.institutionId}#meeting-${meeting.id}`);
});

export const updateMeetingAction = formAction(async (ctx, form) => {
  const meeting = await updateMeeting(ctx, idOf(form), formObject(form));
  revalidateMeeting(meeting);
  await setFlash("meetingSaved");
  redirect(`/institutions/${meeting.institutionId}#meeting-${meeting.id}`);
});
