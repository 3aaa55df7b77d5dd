"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addParticipantAction, assignReporterAction } from "@/lib/domain/programs/actions";
import { formKey } from "@/components/ui/options";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { ParticipantRole } from "@/lib/platform/db/generated/enums";

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

/** An administrator moves the program to another reporting organisation, from the version on the page. */
export function AssignReporterForm({ programId, version, organisations }: { programId: string; version: number; organisations: { value: string; label: string }[] }) {
  const t = useTranslations("ProgramParts");
  const [state, action] = useActionState(assignReporterAction, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  return (
    <form key={formKey(state)} action={action} className="form" aria-label={t("moveReporter")}>
      <FormMessage state={state} />
      <p className="hint">{t("moveReporterHint")}</p>
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="reportingOrganisationId"
        label={t("reportingOrganisation")}
        required
        defaultValue={values?.reportingOrganisationId ?? ""}
        errors={errors.reportingOrganisationId}
        options={[{ value: "", label: t("choose") }, ...organisations]}
      />
      <TextAreaField name="reason" label={t("reason")} rows={2} defaultValue={values?.reason ?? ""} errors={errors.reason} />
      <SubmitButton pendingLabel={t("moving")}>{t("moveReporter")}</SubmitButton>
    </form>
  );
}
