import type { Metadata } from "next";
import { getTranslations } from "@/lib/platform/i18n/server";
import { AdminWork } from "@/components/my-work/admin-work";
import { AnalystWork } from "@/components/my-work/analyst-work";
import { CivilSocietyWork } from "@/components/my-work/civil-society-work";
import { GovernmentWork } from "@/components/my-work/government-work";
import { loadMyWork } from "@/lib/domain/my-work/load-my-work";
import { requireUser } from "@/lib/platform/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("MyWork"))("title") };
}

/** Where a signed-in user lands: what is waiting for them, by their role. */
export default async function MyWorkPage() {
  const actor = await requireUser("/my-work");
  const [work, t] = await Promise.all([loadMyWork(actor), getTranslations("MyWork")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {work.role === "GOVERNMENT" && <GovernmentWork work={work} organisationId={actor.organisationId} />}
      {work.role === "ANALYST" && <AnalystWork work={work} />}
      {work.role === "CIVIL_SOCIETY" && <CivilSocietyWork work={work} />}
      {work.role === "ADMIN" && <AdminWork work={work} />}
    </>
  );
}
