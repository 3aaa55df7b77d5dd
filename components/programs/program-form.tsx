"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { createProgramAction, updateProgramAction } from "@/lib/domain/programs/actions";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { VersionedForm, type FormKit } from "@/components/ui/versioned-form";
import { ProgramType } from "@/lib/platform/db/generated/enums";
import type { ProgramChoices } from "@/lib/domain/programs/program-choices";
import type { ProgramRecord } from "@/lib/domain/programs/program-record";
import { ProgramAbout, ProgramProgress, ProgramScope } from "./program-form-sections";
import { keptFields, PROGRAM_FORM_ID, programValues, type ProgramTextField, type ProgramValues } from "./program-form-values";
import { ProgramTranslationFields } from "./program-translation-fields";
import { StaleNotice } from "./stale-notice";

/** The fields only one type uses, shown when that type is chosen. */
const TYPE_FIELDS: Record<ProgramType, { name: ProgramTextField; kind: "text" | "area" | "funder" | "amount" }[]> = {
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

/**
 * Registers a program, or edits `program` when given. The type decides which details are asked
 * for; without JavaScript every type's details are shown and only the chosen type's are kept.
 * After a refusal the form keeps what the user typed; after a stale edit it shows what others
 * changed meanwhile and saving again applies the user's version.
 */
export function ProgramForm({ program, choices }: { program?: ProgramRecord; choices: ProgramChoices }) {
  const t = useTranslations("ProgramForm");
  return (
    <VersionedForm
      formId={PROGRAM_FORM_ID}
      action={{ create: createProgramAction, update: updateProgramAction }}
      record={program}
      messages={t}
      submitLabel={(state) => (program ? (state.stale ? t("saveMine") : t("save")) : t("create"))}
      staleNotice={(stale, { state, values }) => <StaleNotice stale={stale} choices={choices} kept={keptFields(state, values)} />}
    >
      {(kit) => <ProgramFields kit={kit} program={program} choices={choices} />}
    </VersionedForm>
  );
}

const noSubscription = () => () => {};

/** The program's fields; the chosen agreement narrows the institutions and provisions offered. */
function ProgramFields({ kit, program, choices }: { kit: FormKit; program?: ProgramRecord; choices: ProgramChoices }) {
  const t = useTranslations("ProgramForm");
  const form = programValues(kit, program);
  // True once the page runs JavaScript: then only the chosen type's details are shown.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const [type, setType] = useState(form.current("type"));
  const [agreementId, setAgreementId] = useState(form.current("agreementId"));

  const agreement = choices.agreements.find((choice) => choice.value === agreementId);
  // Without a chosen agreement (or without JavaScript) every agreement's institutions and provisions are offered, by agreement.
  const byAgreement = (pick: (choice: ProgramChoices["agreements"][number]) => { value: string; label: string }[]) =>
    agreement ? pick(agreement) : choices.agreements.flatMap((choice) => pick(choice).map((option) => ({ ...option, label: `${choice.label.split(" — ")[0]}: ${option.label}` })));

  return (
    <>
      <ProgramAbout
        form={form}
        choices={choices}
        isNew={!program}
        institutions={byAgreement((choice) => choice.institutions)}
        onAgreementChange={setAgreementId}
        onTypeChange={setType}
      />
      <ProgramTranslationFields form={form} choices={choices} />
      {Object.values(ProgramType).map((candidate) => (
        <ProgramTypeDetails key={candidate} type={candidate} form={form} choices={choices} hidden={enhanced && type !== candidate} enhanced={enhanced} />
      ))}
      <ProgramProgress form={form} choices={choices} isNew={!program} />
      <ProgramScope form={form} choices={choices} provisions={byAgreement((choice) => choice.provisions)} />
      <SelectField
        name="visibility"
        label={t("visibility")}
        hint={t("visibilityHint")}
        required
        defaultValue={form.current("visibility") || "DRAFT"}
        errors={form.errorsFor("visibility")}
        options={[
          { value: "DRAFT", label: t("draft") },
          { value: "PUBLISHED", label: t("published") },
        ]}
      />
    </>
  );
}

/** The details one type of program asks for; without JavaScript every type's are shown, with a hint. */
function ProgramTypeDetails({ type, form, choices, hidden, enhanced }: { type: ProgramType; form: ProgramValues; choices: ProgramChoices; hidden: boolean; enhanced: boolean }) {
  const t = useTranslations("ProgramForm");
  const tType = useTranslations("ProgramType");
  return (
    <fieldset hidden={hidden} data-program-type={type}>
      <legend>{t("detailsOf", { type: tType(type) })}</legend>
      {!enhanced && <p className="field-hint">{t("detailsHint")}</p>}
      {TYPE_FIELDS[type].map(({ name, kind }) =>
        kind === "funder" ? (
          <SelectField
            key={name}
            name={name}
            label={t(name)}
            defaultValue={form.current(name)}
            errors={form.errorsFor(name)}
            options={[{ value: "", label: t("choose") }, ...choices.organisations]}
          />
        ) : kind === "area" ? (
          <TextAreaField key={name} name={name} label={t(name)} rows={3} defaultValue={form.current(name)} errors={form.errorsFor(name)} />
        ) : (
          <TextField key={name} name={name} label={t(name)} hint={kind === "amount" ? t("amountHint") : undefined} defaultValue={form.current(name)} errors={form.errorsFor(name)} />
        ),
      )}
    </fieldset>
  );
}
