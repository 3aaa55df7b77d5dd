"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setFlash } from "@/lib/platform/flash/set-flash";
import { getTranslations } from "@/lib/platform/i18n/server";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { withFormTranslations } from "@/lib/platform/i18n/record-translations";
import { addMeasure } from "@/lib/domain/plans/measures/add-measure";
import { attachEvidence } from "@/lib/domain/plans/measures/attach-evidence";
import { deleteMeasure } from "@/lib/domain/plans/measures/delete-measure";
import { removeEvidence } from "@/lib/domain/plans/measures/remove-evidence";
import { reportMeasure } from "@/lib/domain/plans/measures/report-measure";
import { updateMeasure } from "@/lib/domain/plans/measures/update-measure";
import { verifyMeasure } from "@/lib/domain/plans/measures/verify-measure";
import { createPlan } from "@/lib/domain/plans/create-plan";
import { reviewPlan } from "@/lib/domain/plans/review-plan";
import { transitionPlan } from "@/lib/domain/plans/transition-plan";
import { updatePlan } from "@/lib/domain/plans/update-plan";

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

/** The fields of the form that are the record itself, without the ids that say where it goes. */
function recordOf(form: FormData) {
  const { planId: _planId, measureId: _measureId, documentId: _documentId, ...record } = formObject(form);
  return withFormTranslations(record);
}

async function saved(planId: string, key: string) {
  revalidatePath(`/plans/${planId}`);
  revalidatePath("/plans");
  revalidatePath("/plans/overdue");
  return { message: (await getTranslations("PlanActions"))(key) };
}

export const createPlanAction = formAction(async (ctx, form) => {
  const plan = await createPlan(ctx, recordOf(form));
  revalidatePath("/plans");
  await setFlash("planCreated");
  redirect(`/plans/${plan.id}`);
});

export const updatePlanAction = formAction(async (ctx, form) => {
  const planId = field(form, "planId");
  await updatePlan(ctx, planId, recordOf(form));
  await saved(planId, "planSaved");
  await setFlash("planSaved");
  redirect(`/plans/${planId}`);
});

export const transitionPlanAction = formAction(async (ctx, form) => {
  const planId = field(form, "planId");
  const plan = await transitionPlan(ctx, planId, recordOf(form));
  return saved(planId, `moved.${plan.status}`);
});

export const reviewPlanAction = formAction(async (ctx, form) => {
  const planId = field(form, "planId");
  await reviewPlan(ctx, planId, recordOf(form));
  return saved(planId, "reviewed");
});

export const addMeasureAction = formAction(async (ctx, form) => {
  const planId = field(form, "planId");
  await addMeasure(ctx, planId, recordOf(form));
  return saved(planId, "measureAdded");
});

export const updateMeasureAction = formAction(async (ctx, form) => {
  const planId = field(form, "planId");
  await updateMeasure(ctx, field(form, "measureId"), recordOf(form));
  return saved(planId, "measureSaved");
});

export const deleteMeasureAction = formAction(async (ctx, form) => {
  const planId = field(form, "planId");
  await deleteMeasure(ctx, field(form, "measureId"), field(form, "version"));
  return saved(planId, "measureDeleted");
});

export const reportMeasureAction = formAction(async (ctx, form) => {
  const planId = field(form, "planId");
  await reportMeasure(ctx, field(form, "measureId"), recordOf(form));
  return saved(planId, "measureReported");
});

export const verifyMeasureAction = formAction(async (ctx, form) => {
  const planId = field(form, "planId");
  await verifyMeasure(ctx, field(form, "measureId"), field(form, "version"));
  return saved(planId, "measureVerified");
});

export const attachEvidenceAction = formAction(async (ctx, form) => {
  const planId = field(form, "planId");
  const file = form.get("file");
  await attachEvidence(ctx, field(form, "measureId"), recordOf(form), file instanceof File ? file : null);
  return saved(planId, "evidenceAdded");
});

export const removeEvidenceAction = formAction(async (ctx, form) => {
  const planId = field(form, "planId");
  await removeEvidence(ctx, field(form, "measureId"), field(form, "documentId"));
  return saved(planId, "evidenceRemoved");
});
