"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createOrganisationAction, updateOrganisationAction } from "@/lib/domain/organisations/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { OrganisationKind } from "@/lib/platform/db/generated/enums";
import { formKey } from "@/components/ui/options";

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
  const [state, action] = useActionState(organisation ? updateOrganisationAction : createOrganisationAction, IDLE);
  // After a success the form shows the saved record (edit) or starts blank (create).
  const values = state.status === "error" ? state.values : undefined;
  const current = (field: "name" | "acronym" | "countryCode" | "iatiIdentifier") => values?.[field] ?? organisation?.[field] ?? "";
  const created = !organisation && state.status === "success" ? state.result : undefined;

  return (
    <form key={formKey(state, organisation?.version)} action={action} className="form" aria-label={organisation ? t("details") : t("newTitle")}>
      <FormMessage state={state} />
      {created?.organisationId && (
        <p>
          <Link href={`/admin/organisations/${created.organisationId}`}>{t("open", { name: created.name ?? "" })}</Link>
        </p>
      )}
      {organisation && (
        <>
          <input type="hidden" name="id" value={organisation.id} />
          <input type="hidden" name="version" value={values?.version ?? String(organisation.version)} />
        </>
      )}
      <TextField name="name" label={t("name")} autoComplete="off" required defaultValue={current("name")} errors={state.fieldErrors?.name} />
      <TextField name="acronym" label={t("acronym")} hint={t("acronymHint")} autoComplete="off" defaultValue={current("acronym")} errors={state.fieldErrors?.acronym} />
      <SelectField
        name="kind"
        label={t("kind")}
        required
        defaultValue={values?.kind ?? organisation?.kind ?? ""}
        errors={state.fieldErrors?.kind}
        options={[{ value: "", label: t("chooseKind") }, ...Object.values(OrganisationKind).map((kind) => ({ value: kind, label: tKind(kind) }))]}
      />
      <SelectField
        name="countryCode"
        label={t("countryCode")}
        hint={t("countryHint")}
        defaultValue={current("countryCode")}
        errors={state.fieldErrors?.countryCode}
        options={[{ value: "", label: t("noCountry") }, ...countries.map((country) => ({ value: country.code, label: country.name }))]}
      />
      <TextField
        name="iatiIdentifier"
        label={t("iatiIdentifier")}
        hint={t("iatiHint")}
        autoComplete="off"
        defaultValue={current("iatiIdentifier")}
        errors={state.fieldErrors?.iatiIdentifier}
      />
      {state.fieldErrors?.version && (
        <p className="field-error" role="alert">
          {state.fieldErrors.version.join(" ")}
        </p>
      )}
      <div>
        {organisation ? (
          <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        ) : (
          <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
        )}
      </div>
    </form>
  );
}
