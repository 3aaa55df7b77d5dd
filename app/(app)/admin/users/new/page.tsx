import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { listOrganisationOptions } from "@/lib/domain/organisations/list-organisation-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminUsers"))("newTitle") };
}

export default async function NewUserPage() {
  const actor = await requireUser("/admin/users/new");
  if (!can(actor, "user.manage")) notFound();
  const [t, organisations] = await Promise.all([getTranslations("AdminUsers"), listOrganisationOptions(actor)]);
  return (
    <>
      <p>
        <Link href="/admin/users">← {t("allUsers")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <p className="lead">{t("newIntro")}</p>
      <CreateUserForm organisations={organisations} />
    </>
  );
}
