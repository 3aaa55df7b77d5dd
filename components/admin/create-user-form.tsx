"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createUserAction } from "@/lib/domain/users/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import { Role } from "@/lib/platform/db/generated/enums";
import { formKey, organisationLabel, type OrganisationOption } from "@/components/ui/options";

/** The new-account form; on success it shows the temporary password, once. */
export function CreateUserForm({ organisations }: { organisations: OrganisationOption[] }) {
  const t = useTranslations("AdminUsers");
  const tRole = useTranslations("Role");
  const [state, action] = useActionState(createUserAction, IDLE);
  const created = state.status === "success" ? state.result : undefined;

  return (
    <>
      {created?.temporaryPassword && (
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
      )}
      <form key={formKey(state)} action={action} className="form" aria-label={t("newTitle")}>
        {state.status === "error" && <FormMessage state={state} />}
        <TextField name="email" type="email" label={t("email")} autoComplete="off" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
        <TextField name="name" label={t("name")} autoComplete="off" required defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
        <SelectField
          name="role"
          label={t("role")}
          required
          defaultValue={state.values?.role ?? ""}
          errors={state.fieldErrors?.role}
          options={[{ value: "", label: t("chooseRole") }, ...Object.values(Role).map((role) => ({ value: role, label: tRole(role) }))]}
        />
        <SelectField
          name="organisationId"
          label={t("organisationId")}
          hint={t("organisationHint")}
          required
          defaultValue={state.values?.organisationId ?? ""}
          errors={state.fieldErrors?.organisationId}
          options={[
            { value: "", label: t("chooseOrganisation") },
            ...organisations.map((organisation) => ({ value: organisation.id, label: organisationLabel(organisation) })),
          ]}
        />
        <div>
          <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
        </div>
      </form>
    </>
  );
}
