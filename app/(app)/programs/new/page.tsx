import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { ProgramForm } from "@/components/programs/program-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { listProgramChoices } from "@/lib/domain/programs/program-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ProgramForm"))("newTitle") };
}

export default async function NewProgramPage() {
  const actor = await requireUser("/programs/new");
  if (!can(actor, "program.create")) notFound();
  const [choices, t] = await Promise.all([listProgramChoices(actor, await getLocale()), getTranslations("ProgramForm")]);
  return (
    <>
      <p>
        <Link href="/programs">← {t("backToList")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      {choices.agreements.length === 0 ? <p>{t("noAgreements")}</p> : <ProgramForm choices={choices} />}
    </>
  );
}
