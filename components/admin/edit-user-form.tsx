"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateUserAction } from "@/lib/domain/users/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { Role } from "@/lib/platform/db/generated/enums";
import { formKey, organisationLabel, type OrganisationOption } from "@/components/ui/options";

type EditableUser = { id: string; name: string; role: Role; organisationId: string; version: number };

/**
 * Name, role and organisation. The hidden version is the one the person started from: after a
 * refusal the form keeps their input and that version, so a stale edit stays refused until reloaded.
 */
export function EditUserForm({ user, organisations }: { user: EditableUser; organisations: OrganisationOption[] }) {
  const t = useTranslations("AdminUsers");
  const tRole = useTranslations("Role");
  const [state, action] = useActionState(updateUserAction, IDLE);
  const values = state.status === "error" ? state.values : undefined;

  return (
    <form key={formKey(state, user.version)} action={action} className="form" aria-labelledby="user-details-heading">
      <h2 id="user-details-heading">{t("details")}</h2>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={values?.version ?? String(user.version)} />
      <TextField name="name" label={t("name")} autoComplete="off" required defaultValue={values?.name ?? user.name} errors={state.fieldErrors?.name} />
      <SelectField
        name="role"
        label={t("role")}
        required
        defaultValue={values?.role ?? user.role}
        errors={state.fieldErrors?.role}
        options={Object.values(Role).map((role) => ({ value: role, label: tRole(role) }))}
      />
      <SelectField
        name="organisationId"
        label={t("organisationId")}
        hint={t("organisationHint")}
        required
        defaultValue={values?.organisationId ?? user.organisationId}
        errors={state.fieldErrors?.organisationId}
        options={organisations.map((organisation) => ({ value: organisation.id, label: organisationLabel(organisation) }))}
      />
      {state.fieldErrors?.version && (
        <p className="field-error" role="alert">
          {state.fieldErrors.version.join(" ")}
        </p>
      )}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
