"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/domain/users/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { organisationLabel, type OrganisationOption } from "@/components/ui/options";
import { VersionedForm } from "@/components/ui/versioned-form";
import { Role } from "@/lib/platform/db/generated/enums";

/** The new-account form; on success it shows the temporary password, once. */
export function CreateUserForm({ organisations }: { organisations: OrganisationOption[] }) {
  const t = useTranslations("AdminUsers");
  const tRole = useTranslations("Role");
  return (
    <VersionedForm
      action={createUserAction}
      label={t("newTitle")}
      submitLabel={t("create")}
      pendingLabel={t("creating")}
      hiddenErrors={[]}
      compactSubmit
      messageOnError
      before={({ state }) => {
        const created = state.status === "success" ? state.result : undefined;
        return (
          created?.temporaryPassword && (
            <section className="card" aria-labelledby="temporary-password-heading">
              <h2 id="temporary-password-heading">{t("temporaryPassword")}</h2>
              <FormMessage state={state} />
              <p>{t("showOnce", { name: created.name ?? "" })}</p>
              <p className="secret" data-testid="temporary-password">
                {created.temporaryPassword}
              </p>
              <p>
                <Link href={`/admin/users/${created.userId}`}>{t("openUser", { name: created.name ?? "" })}</Link>
              </p>
            </section>
          )
        );
      }}
    >
      {({ errors, values }) => (
        <>
          <TextField name="email" type="email" label={t("email")} autoComplete="off" required defaultValue={values?.email} errors={errors.email} />
          <TextField name="name" label={t("name")} autoComplete="off" required defaultValue={values?.name} errors={errors.name} />
          <SelectField
            name="role"
            label={t("role")}
            required
            defaultValue={values?.role ?? ""}
            errors={errors.role}
            options={[{ value: "", label: t("chooseRole") }, ...Object.values(Role).map((role) => ({ value: role, label: tRole(role) }))]}
          />
          <SelectField
            name="organisationId"
            label={t("organisationId")}
            hint={t("organisationHint")}
            required
            defaultValue={values?.organisationId ?? ""}
            errors={errors.organisationId}
            options={[
              { value: "", label: t("chooseOrganisation") },
              ...organisations.map((organisation) => ({ value: organisation.id, label: organisationLabel(organisation) })),
            ]}
          />
        </>
      )}
    </VersionedForm>
  );
}
