import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { EditUserForm } from "@/components/admin/edit-user-form";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { UserAccessForm } from "@/components/admin/user-access-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { listOrganisationOptions } from "@/lib/domain/organisations/list-organisation-options";
import { getUser } from "@/lib/domain/users/get-user";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminUsers"))("editTitle") };
}

export default async function AdminUserPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/admin/users/${encodeURIComponent(id)}`);
  if (!can(actor, "user.manage")) notFound();
  const [user, organisations, t, tRole, format] = await Promise.all([
    getUser(actor, id),
    listOrganisationOptions(actor),
    getTranslations("AdminUsers"),
    getTranslations("Role"),
    getFormatter(),
  ]);
  if (!user) notFound();
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium", timeStyle: "short" }) : t("never"));
  const isSelf = user.id === actor.id;

  return (
    <>
      <p>
        <Link href="/admin/users">← {t("allUsers")}</Link>
      </p>
      <h1>{user.name}</h1>
      <dl className="facts">
        <dt>{t("email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("role")}</dt>
        <dd>{tRole(user.role)}</dd>
        <dt>{t("organisation")}</dt>
        <dd>
          {user.organisation.name} <span className="muted">({user.organisation.country?.name ?? t("noCountry")})</span>
        </dd>
        <dt>{t("state")}</dt>
        <dd>{user.disabled ? t("status.disabled") : t("status.active")}</dd>
        <dt>{t("created")}</dt>
        <dd>{date(user.createdAt)}</dd>
        <dt>{t("lastSignIn")}</dt>
        <dd>{date(user.lastSignInAt)}</dd>
      </dl>
      <p className="muted">{t("emailFixed")}</p>

      <EditUserForm
        user={{ id: user.id, name: user.name, role: user.role, organisationId: user.organisationId, version: user.version }}
        organisations={organisations}
      />
      <UserAccessForm user={{ id: user.id, disabled: user.disabled, version: user.version }} isSelf={isSelf} />
      {!user.disabled && <ResetPasswordForm userId={user.id} name={user.name} invited={!user.hasPassword} />}

      {can(actor, "audit.read") && (
        <p>
          <Link href={`/audit?${new URLSearchParams({ entityType: "User", entityId: user.id }).toString()}`}>{t("history")}</Link>
        </p>
      )}
    </>
  );
}
