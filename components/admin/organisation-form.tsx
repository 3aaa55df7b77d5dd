"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { createOrganisationAction, updateOrganisationAction } from "@/lib/domain/organisations/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { VersionedForm } from "@/components/ui/versioned-form";
import { OrganisationKind } from "@/lib/platform/db/generated/enums";

type EditableOrganisation = {
  id: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  countryCode: string | null;
  iatiIdentifier: string | null;
  version: number;
};

/**
 * Creates an organisation, or edits `organisation` when given. An edit carries the version it
 * started from, kept after a refusal, so that a stale edit stays refused until the page is reloaded.
 */
export function OrganisationForm({ organisation, countries }: { organisation?: EditableOrganisation; countries: { code: string; name: string }[] }) {
  const t = useTranslations("AdminOrganisations");
  const tKind = useTranslations("OrganisationKind");
  return (
    <VersionedForm
      action={organisation ? updateOrganisationAction : createOrganisationAction}
      record={organisation}
      label={organisation ? t("details") : t("newTitle")}
      submitLabel={organisation ? t("save") : t("create")}
      pendingLabel={organisation ? t("saving") : t("creating")}
      compactSubmit
      notice={({ state }) => {
        // After a success the form shows the saved record (edit) or starts blank (create).
        const created = !organisation && state.status === "success" ? state.result : undefined;
        return (
          created?.organisationId && (
            <p>
              <Link href={`/admin/organisations/${created.organisationId}`}>{t("open", { name: created.name ?? "" })}</Link>
            </p>
          )
        );
      }}
    >
      {({ errors, value }) => (
        <>
          <TextField name="name" label={t("name")} autoComplete="off" required defaultValue={value("name", organisation?.name)} errors={errors.name} />
          <TextField
            name="acronym"
            label={t("acronym")}
            hint={t("acronymHint")}
            autoComplete="off"
            defaultValue={value("acronym", organisation?.acronym)}
            errors={errors.acronym}
          />
          <SelectField
            name="kind"
            label={t("kind")}
            required
            defaultValue={value("kind", organisation?.kind)}
            errors={errors.kind}
            options={[{ value: "", label: t("chooseKind") }, ...Object.values(OrganisationKind).map((kind) => ({ value: kind, label: tKind(kind) }))]}
          />
          <SelectField
            name="countryCode"
            label={t("countryCode")}
            hint={t("countryHint")}
            defaultValue={value("countryCode", organisation?.countryCode)}
            errors={errors.countryCode}
            options={[{ value: "", label: t("noCountry") }, ...countries.map((country) => ({ value: country.code, label: country.name }))]}
          />
          <TextField
            name="iatiIdentifier"
            label={t("iatiIdentifier")}
            hint={t("iatiHint")}
            autoComplete="off"
            defaultValue={value("iatiIdentifier", organisation?.iatiIdentifier)}
            errors={errors.iatiIdentifier}
          />
        </>
      )}
    </VersionedForm>
  );
}
