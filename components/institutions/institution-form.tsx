"use client";

import { useTranslations } from "next-intl";
import { createInstitutionAction, updateInstitutionAction } from "@/lib/domain/institutions/actions";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { VersionedForm } from "@/components/ui/versioned-form";
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
  // A new institution starts from `initial`.
  const saved = (field: Text) => institution?.[field] ?? initial[field];
  return (
    <VersionedForm
      action={{ create: createInstitutionAction, update: updateInstitutionAction }}
      record={institution}
      messages={t}
    >
      {({ errors, value }) => (
        <>
          {!institution && (
            <SelectField
              name="agreementId"
              label={t("agreement")}
              required
              defaultValue={value("agreementId", saved("agreementId"))}
              errors={errors.agreementId}
              options={[{ value: "", label: t("choose") }, ...agreements]}
            />
          )}
          <SelectField
            name="kind"
            label={t("kind")}
            required
            defaultValue={value("kind", saved("kind"))}
            errors={errors.kind}
            options={[{ value: "", label: t("choose") }, ...kinds.map((kind) => ({ value: kind, label: tKind(kind) }))]}
          />
          <TextField name="name" label={t("name")} required defaultValue={value("name", saved("name"))} errors={errors.name} />
          <SelectField
            name="countryCode"
            label={t("country")}
            hint={t("countryHint")}
            defaultValue={value("countryCode", saved("countryCode"))}
            errors={errors.countryCode}
            options={[{ value: "", label: t("noCountry") }, ...countries]}
          />
          <SelectField
            name="hostOrganisationId"
            label={t("host")}
            defaultValue={value("hostOrganisationId", saved("hostOrganisationId"))}
            errors={errors.hostOrganisationId}
            options={[{ value: "", label: t("noHost") }, ...organisations]}
          />
          <TextField name="contactName" label={t("contactName")} defaultValue={value("contactName", saved("contactName"))} errors={errors.contactName} />
          <TextField name="contactEmail" type="email" label={t("contactEmail")} defaultValue={value("contactEmail", saved("contactEmail"))} errors={errors.contactEmail} />
          <TextField name="contactPhone" type="tel" label={t("contactPhone")} defaultValue={value("contactPhone", saved("contactPhone"))} errors={errors.contactPhone} />
          <TextField name="address" label={t("address")} defaultValue={value("address", saved("address"))} errors={errors.address} />
          <TextField name="website" type="url" label={t("website")} defaultValue={value("website", saved("website"))} errors={errors.website} />
          <TextAreaField name="mandate" label={t("mandate")} defaultValue={value("mandate", saved("mandate"))} errors={errors.mandate} />
        </>
      )}
    </VersionedForm>
  );
}
