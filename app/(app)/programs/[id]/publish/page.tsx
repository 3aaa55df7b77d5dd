import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { PublishChecklist } from "@/components/programs/publish-checklist";
import { PublishForm } from "@/components/programs/publish-form";
import { publishProgramAction, unpublishProgramAction } from "@/lib/domain/programs/actions";
import { findProgram } from "@/lib/domain/programs/find-program";
import { getPublishChecklist } from "@/lib/domain/programs/get-publish-checklist";
import { localizeProgram } from "@/lib/domain/programs/localize-program";
import { requireUser } from "@/lib/platform/auth/session";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Publishing"))("pageTitle") };
}

/**
 * Before a draft is published, what it still lacks: the checklist, and the Publish button once
 * nothing required is missing (the server checks again). A published program is returned to draft here.
 */
export default async function PublishProgramPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/programs/${encodeURIComponent(id)}/publish`);
  const program = await findProgram(actor, id);
  if (!program) notFound();
  if (!program.mayEdit) forbidden();
  const [t, locale] = await Promise.all([getTranslations("Publishing"), getLocale()]);
  const title = localizeProgram(program, locale).title.text;
  const back = (
    <p>
      <Link href={`/programs/${program.id}`}>← {t("backTo", { title })}</Link>
    </p>
  );

  if (program.visibility === "PUBLISHED") {
    return (
      <>
        {back}
        <h1>{t("unpublishHeading", { title })}</h1>
        <p>{t("unpublishIntro")}</p>
        <PublishForm action={unpublishProgramAction} id={program.id} version={program.version} labels={{ form: t("unpublish"), submit: t("unpublish"), pending: t("unpublishing") }} />
      </>
    );
  }

  const { items, blockers } = await getPublishChecklist(actor, program.id);
  return (
    <>
      {back}
      <h1>{t("heading", { title })}</h1>
      <p>{t("intro")}</p>
      <PublishChecklist programId={program.id} items={items} />
      <section aria-labelledby="publish-now">
        <h2 id="publish-now">{t("publishHeading")}</h2>
        {blockers.length > 0 ? (
          <p>{t("blocked", { count: blockers.length })}</p>
        ) : (
          <>
            <p>{t("ready")}</p>
            <PublishForm action={publishProgramAction} id={program.id} version={program.version} labels={{ form: t("publish"), submit: t("publish"), pending: t("publishing") }} />
          </>
        )}
      </section>
    </>
  );
}
