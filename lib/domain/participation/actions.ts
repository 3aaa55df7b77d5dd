"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setFlash } from "@/lib/platform/flash/set-flash";
import { getTranslations } from "@/lib/platform/i18n/server";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { deleteAttendance } from "@/lib/domain/participation/attendance/delete-attendance";
import { recordAttendance } from "@/lib/domain/participation/attendance/record-attendance";
import { updateAttendance } from "@/lib/domain/participation/attendance/update-attendance";
import { addComment } from "@/lib/domain/participation/comments/add-comment";
import { deleteComment } from "@/lib/domain/participation/comments/delete-comment";
import { updateComment } from "@/lib/domain/participation/comments/update-comment";
import { createEvent } from "@/lib/domain/participation/events/create-event";
import { deleteEvent } from "@/lib/domain/participation/events/delete-event";
import { updateEvent } from "@/lib/domain/participation/events/update-event";
import { decideRequest } from "@/lib/domain/participation/requests/decide-request";
import { submitRequest } from "@/lib/domain/participation/requests/submit-request";
import { withdrawRequest } from "@/lib/domain/participation/requests/withdraw-request";

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

/** The fields of the form that are the record itself, without the ids that say where it goes. */
function recordOf(form: FormData) {
  const { programId: _programId, eventId: _eventId, requestId: _requestId, attendanceId: _attendanceId, commentId: _commentId, ...record } = formObject(form);
  return record;
}

async function saved(programId: string, key: string, eventId?: string) {
  revalidatePath(`/programs/${programId}`);
  if (eventId) revalidatePath(`/programs/${programId}/events/${eventId}`);
  revalidatePath("/my-organisation");
  return { message: (await getTranslations("Participation"))(key) };
}

export const requestParticipationAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  await submitRequest(ctx, programId, recordOf(form));
  return saved(programId, "requested");
});

export const decideParticipationAction = formAction(async (ctx, form) => {
  const request = await decideRequest(ctx, field(form, "requestId"), recordOf(form));
  return saved(request.programId, request.status === "ACCEPTED" ? "accepted" : "declined");
});

export const withdrawParticipationAction = formAction(async (ctx, form) => {
  const request = await withdrawRequest(ctx, field(form, "requestId"), field(form, "version"));
  return saved(request.programId, "withdrawn");
});

export const createEventAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  const event = await createEvent(ctx, programId, recordOf(form));
  await saved(programId, "eventAdded");
  await setFlash("eventCreated");
  redirect(`/programs/${programId}/events/${event.id}`);
});

export const updateEventAction = formAction(async (ctx, form) => {
  const event = await updateEvent(ctx, field(form, "eventId"), recordOf(form));
  return saved(event.programId, "eventSaved", event.id);
});

export const deleteEventAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  await deleteEvent(ctx, field(form, "eventId"), field(form, "version"));
  await saved(programId, "eventDeleted");
  await setFlash("eventDeleted");
  redirect(`/programs/${programId}?tab=events`);
});

export const recordAttendanceAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  const eventId = field(form, "eventId");
  await recordAttendance(ctx, eventId, recordOf(form));
  return saved(programId, "attendanceRecorded", eventId);
});

export const updateAttendanceAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  const row = await updateAttendance(ctx, field(form, "attendanceId"), recordOf(form));
  return saved(programId, "attendanceSaved", row.eventId);
});

export const deleteAttendanceAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  await deleteAttendance(ctx, field(form, "attendanceId"), field(form, "version"));
  return saved(programId, "attendanceDeleted", field(form, "eventId"));
});

/** What a comment form is about: a plan when it names one, otherwise a program. */
function commentTarget(form: FormData) {
  const planId = field(form, "planId");
  const programId = field(form, "programId");
  return planId ? { target: { planId }, path: `/plans/${planId}` } : { target: { programId }, path: `/programs/${programId}` };
}

async function commentSaved(path: string, key: string) {
  revalidatePath(path);
  return { message: (await getTranslations("Participation"))(key) };
}

export const addCommentAction = formAction(async (ctx, form) => {
  const { target, path } = commentTarget(form);
  const { planId: _planId, ...record } = recordOf(form);
  await addComment(ctx, target, record);
  return commentSaved(path, "commentAdded");
});

export const updateCommentAction = formAction(async (ctx, form) => {
  const { path } = commentTarget(form);
  const { planId: _planId, ...record } = recordOf(form);
  await updateComment(ctx, field(form, "commentId"), record);
  return commentSaved(path, "commentSaved");
});

export const deleteCommentAction = formAction(async (ctx, form) => {
  const { path } = commentTarget(form);
  await deleteComment(ctx, field(form, "commentId"), field(form, "version"));
  return commentSaved(path, "commentDeleted");
});
