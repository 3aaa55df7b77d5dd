"use server";

import { redirect } from "next/navigation";
import { formAction, formObject } from "@/lib/actions/form-action";
import { createInstitution } from "@/lib/institutions/create-institution";
import { updateInstitution } from "@/lib/institutions/update-institution";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { updateMeeting } from "@/lib/meetings/update-meeting";

const idOf = (form: FormData) => String(form.get("id") ?? "");

export const createInstitutionAction = formAction(async (ctx, form) => {
  const institution = await createInstitution(ctx, formObject(form));
  redirect(`/institutions/${institution.id}`);
});

export const updateInstitutionAction = formAction(async (ctx, form) => {
  const institution = await updateInstitution(ctx, idOf(form), formObject(form));
  redirect(`/institutions/${institution.id}`);
});

export const createMeetingAction = formAction(async (ctx, form) => {
  const meeting = await createMeeting(ctx, formObject(form));
  redirect(`/institutions/${meeting.institutionId}#meeting-${meeting.id}`);
});

export const updateMeetingAction = formAction(async (ctx, form) => {
  const meeting = await updateMeeting(ctx, idOf(form), formObject(form));
  redirect(`/institutions/${meeting.institutionId}#meeting-${meeting.id}`);
});
