"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addParticipantAction } from "@/app/(app)/programs/actions";
import { formKey } from "@/components/admin/options";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { ParticipantRole } from "@/lib/db/generated/enums";

/** Adds an organisation to the program in a role. */
export function AddParticipantForm({ programId, organisations }: { programId: string; organisations: { value: string; label: string }[] }) {
  const t = useTranslations("ProgramParts");
  const tRole = useTranslations("ParticipantRole");
  const [state, action] = useActionState(addParticipantAction, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  return (
    <form key={formKey(state)} action={action} className="form" aria-label={t("addParticipant")}>
      <FormMessage state={state} />
      <input type="hidden" name="programId" value={programId} />
      <SelectField
        name="organisationId"
        label={t("organisation")}
        required
        defaultValue={values?.organisationId ?? ""}
        errors={errors.organisationId}
        options={[{ value: "", label: t("choose") }, ...organisations]}
      />
      <SelectField
        name="role"
        label={t("role")}
        required
        defaultValue={values?.role ?? ""}
        errors={errors.role}
        options={[{ value: "", label: t("choose") }, ...Object.values(ParticipantRole).map((role) => ({ value: role, label: tRole(role) }))]}
      />
      <SubmitButton pendingLabel={t("adding")}>{t("addParticipant")}</SubmitButton>
    </form>
  );
}
