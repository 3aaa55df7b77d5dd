"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/platform/i18n/server";
import { formAction, formObject } from "@/lib/platform/actions/form-action";
import { createIndicator } from "@/lib/domain/monitoring/indicators/create-indicator";
import { createPeriod } from "@/lib/domain/monitoring/periods/create-period";
import { updatePeriod } from "@/lib/domain/monitoring/periods/update-period";

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

/** The fields of the form that are the record itself, without the ids that say where it goes. */
function recordOf(form: FormData) {
  const { programId: _programId, indicatorId: _indicatorId, periodId: _periodId, ...record } = formObject(form);
  return record;
}

async function saved(programId: string, key: string) {
  revalidatePath(`/programs/${programId}`);
  revalidatePath("/programs");
  return { message: (await getTranslations("MonitoringForms"))(key) };
}

export const addIndicatorAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  await createIndicator(ctx, programId, recordOf(form));
  return saved(programId, "indicatorAdded");
});

export const addPeriodAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  await createPeriod(ctx, programId, field(form, "indicatorId"), recordOf(form));
  return saved(programId, "periodAdded");
});

export const reportPeriodAction = formAction(async (ctx, form) => {
  const programId = field(form, "programId");
  await updatePeriod(ctx, programId, field(form, "indicatorId"), field(form, "periodId"), recordOf(form));
  return saved(programId, "reported");
});
