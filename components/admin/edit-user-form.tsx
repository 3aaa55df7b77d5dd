"use client";

import { useTranslations } from "next-intl";
import { updateUserAction } from "@/lib/domain/users/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { organisationLabel, type OrganisationOption } from "@/components/ui/options";
import { VersionedForm } from "@/components/ui/versioned-form";
import { Role } from "@/lib/platform/db/generated/enums";

type EditableUser = { id: string; name: string; role: Role; organisationId: string; version: number };

/**
 * Name, role and organisation. The hidden version is the one the person started from: after a
 * refusal the form keeps their input and that version, so a stale edit stays refused until reloaded.
 */
export function EditUserForm({ user, organisations }: { user: EditableUser; organisations: OrganisationOption[] }) {
  const t = useTranslations("AdminUsers");
  const tRole = useTranslations("Role");
  return (
    <VersionedForm
      action={updateUserAction}
      record={user}
      heading={{ id: "user-details-heading", text: t("details") }}
      submitLabel={t("save")}
      pendingLabel={t("saving")}
      compactSubmit
    >
      {({ errors, value }) => (
        <>
          <TextField name="name" label={t("name")} autoComplete="off" required defaultValue={value("name", user.name)} errors={errors.name} />
          <SelectField
            name="role"
            label={t("role")}
            required
            defaultValue={value("role", user.role)}
            errors={errors.role}
            options={Object.values(Role).map((role) => ({ value: role, label: tRole(role) }))}
          />
          <SelectField
            name="organisationId"
            label={t("organisationId")}
            hint={t("organisationHint")}
            required
            defaultValue={value("organisationId", user.organisationId)}
            errors={errors.organisationId}
            options={organisations.map((organisation) => ({ value: organisation.id, label: organisationLabel(organisation) }))}
          />
        </>
      )}
    </VersionedForm>
  );
}
