"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { MultiSelectField } from "@/components/ui/multi-select-field";
import { LabourTopic, ProgramStatus, ProgramType } from "@/lib/platform/db/generated/enums";
import type { ProgramChoices } from "@/lib/domain/programs/program-choices";
import type { ProgramValues } from "./program-form-values";

type Option = { value: string; label: string };
type Section = { form: ProgramValues; choices: ProgramChoices };

/** What the program is: its agreement, reporter (when an administrator registers it), identity, type and aims. */
export function ProgramAbout({
  form,
  choices,
  isNew,
  institutions,
  onAgreementChange,
  onTypeChange,
}: Section & { isNew: boolean; institutions: Option[]; onAgreementChange: (value: string) => void; onTypeChange: (value: string) => void }) {
  const t = useTranslations("ProgramForm");
  const tType = useTranslations("ProgramType");
  const { current, errorsFor } = form;
  return (
    <fieldset>
      <legend>{t("about")}</legend>
      <SelectField
        name="agreementId"
        label={t("agreementId")}
        required
        defaultValue={current("agreementId")}
        errors={errorsFor("agreementId")}
        options={[{ value: "", label: t("choose") }, ...choices.agreements.map(({ value, label }) => ({ value, label }))]}
        onChange={onAgreementChange}
      />
      {isNew && choices.namesReporter && (
        <SelectField
          name="reportingOrganisationId"
          label={t("reportingOrganisationId")}
          hint={t("reportingOrganisationIdHint")}
          required
          defaultValue={form.sent("reportingOrganisationId")}
          errors={errorsFor("reportingOrganisationId")}
          options={[{ value: "", label: t("choose") }, ...choices.organisations]}
        />
      )}
      <TextField name="identifier" label={t("identifier")} hint={t("identifierHint")} required defaultValue={current("identifier")} errors={errorsFor("identifier")} />
      <TextField name="title" label={t("title")} required defaultValue={current("title")} errors={errorsFor("title")} />
      <SelectField
        name="type"
        label={t("type")}
        required
        defaultValue={current("type")}
        errors={errorsFor("type")}
        options={[{ value: "", label: t("choose") }, ...Object.values(ProgramType).map((value) => ({ value, label: tType(value) }))]}
        onChange={onTypeChange}
      />
      <SelectField
        name="leadInstitutionId"
        label={t("leadInstitutionId")}
        defaultValue={current("leadInstitutionId")}
        errors={errorsFor("leadInstitutionId")}
        options={[{ value: "", label: t("none") }, ...institutions]}
      />
      <TextAreaField name="summary" label={t("summary")} defaultValue={current("summary")} errors={errorsFor("summary")} />
      <TextAreaField name="objectives" label={t("objectives")} defaultValue={current("objectives")} errors={errorsFor("objectives")} />
    </fieldset>
  );
}

/** Where the program stands: its status (with a reason when it changes), dates and currency. */
export function ProgramProgress({ form, choices, isNew }: Section & { isNew: boolean }) {
  const t = useTranslations("ProgramForm");
  const tStatus = useTranslations("ProgramStatus");
  const { current, errorsFor } = form;
  return (
    <fieldset>
      <legend>{t("progress")}</legend>
      <SelectField
        name="status"
        label={t("status")}
        hint={isNew ? undefined : t("statusHint")}
        required
        defaultValue={current("status") || "PIPELINE"}
        errors={errorsFor("status")}
        options={Object.values(ProgramStatus).map((value) => ({ value, label: tStatus(value) }))}
      />
      {!isNew && <TextAreaField name="statusReason" label={t("statusReason")} hint={t("statusReasonHint")} rows={2} defaultValue={form.sent("statusReason")} errors={errorsFor("statusReason")} />}
      {(["plannedStart", "plannedEnd", "actualStart", "actualEnd"] as const).map((name) => (
        <TextField key={name} name={name} type="date" label={t(name)} defaultValue={current(name)} errors={errorsFor(name)} />
      ))}
      <SelectField
        name="currencyCode"
        label={t("currencyCode")}
        required
        defaultValue={current("currencyCode") || "USD"}
        errors={errorsFor("currencyCode")}
        options={choices.currencies}
      />
    </fieldset>
  );
}

/** What the program covers: its topics, beneficiary countries and the provisions it serves. */
export function ProgramScope({ form, choices, provisions }: Section & { provisions: Option[] }) {
  const t = useTranslations("ProgramForm");
  const tTopic = useTranslations("LabourTopic");
  const lists: { name: "topics" | "beneficiaryCountries" | "provisionIds"; options: Option[] }[] = [
    { name: "topics", options: Object.values(LabourTopic).map((value) => ({ value, label: tTopic(value) })) },
    { name: "beneficiaryCountries", options: choices.countries },
    { name: "provisionIds", options: provisions },
  ];
  return (
    <fieldset>
      <legend>{t("scope")}</legend>
      {lists.map(({ name, options }) => (
        <MultiSelectField key={name} name={name} label={t(name)} defaultValue={form.list(name)} errors={form.errorsFor(name)} options={options} />
      ))}
    </fieldset>
  );
}
