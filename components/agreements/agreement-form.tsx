"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createAgreementAction, updateAgreementAction } from "@/lib/domain/agreements/actions";
import { formKey } from "@/components/ui/options";
import { MultiSelectField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { AgreementKind, AgreementStatus } from "@/lib/platform/db/generated/enums";

export type EditableAgreement = {
  id: string;
  title: string;
  shortName: string;
  kind: AgreementKind;
  status: AgreementStatus;
  signedOn: string;
  inForceOn: string;
  summary: string;
  website: string;
  parties: string[];
  version: number;
};

/**
 * Adds an agreement, or edits `agreement` when given; a saved agreement opens its page. After a
 * refusal the form shows what the user typed, with each problem next to its field.
 */
export function AgreementForm({ agreement, countries }: { agreement?: EditableAgreement; countries: { code: string; name: string }[] }) {
  const t = useTranslations("AgreementForm");
  const tKind = useTranslations("AgreementKind");
  const tStatus = useTranslations("AgreementStatus");
  const [state, action] = useActionState(agreement ? updateAgreementAction : createAgreementAction, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const current = (field: Exclude<keyof EditableAgreement, "parties" | "version">) => values?.[field] ?? agreement?.[field] ?? "";
  const parties = values ? (values.parties ?? "").split(",").filter(Boolean) : (agreement?.parties ?? []);
  const errors = state.fieldErrors ?? {};

  return (
    <form key={formKey(state, agreement?.version)} action={action} className="form" aria-label={agreement ? t("editTitle") : t("newTitle")}>
      <FormMessage state={state} />
      {agreement && (
        <>
          <input type="hidden" name="id" value={agreement.id} />
          <input type="hidden" name="version" value={values?.version ?? String(agreement.version)} />
        </>
      )}
      <TextField name="title" label={t("title")} required defaultValue={current("title")} errors={errors.title} />
      <TextField name="shortName" label={t("shortName")} hint={t("shortNameHint")} required defaultValue={current("shortName")} errors={errors.shortName} />
      <SelectField
        name="kind"
        label={t("kind")}
        required
        defaultValue={current("kind")}
        errors={errors.kind}
        options={[{ value: "", label: t("choose") }, ...Object.values(AgreementKind).map((kind) => ({ value: kind, label: tKind(kind) }))]}
      />
      <SelectField
        name="status"
        label={t("status")}
        required
        defaultValue={current("status")}
        errors={errors.status}
        options={[{ value: "", label: t("choose") }, ...Object.values(AgreementStatus).map((status) => ({ value: status, label: tStatus(status) }))]}
      />
      <MultiSelectField
        name="parties"
        label={t("parties")}
        hint={t("partiesHint")}
        required
        defaultValue={parties}
        errors={errors.parties}
        options={countries.map((country) => ({ value: country.code, label: `${country.name} (${country.code})` }))}
      />
      <TextField name="signedOn" type="date" label={t("signedOn")} defaultValue={current("signedOn")} errors={errors.signedOn} />
      <TextField name="inForceOn" type="date" label={t("inForceOn")} defaultValue={current("inForceOn")} errors={errors.inForceOn} />
      <TextAreaField name="summary" label={t("summary")} defaultValue={current("summary")} errors={errors.summary} />
      <TextField name="website" type="url" label={t("website")} defaultValue={current("website")} errors={errors.website} />
      {errors.version && (
        <p className="field-error" role="alert">
          {errors.version.join(" ")}
        </p>
      )}
      <SubmitButton pendingLabel={t("saving")}>{agreement ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
