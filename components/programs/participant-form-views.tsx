"use client";

import { addParticipantAction, assignReporterAction } from "@/lib/domain/programs/actions";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { VersionedForm } from "@/components/ui/versioned-form";

/** The participant forms' words, in the reader's language. */
export type ParticipantWords = Record<
  "addParticipant" | "adding" | "organisation" | "role" | "choose" | "moveReporter" | "moving" | "moveReporterHint" | "reportingOrganisation" | "reason",
  string
>;

/** Adds an organisation to the program in a role. */
export function AddParticipantFormView({
  programId,
  organisations,
  roles,
  words: t,
}: {
  programId: string;
  organisations: { value: string; label: string }[];
  /** The roles an organisation may take, named in the reader's language. */
  roles: { value: string; label: string }[];
  words: ParticipantWords;
}) {
  return (
    <VersionedForm action={addParticipantAction} hidden={{ programId }} hiddenErrors={[]} label={t.addParticipant} submitLabel={t.addParticipant} pendingLabel={t.adding}>
      {({ errors, value }) => (
        <>
          <SelectField
            name="organisationId"
            label={t.organisation}
            required
            defaultValue={value("organisationId")}
            errors={errors.organisationId}
            options={[{ value: "", label: t.choose }, ...organisations]}
          />
          <SelectField
            name="role"
            label={t.role}
            required
            defaultValue={value("role")}
            errors={errors.role}
            options={[{ value: "", label: t.choose }, ...roles]}
          />
        </>
      )}
    </VersionedForm>
  );
}

/** An administrator moves the program to another reporting organisation, from the version on the page. */
export function AssignReporterFormView({
  programId,
  version,
  organisations,
  words: t,
}: {
  programId: string;
  version: number;
  organisations: { value: string; label: string }[];
  words: ParticipantWords;
}) {
  return (
    <VersionedForm
      action={assignReporterAction}
      hidden={{ programId, version: String(version) }}
      hiddenErrors={[]}
      label={t.moveReporter}
      submitLabel={t.moveReporter}
      pendingLabel={t.moving}
      notice={() => <p className="hint">{t.moveReporterHint}</p>}
    >
      {({ errors, value }) => (
        <>
          <SelectField
            name="reportingOrganisationId"
            label={t.reportingOrganisation}
            required
            defaultValue={value("reportingOrganisationId")}
            errors={errors.reportingOrganisationId}
            options={[{ value: "", label: t.choose }, ...organisations]}
          />
          <TextAreaField name="reason" label={t.reason} rows={2} defaultValue={value("reason")} errors={errors.reason} />
        </>
      )}
    </VersionedForm>
  );
}
