"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createInstitutionAction, updateInstitutionAction } from "@/lib/domain/institutions/actions";
import { formKey } from "@/components/ui/options";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { InstitutionKind } from "@/lib/platform/db/generated/enums";

type Text = "agreementId" | "kind" | "name" | "countryCode" | "hostOrganisationId" | "contactName" | "contactEmail" | "contactPhone" | "address" | "website" | "mandate";
export type EditableInstitution = Record<Text, string> & { id: string; version: number };
type Option = { value: string; label: string };

/**
 * Records an institution, or edits `institution` when given. `initial` presets a new one (a
 * ministry adding its contact point); `kinds` limits the kinds offered to what the user may record.
 */
export function InstitutionForm({
  institution,
  initial = {},
  agreements,
  countries,
  organisations,
  kinds = Object.values(InstitutionKind),
}: {
  institution?: EditableInstitution;
  initial?: Partial<Record<Text, string>>;
  agreements: Option[];
  countries: Option[];
  organisations: Option[];
  kinds?: InstitutionKind[];
}) {
  const t = useTranslations("InstitutionForm");
  const tKind = useTranslations("InstitutionKind");
  const [state, action] = useActionState(institution ? updateInstitutionAction : createInstitutionAction, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const current = (field: Text) => values?.[field] ?? institution?.[field] ?? initial[field] ?? "";
  const errors = state.fieldErrors ?? {};

  return (
    <form key={formKey(state, institution?.version)} action={action} className="form" aria-label={institution ? t("editTitle") : t("newTitle")}>
      <FormMessage state={state} />
      {institution ? (
        <>
          <input type="hidden" name="id" value={institution.id} />
          <input type="hidden" name="version" value={values?.version ?? String(institution.version)} />
        </>
      ) : (
        <SelectField
          name="agreementId"
          label={t("agreement")}
          required
          defaultValue={current("agreementId")}
          errors={errors.agreementId}
          options={[{ value: "", label: t("choose") }, ...agreements]}
        />
      )}
      <SelectField
        name="kind"
        label={t("kind")}
        required
        defaultValue={current("kind")}
        errors={errors.kind}
        options={[{ value: "", label: t("choose") }, ...kinds.map((kind) => ({ value: kind, label: tKind(kind) }))]}
      />
      <TextField name="name" label={t("name")} required defaultValue={current("name")} errors={errors.name} />
      <SelectField
        name="countryCode"
        label={t("country")}
        hint={t("countryHint")}
        defaultValue={current("countryCode")}
        errors={errors.countryCode}
        options={[{ value: "", label: t("noCountry") }, ...countries]}
      />
      <SelectField
        name="hostOrganisationId"
        label={t("host")}
        defaultValue={current("hostOrganisationId")}
        errors={errors.hostOrganisationId}
        options={[{ value: "", label: t("noHost") }, ...organisations]}
      />
      <TextField name="contactName" label={t("contactName")} defaultValue={current("contactName")} errors={errors.contactName} />
      <TextField name="contactEmail" type="email" label={t("contactEmail")} defaultValue={current("contactEmail")} errors={errors.contactEmail} />
      <TextField name="contactPhone" type="tel" label={t("contactPhone")} defaultValue={current("contactPhone")} errors={errors.contactPhone} />
      <TextField name="address" label={t("address")} defaultValue={current("address")} errors={errors.address} />
      <TextField name="website" type="url" label={t("website")} defaultValue={current("website")} errors={errors.website} />
      <TextAreaField name="mandate" label={t("mandate")} defaultValue={current("mandate")} errors={errors.mandate} />
      {errors.version && (
        <p className="field-error" role="alert">
          {errors.version.join(" ")}
        </p>
      )}
      <SubmitButton pendingLabel={t("saving")}>{institution ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
