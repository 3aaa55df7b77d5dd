"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { attachProgramDocument } from "@/lib/domain/documents/attach-program-document";
import { removeProgramDocument } from "@/lib/domain/documents/remove-program-document";
import { createProgram } from "@/lib/domain/programs/create-program";
import { deleteProgram } from "@/lib/domain/programs/delete-program";
import { assignReportingOrganisation } from "@/lib/domain/programs/assign-reporting-organisation";
import { addParticipant } from "@/lib/domain/participation/participants/add-participant";
import { removeParticipant } from "@/lib/domain/participation/participants/remove-participant";
import { withFormTranslations } from "@/lib/domain/programs/program-translations";
import { updateProgram } from "@/lib/domain/programs/update-program";
import { publishProgram, unpublishProgram } from "@/lib/domain/programs/publish-program";
import { setFlash } from "@/lib/platform/flash/set-flash";

const LISTS = { arrays: ["topics", "beneficiaryCountries", "provisionIds"] } as const;
const field = (form: FormData, name: string) => String(form.get(name) ?? "");

/** The list, the program's page and its agreement's page show what changed. */
function revalidateProgram(program: { id: string; agreementId?: string }) {
  revalidatePath("/programs");
  revalidatePath(`/programs/${program.id}`);
  if (program.agreementId) revalidatePath(`/agreements/${program.agreementId}`);
}

export const createProgramAction = formAction(async (ctx, form) => {
  const program = await createProgram(ctx, withFormTranslations(formObject(form, LISTS)));
  revalidateProgram(program);
  await setFlash(program.visibility === "PUBLISHED" ? "programCreated" : "draftCreated");
  redirect(`/programs/${program.id}`);
});

export const updateProgramAction = formAction(async (ctx, form) => {
  const program = await updateProgram(ctx, field(form, "id"), withFormTranslations(formObject(form, LISTS)), { mode: "replace" });
  revalidateProgram(program);
  await setFlash("programSaved");
  redirect(`/programs/${program.id}`);
});

export const addParticipantAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  await addParticipant(ctx, programId, formObject(form));
  revalidateProgram({ id: programId });
  return { message: (await getTranslations("ProgramParts"))("added") };
});

export const removeParticipantAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  await removeParticipant(ctx, programId, field(form, "participantId"));
  revalidateProgram({ id: programId });
  return { message: (await getTranslations("ProgramParts"))("removed") };
});

export const assignReporterAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  const { programId: _programId, ...input } = formObject(form);
  const { reportingOrganisation } = await assignReportingOrganisation(ctx, programId, input);
  revalidateProgram({ id: programId });
  return { message: (await getTranslations("ProgramParts"))("moved", { name: reportingOrganisation.name }) };
});

export const attachDocumentAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  const file = form.get("file");
  const { programId: _programId, ...meta } = formObject(form);
  await attachProgramDocument(ctx, programId, meta, file instanceof File ? file : null);
  revalidateProgram({ id: programId });
  return { message: (await getTranslations("ProgramParts"))("attached") };
});

export const removeDocumentAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  await removeProgramDocument(ctx, programId, field(form, "documentId"));
  revalidateProgram({ id: programId });
  return { message: (await getTranslations("ProgramParts"))("documentRemoved") };
});

export const deleteProgramAction = formAction(async (ctx, form) => {
  const { title } = await deleteProgram(ctx, field(form, "id"), field(form, "version"));
  revalidatePath("/programs");
  await setFlash("draftDeleted", title);
  redirect("/programs");
});

export const publishProgramAction = formAction(async (ctx, form) => {
  const program = await publishProgram(ctx, field(form, "id"), field(form, "version"));
  revalidateProgram(program);
  await setFlash("programPublished");
  redirect(`/programs/${program.id}`);
});

export const unpublishProgramAction = formAction(async (ctx, form) => {
  const program = await unpublishProgram(ctx, field(form, "id"), field(form, "version"));
  revalidateProgram(program);
  await setFlash("programUnpublished");
  redirect(`/programs/${program.id}`);
});
