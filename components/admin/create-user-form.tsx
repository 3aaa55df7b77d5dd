"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { createUserAction } from "@/lib/domain/users/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { SetPasswordLink } from "@/components/admin/set-password-link";
import { FormMessage } from "@/components/ui/form-message";
import { organisationLabel, type OrganisationOption } from "@/components/ui/options";
import { VersionedForm } from "@/components/ui/versioned-form";
import { Role } from "@/lib/platform/db/generated/enums";

/**
 * The invitation form: creates the account, and the person chooses their password through a link
 * that is emailed to them, or shown here once when the tracker cannot send emails.
 */
export function CreateUserForm({ organisations }: { organisations: OrganisationOption[] }) {
  const t = useTranslations("AdminUsers");
  const tRole = useTranslations("Role");
  return (
    <VersionedForm
      formId="new-user"
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
          created?.userId && (
            <section className="card" aria-labelledby="invitation-heading">
              <h2 id="invitation-heading">{t("invitedTitle", { name: created.name ?? "" })}</h2>
              <FormMessage state={state} />
              {created.link && <SetPasswordLink url={created.link} />}
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
