"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, useSyncExternalStore } from "react";
import { createProgramAction, updateProgramAction } from "@/lib/domain/programs/actions";
import { formKey } from "@/components/ui/options";
import { MultiSelectField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/platform/actions/form-state";
import { LabourTopic, ProgramStatus, ProgramType } from "@/lib/platform/db/generated/enums";
import type { FieldErrors } from "@/lib/platform/errors/app-error";
import type { ProgramChoices } from "@/lib/domain/programs/program-choices";
import type { ProgramRecord } from "@/lib/domain/programs/program-record";
import { StaleNotice } from "./stale-notice";

type TextField = Exclude<keyof ProgramRecord, "topics" | "beneficiaryCountries" | "provisionIds" | "version">;
type ListField = "topics" | "beneficiaryCountries" | "provisionIds";

/** The fields only one type uses, shown when that type is chosen. */
const TYPE_FIELDS: Record<ProgramType, { name: TextField; kind: "text" | "area" | "funder" | "amount" }[]> = {
  FINANCIAL_ASSISTANCE: [
    { name: "funderId", kind: "funder" },
    { name: "fundingAmount", kind: "amount" },
  ],
  TECHNICAL_COOPERATION: [{ name: "expertiseArea", kind: "text" }],
  JOINT_RESEARCH: [
    { name: "researchQuestions", kind: "area" },
    { name: "researchOutputs", kind: "area" },
  ],
  INFORMATION_SHARING: [
    { name: "exchangeSubject", kind: "area" },
    { name: "exchangeBetween", kind: "text" },
  ],
};

/** A stored value as the form sends it: lists joined by commas, in a stable order; nothing as "". */
function asFormValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  return Array.isArray(value) ? value.map(String).sort().join(",") : String(value);
}

const sortedList = (value: string) => value.split(",").filter(Boolean).sort().join(",");

/** The fields of a stale edit where the user's input differs from the value at their version: both changed them. */
function keptFields(state: FormState, values: Record<string, string> | undefined): string[] {
  return (state.stale?.changes ?? []).filter((change) => sortedList(values?.[change.field] ?? "") !== sortedList(asFormValue(change.then))).map((change) => change.field);
}

/** The submitted values, with the fields others changed meanwhile and the user did not, taken from the current version. */
function mergeStale(state: FormState, values: Record<string, string> | undefined): Record<string, string | undefined> {
  if (!values) return {};
  const merged: Record<string, string | undefined> = { ...values };
  const kept = keptFields(state, values);
  for (const change of state.stale?.changes ?? []) {
    if (!kept.includes(change.field)) merged[change.field] = asFormValue(change.now);
  }
  return merged;
}

/** Problems with a field, including those with one of its list items ("topics.1"). */
function errorsFor(errors: FieldErrors, name: string): string[] | undefined {
  const found = Object.entries(errors).flatMap(([key, messages]) => (key === name || key.startsWith(`${name}.`) ? messages : []));
  return found.length ? [...new Set(found)] : undefined;
}

/**
 * Registers a program, or edits `program` when given. The type decides which details are asked
 * for; without JavaScript every type's details are shown and only the chosen type's are kept.
 * After a refusal the form keeps what the user typed; after a stale edit it shows what others
 * changed meanwhile and saving again applies the user's version.
 */
export function ProgramForm({ program, choices }: { program?: ProgramRecord; choices: ProgramChoices }) {
  const [state, action] = useActionState(program ? updateProgramAction : createProgramAction, IDLE);
  // Remounted after each submission, so that every field starts from what was submitted.
  return <ProgramFormBody key={formKey(state, program?.version)} state={state} action={action} program={program} choices={choices} />;
}

const noSubscription = () => () => {};

function ProgramFormBody({
  state,
  action,
  program,
  choices,
}: {
  state: FormState;
  action: (form: FormData) => void;
  program?: ProgramRecord;
  choices: ProgramChoices;
}) {
  const t = useTranslations("ProgramForm");
  const tType = useTranslations("ProgramType");
  const tStatus = useTranslations("ProgramStatus");
  const tTopic = useTranslations("LabourTopic");
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  // After a stale edit, a field the user left as it was takes the value someone else gave it
  // meanwhile; a field both changed keeps the user's input.
  const merged = mergeStale(state, values);
  const current = (field: TextField) => merged[field] ?? program?.[field] ?? "";
  const list = (field: ListField) => (values ? (merged[field] ?? "").split(",").filter(Boolean) : (program?.[field] ?? []));

  // True once the page runs JavaScript: then only the chosen type's details are shown.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const [type, setType] = useState(current("type"));
  const [agreementId, setAgreementId] = useState(current("agreementId"));

  const agreement = choices.agreements.find((choice) => choice.value === agreementId);
  // Without a chosen agreement (or without JavaScript) every agreement's institutions and provisions are offered, by agreement.
  const institutions = agreement
    ? agreement.institutions
    : choices.agreements.flatMap((choice) => choice.institutions.map((institution) => ({ ...institution, label: `${choice.label.split(" — ")[0]}: ${institution.label}` })));
  const provisions = agreement
    ? agreement.provisions
    : choices.agreements.flatMap((choice) => choice.provisions.map((provision) => ({ ...provision, label: `${choice.label.split(" — ")[0]}: ${provision.label}` })));
  const version = state.stale ? String(state.stale.currentVersion) : (values?.version ?? String(program?.version ?? ""));
  const statuses = Object.values(ProgramStatus);

  return (
    <form action={action} className="form" aria-label={program ? t("editTitle") : t("newTitle")}>
      <FormMessage state={state} />
      {state.stale && <StaleNotice stale={state.stale} choices={choices} kept={keptFields(state, values)} />}
      {program && (
        <>
          <input type="hidden" name="id" value={program.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}

      <fieldset>
        <legend>{t("about")}</legend>
        <SelectField
          name="agreementId"
          label={t("agreementId")}
          required
          defaultValue={current("agreementId")}
          errors={errorsFor(errors, "agreementId")}
          options={[{ value: "", label: t("choose") }, ...choices.agreements.map(({ value, label }) => ({ value, label }))]}
          onChange={setAgreementId}
        />
        {!program && choices.namesReporter && (
          <SelectField
            name="reportingOrganisationId"
            label={t("reportingOrganisationId")}
            hint={t("reportingOrganisationIdHint")}
            required
            defaultValue={values?.reportingOrganisationId ?? ""}
            errors={errorsFor(errors, "reportingOrganisationId")}
            options={[{ value: "", label: t("choose") }, ...choices.organisations]}
          />
        )}
        <TextField name="identifier" label={t("identifier")} hint={t("identifierHint")} required defaultValue={current("identifier")} errors={errorsFor(errors, "identifier")} />
        <TextField name="title" label={t("title")} required defaultValue={current("title")} errors={errorsFor(errors, "title")} />
        <SelectField
          name="type"
          label={t("type")}
          required
          defaultValue={current("type")}
          errors={errorsFor(errors, "type")}
          options={[{ value: "", label: t("choose") }, ...Object.values(ProgramType).map((value) => ({ value, label: tType(value) }))]}
          onChange={setType}
        />
        <SelectField
          name="leadInstitutionId"
          label={t("leadInstitutionId")}
          defaultValue={current("leadInstitutionId")}
          errors={errorsFor(errors, "leadInstitutionId")}
          options={[{ value: "", label: t("none") }, ...institutions]}
        />
        <TextAreaField name="summary" label={t("summary")} defaultValue={current("summary")} errors={errorsFor(errors, "summary")} />
        <TextAreaField name="objectives" label={t("objectives")} defaultValue={current("objectives")} errors={errorsFor(errors, "objectives")} />
      </fieldset>

      {Object.values(ProgramType).map((candidate) => (
        <fieldset key={candidate} hidden={enhanced && type !== candidate} data-program-type={candidate}>
          <legend>{t("detailsOf", { type: tType(candidate) })}</legend>
          {!enhanced && <p className="field-hint">{t("detailsHint")}</p>}
          {TYPE_FIELDS[candidate].map(({ name, kind }) =>
            kind === "funder" ? (
              <SelectField
                key={name}
                name={name}
                label={t(name)}
                defaultValue={current(name)}
                errors={errorsFor(errors, name)}
                options={[{ value: "", label: t("choose") }, ...choices.organisations]}
              />
            ) : kind === "area" ? (
              <TextAreaField key={name} name={name} label={t(name)} rows={3} defaultValue={current(name)} errors={errorsFor(errors, name)} />
            ) : (
              <TextField
                key={name}
                name={name}
                label={t(name)}
                hint={kind === "amount" ? t("amountHint") : undefined}
                defaultValue={current(name)}
                errors={errorsFor(errors, name)}
              />
            ),
          )}
        </fieldset>
      ))}

      <fieldset>
        <legend>{t("progress")}</legend>
        <SelectField
          name="status"
          label={t("status")}
          hint={program ? t("statusHint") : undefined}
          required
          defaultValue={current("status") || "PIPELINE"}
          errors={errorsFor(errors, "status")}
          options={statuses.map((value) => ({ value, label: tStatus(value) }))}
        />
        {program && <TextAreaField name="statusReason" label={t("statusReason")} hint={t("statusReasonHint")} rows={2} defaultValue={values?.statusReason ?? ""} errors={errorsFor(errors, "statusReason")} />}
        <TextField name="plannedStart" type="date" label={t("plannedStart")} defaultValue={current("plannedStart")} errors={errorsFor(errors, "plannedStart")} />
        <TextField name="plannedEnd" type="date" label={t("plannedEnd")} defaultValue={current("plannedEnd")} errors={errorsFor(errors, "plannedEnd")} />
        <TextField name="actualStart" type="date" label={t("actualStart")} defaultValue={current("actualStart")} errors={errorsFor(errors, "actualStart")} />
        <TextField name="actualEnd" type="date" label={t("actualEnd")} defaultValue={current("actualEnd")} errors={errorsFor(errors, "actualEnd")} />
        <SelectField
          name="currencyCode"
          label={t("currencyCode")}
          required
          defaultValue={current("currencyCode") || "USD"}
          errors={errorsFor(errors, "currencyCode")}
          options={choices.currencies}
        />
      </fieldset>

      <fieldset>
        <legend>{t("scope")}</legend>
        <MultiSelectField
          name="topics"
          label={t("topics")}
          hint={t("multiHint")}
          defaultValue={list("topics")}
          errors={errorsFor(errors, "topics")}
          options={Object.values(LabourTopic).map((value) => ({ value, label: tTopic(value) }))}
        />
        <MultiSelectField
          name="beneficiaryCountries"
          label={t("beneficiaryCountries")}
          hint={t("multiHint")}
          defaultValue={list("beneficiaryCountries")}
          errors={errorsFor(errors, "beneficiaryCountries")}
          options={choices.countries}
        />
        <MultiSelectField
          name="provisionIds"
          label={t("provisionIds")}
          hint={t("multiHint")}
          defaultValue={list("provisionIds")}
          errors={errorsFor(errors, "provisionIds")}
          options={provisions}
        />
      </fieldset>

      <SelectField
        name="visibility"
        label={t("visibility")}
        hint={t("visibilityHint")}
        required
        defaultValue={current("visibility") || "DRAFT"}
        errors={errorsFor(errors, "visibility")}
        options={[
          { value: "DRAFT", label: t("draft") },
          { value: "PUBLISHED", label: t("published") },
        ]}
      />
      {errorsFor(errors, "version") && (
        <p className="field-error" role="alert">
          {errorsFor(errors, "version")!.join(" ")}
        </p>
      )}
      <SubmitButton pendingLabel={t("saving")}>{program ? (state.stale ? t("saveMine") : t("save")) : t("create")}</SubmitButton>
    </form>
  );
}
