"use client";

import { useLocale, useTranslations } from "next-intl";
import { createAgreementAction, updateAgreementAction } from "@/lib/domain/agreements/actions";
import { OriginalLanguageField, TranslatedField } from "@/components/i18n/translated-fields";
import { newRecordLanguages, type Multilingual } from "@/lib/platform/i18n/localized-text";
import { SelectField, TextField } from "@/components/ui/field";
import { MultiSelectField } from "@/components/ui/multi-select-field";
import { VersionedForm, type FormKit } from "@/components/ui/versioned-form";
import { AgreementKind, AgreementStatus } from "@/lib/platform/db/generated/enums";

export type EditableAgreement = {
  id: string;
  title: string;
  shortName: string;
  kind: AgreementKind;
  status: AgreementStatus;
  signedOn: string;
  inForceOn: string;
  terminatedOn: string;
  submissionDecisionDays: string;
  submissionReportDays: string;
  summary: string;
  website: string;
  parties: string[];
  /** The summary's language and translations; the title is the official one. */
  languages: Multilingual;
  version: number;
};

type Props = { agreement?: EditableAgreement; countries: { code: string; name: string }[] };

/**
 * Adds an agreement, or edits `agreement` when given; a saved agreement opens its page. After a
 * refusal the form shows what the user typed, with each problem next to its field.
 */
export function AgreementForm(props: Props) {
  const t = useTranslations("AgreementForm");
  return (
    <VersionedForm
      formId="agreement"
      action={{ create: createAgreementAction, update: updateAgreementAction }}
      record={props.agreement}
      messages={t}
    >
      {(kit) => <AgreementFields kit={kit} {...props} />}
    </VersionedForm>
  );
}

function AgreementFields({ kit, agreement, countries }: Props & { kit: FormKit }) {
  const t = useTranslations("AgreementForm");
  const tKind = useTranslations("AgreementKind");
  const tStatus = useTranslations("AgreementStatus");
  const locale = useLocale();
  const saved = agreement?.languages ?? newRecordLanguages(locale);
  const { errors, value, list } = kit;
  return (
    <>
      <TextField name="title" label={t("title")} required defaultValue={value("title", agreement?.title)} errors={errors.title} />
      <TextField name="shortName" label={t("shortName")} hint={t("shortNameHint")} required defaultValue={value("shortName", agreement?.shortName)} errors={errors.shortName} />
      <SelectField
        name="kind"
        label={t("kind")}
        required
        defaultValue={value("kind", agreement?.kind)}
        errors={errors.kind}
        options={[{ value: "", label: t("choose") }, ...Object.values(AgreementKind).map((kind) => ({ value: kind, label: tKind(kind) }))]}
      />
      <SelectField
        name="status"
        label={t("status")}
        required
        defaultValue={value("status", agreement?.status)}
        errors={errors.status}
        options={[{ value: "", label: t("choose") }, ...Object.values(AgreementStatus).map((status) => ({ value: status, label: tStatus(status) }))]}
      />
      <MultiSelectField
        name="parties"
        label={t("parties")}
        required
        defaultValue={list("parties", agreement?.parties)}
        errors={errors.parties}
        options={countries.map((country) => ({ value: country.code, label: `${country.name} (${country.code})` }))}
      />
      <TextField name="signedOn" type="date" label={t("signedOn")} defaultValue={value("signedOn", agreement?.signedOn)} errors={errors.signedOn} />
      <TextField name="inForceOn" type="date" label={t("inForceOn")} defaultValue={value("inForceOn", agreement?.inForceOn)} errors={errors.inForceOn} />
      <TextField name="terminatedOn" type="date" label={t("terminatedOn")} hint={t("terminatedOnHint")} defaultValue={value("terminatedOn", agreement?.terminatedOn)} errors={errors.terminatedOn} />
      <TextField
        name="submissionDecisionDays"
        type="text"
        label={t("submissionDecisionDays")}
        hint={t("submissionDecisionDaysHint")}
        defaultValue={value("submissionDecisionDays", agreement?.submissionDecisionDays ?? "60")}
        errors={errors.submissionDecisionDays}
      />
      <TextField
        name="submissionReportDays"
        type="text"
        label={t("submissionReportDays")}
        hint={t("submissionReportDaysHint")}
        defaultValue={value("submissionReportDays", agreement?.submissionReportDays ?? "180")}
        errors={errors.submissionReportDays}
      />
      <OriginalLanguageField kit={kit} saved={saved} />
      <TranslatedField kit={kit} saved={saved} field={{ name: "summary", label: t("summary"), multiline: true, value: agreement?.summary }} />
      <TextField name="website" type="url" label={t("website")} defaultValue={value("website", agreement?.website)} errors={errors.website} />
    </>
  );
}
