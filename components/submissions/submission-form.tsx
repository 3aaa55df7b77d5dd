"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { createSubmissionAction, updateSubmissionAction } from "@/lib/domain/submissions/actions";
import { OriginalLanguageField, TranslatedField } from "@/components/i18n/translated-fields";
import { newRecordLanguages, type Multilingual } from "@/lib/platform/i18n/localized-text";
import { CheckboxField, SelectField, TextAreaField } from "@/components/ui/field";
import { useFieldIds } from "@/components/ui/form-id";
import { MultiSelectField } from "@/components/ui/multi-select-field";
import { unionOf } from "@/components/ui/options";
import { VersionedForm, type FormKit } from "@/components/ui/versioned-form";
import { LabourTopic } from "@/lib/platform/db/generated/enums";
import type { Choice, SubmissionChoices } from "@/lib/domain/submissions/submission-choices";

/** A draft submission as the form edits it: every value as the form sends it. */
export type SubmissionFormRecord = {
  id: string;
  agreementId: string;
  concernsCountryCode: string;
  contactPointId: string;
  title: string;
  summary: string;
  facts: string;
  request: string;
  topics: string[];
  provisionIds: string[];
  coSubmitterIds: string[];
  identityWithheld: boolean;
  /** Whether the co-submitters' names are kept from the public (the form withholds all or none). */
  withholdCoSubmitters: boolean;
  /** The language of the title and summary, and their translations. */
  languages: Multilingual;
  version: number;
};

type TextName = "agreementId" | "concernsCountryCode" | "contactPointId" | "facts" | "request";
type CheckboxName = "identityWithheld" | "withholdCoSubmitters";

type Props = {
  /** The draft to edit; a new one is drafted without it. */
  submission?: SubmissionFormRecord;
  choices: SubmissionChoices;
  /** The agreement chosen to begin with, for a new submission. */
  initialAgreementId?: string;
};

type Kit = { kit: FormKit; submission?: SubmissionFormRecord };

/** A field's value: after a refusal, what was sent (a field the form did not send is empty). */
function sent({ kit, submission }: Kit, name: TextName, fallback = ""): string {
  return kit.values ? (kit.values[name] ?? "") : (submission?.[name] ?? fallback);
}

/** A checkbox: after a refusal, whether it was ticked. */
function ticked({ kit, submission }: Kit, name: CheckboxName): boolean {
  return kit.values ? kit.values[name] === "on" : (submission?.[name] ?? false);
}

/**
 * Drafts a public submission, or edits the draft `submission`. The chosen agreement narrows the
 * parties, contact points and provisions offered; the server checks them again. A refused form
 * keeps what was typed. Saving never files the submission.
 */
export function SubmissionForm(props: Props) {
  const t = useTranslations("SubmissionForm");
  const { submission } = props;
  return (
    <VersionedForm
      formId="submission"
      action={{ create: createSubmissionAction, update: updateSubmissionAction }}
      record={submission}
      messages={t}
      notice={({ state }) =>
        // A refusal that is not about a field (most often a stale edit): reloading shows the current draft.
        submission &&
        state.status === "error" &&
        !state.fieldErrors && (
          <p>
            <Link href={`/submissions/${submission.id}/edit`} prefetch={false}>
              {t("reload")}
            </Link>
          </p>
        )
      }
    >
      {(kit) => <SubmissionFields kit={kit} {...props} />}
    </VersionedForm>
  );
}

/** Where it is filed, what it says, what it invokes and who submits it, in that order. */
function SubmissionFields({ kit, submission, choices, initialAgreementId }: Props & { kit: FormKit }) {
  const [agreementId, setAgreementId] = useState(sent({ kit, submission }, "agreementId", initialAgreementId ?? ""));
  const agreement = choices.agreements.find((choice) => choice.value === agreementId);
  // With no agreement chosen yet, each contact point and provision is named with its agreement.
  const ofEvery = (pick: (choice: SubmissionChoices["agreements"][number]) => Choice[]) =>
    choices.agreements.flatMap((choice) => pick(choice).map((option) => ({ ...option, label: `${choice.shortName}: ${option.label}` })));
  return (
    <>
      <SubmissionAddress
        kit={kit}
        submission={submission}
        choices={choices}
        agreementId={agreementId}
        parties={agreement ? agreement.parties : unionOf(choices.agreements.map((choice) => choice.parties))}
        contactPoints={agreement ? agreement.contactPoints : ofEvery((choice) => choice.contactPoints)}
        onAgreementChange={setAgreementId}
      />
      <SubmissionText kit={kit} submission={submission} />
      <SubmissionInvokes kit={kit} submission={submission} provisions={agreement ? agreement.provisions : ofEvery((choice) => choice.provisions)} />
      <SubmissionSubmitters kit={kit} submission={submission} organisations={choices.organisations} />
    </>
  );
}

/** The agreement, the party whose enforcement is in question, and the contact point it goes to. */
function SubmissionAddress({
  choices,
  agreementId,
  parties,
  contactPoints,
  onAgreementChange,
  ...given
}: Kit & { choices: SubmissionChoices; agreementId: string; parties: Choice[]; contactPoints: Choice[]; onAgreementChange: (value: string) => void }) {
  const t = useTranslations("SubmissionForm");
  const { errorsFor } = given.kit;
  const choose = { value: "", label: t("choose") };
  return (
    <>
      <h2>{t("whereHeading")}</h2>
      <SelectField
        name="agreementId"
        label={t("agreementId")}
        hint={t("agreementHint")}
        required
        defaultValue={agreementId}
        errors={errorsFor("agreementId")}
        options={[choose, ...choices.agreements.map(({ value, label }) => ({ value, label }))]}
        onChange={onAgreementChange}
      />
      <SelectField
        name="concernsCountryCode"
        label={t("concernsCountryCode")}
        hint={t("concernsHint")}
        required
        defaultValue={sent(given, "concernsCountryCode")}
        errors={errorsFor("concernsCountryCode")}
        options={[choose, ...parties]}
      />
      <SelectField
        name="contactPointId"
        label={t("contactPointId")}
        hint={t("contactPointHint")}
        required
        defaultValue={sent(given, "contactPointId")}
        errors={errorsFor("contactPointId")}
        options={[choose, ...contactPoints]}
      />
    </>
  );
}

/** The title and summary in their language with their translations, then the facts and the request. */
function SubmissionText(given: Kit) {
  const t = useTranslations("SubmissionForm");
  const locale = useLocale();
  const { kit, submission } = given;
  const saved = submission?.languages ?? newRecordLanguages(locale);
  return (
    <>
      <h2>{t("textHeading")}</h2>
      <OriginalLanguageField kit={kit} saved={saved} />
      <TranslatedField kit={kit} saved={saved} field={{ name: "title", label: t("title"), hint: t("titleHint"), required: true, value: submission?.title }} />
      <TranslatedField kit={kit} saved={saved} field={{ name: "summary", label: t("summary"), hint: t("summaryHint"), required: true, multiline: true, value: submission?.summary }} />
      <TextAreaField name="facts" label={t("facts")} hint={t("factsHint")} rows={10} defaultValue={sent(given, "facts")} errors={kit.errorsFor("facts")} />
      <TextAreaField name="request" label={t("request")} hint={t("requestHint")} rows={5} defaultValue={sent(given, "request")} errors={kit.errorsFor("request")} />
    </>
  );
}

/** The agreement's provisions and the labour topics the submission invokes. */
function SubmissionInvokes({ kit, submission, provisions }: Kit & { provisions: Choice[] }) {
  const t = useTranslations("SubmissionForm");
  const tTopic = useTranslations("LabourTopic");
  return (
    <>
      <h2>{t("invokesHeading")}</h2>
      <MultiSelectField
        name="provisionIds"
        label={t("provisionIds")}
        hint={t("provisionsHint")}
        defaultValue={kit.list("provisionIds", submission?.provisionIds)}
        errors={kit.errorsFor("provisionIds")}
        options={provisions}
      />
      <MultiSelectField
        name="topics"
        label={t("topics")}
        hint={t("topicsHint")}
        defaultValue={kit.list("topics", submission?.topics)}
        errors={kit.errorsFor("topics")}
        options={Object.values(LabourTopic).map((topic) => ({ value: topic, label: tTopic(topic) }))}
      />
    </>
  );
}

/** The organisations submitting with the actor's, and whose names the public docket leaves out. */
function SubmissionSubmitters({ organisations, ...given }: Kit & { organisations: Choice[] }) {
  const t = useTranslations("SubmissionForm");
  const { kit, submission } = given;
  // The service names the co-submitters' problems "coSubmitters…": the error summary links here.
  const { control: coSubmittersTarget } = useFieldIds("coSubmitters");
  return (
    <>
      <h2>{t("submittersHeading")}</h2>
      <div id={coSubmittersTarget} tabIndex={-1}>
        <MultiSelectField
          name="coSubmitterIds"
          label={t("coSubmitterIds")}
          hint={t("coSubmittersHint")}
          defaultValue={kit.list("coSubmitterIds", submission?.coSubmitterIds)}
          errors={kit.errorsFor("coSubmitters")}
          options={organisations}
        />
      </div>
      <CheckboxField
        name="identityWithheld"
        label={t("identityWithheld")}
        hints={[t("identityWithheldHint"), t("retaliationHint")]}
        defaultChecked={ticked(given, "identityWithheld")}
        errors={kit.errorsFor("identityWithheld")}
      />
      <CheckboxField name="withholdCoSubmitters" label={t("withholdCoSubmitters")} hints={[t("withholdCoSubmittersHint")]} defaultChecked={ticked(given, "withholdCoSubmitters")} />
    </>
  );
}
