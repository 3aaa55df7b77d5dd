"use client";

import { useTranslations } from "next-intl";
import { addParticipantAction, assignReporterAction } from "@/lib/domain/programs/actions";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { VersionedForm } from "@/components/ui/versioned-form";
import { ParticipantRole } from "@/lib/platform/db/generated/enums";

/** Adds an organisation to the program in a role. */
export function AddParticipantForm({ programId, organisations }: { programId: string; organisations: { value: string; label: string }[] }) {
  const t = useTranslations("ProgramParts");
  const tRole = useTranslations("ParticipantRole");
  return (
    <VersionedForm action={addParticipantAction} hidden={{ programId }} hiddenErrors={[]} label={t("addParticipant")} submitLabel={t("addParticipant")} pendingLabel={t("adding")}>
      {({ errors, value }) => (
        <>
          <SelectField
            name="organisationId"
            label={t("organisation")}
            required
            defaultValue={value("organisationId")}
            errors={errors.organisationId}
            options={[{ value: "", label: t("choose") }, ...organisations]}
          />
          <SelectField
            name="role"
            label={t("role")}
            required
            defaultValue={value("role")}
            errors={errors.role}
            options={[{ value: "", label: t("choose") }, ...Object.values(ParticipantRole).map((role) => ({ value: role, label: tRole(role) }))]}
          />
        </>
      )}
    </VersionedForm>
  );
}

/** An administrator moves the program to another reporting organisation, from the version on the page. */
export function AssignReporterForm({ programId, version, organisations }: { programId: string; version: number; organisations: { value: string; label: string }[] }) {
  const t = useTranslations("ProgramParts");
  return (
    <VersionedForm
      action={assignReporterAction}
      hidden={{ programId, version: String(version) }}
      hiddenErrors={[]}
      label={t("moveReporter")}
      submitLabel={t("moveReporter")}
      pendingLabel={t("moving")}
      notice={() => <p className="hint">{t("moveReporterHint")}</p>}
    >
      {({ errors, value }) => (
        <>
          <SelectField
            name="reportingOrganisationId"
            label={t("reportingOrganisation")}
            required
            defaultValue={value("reportingOrganisationId")}
            errors={errors.reportingOrganisationId}
            options={[{ value: "", label: t("choose") }, ...organisations]}
          />
          <TextAreaField name="reason" label={t("reason")} rows={2} defaultValue={value("reason")} errors={errors.reason} />
        </>
      )}
    </VersionedForm>
  );
}
