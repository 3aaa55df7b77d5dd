import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { deleteProgramAction } from "@/lib/domain/programs/actions";
import { ProgramForm } from "@/components/programs/program-form";
import { ConfirmDeleteForm } from "@/components/ui/confirm-delete-form";
import { requireUser } from "@/lib/platform/auth/session";
import { listProgramChoices } from "@/lib/domain/programs/program-choices";
import { findProgram } from "@/lib/domain/programs/find-program";
import { localizeProgram } from "@/lib/domain/programs/localize-program";
import { toProgramRecordShape } from "@/lib/domain/programs/program-record";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ProgramForm"))("editTitle") };
}

export default async function EditProgramPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/programs/${encodeURIComponent(id)}/edit`);
  const program = await findProgram(actor, id);
  // A program the reader may not see is not found; one they may see but not change says who can (403).
  // The server checks again on saving.
  if (!program) notFound();
  if (!program.mayEdit) forbidden();
  const [choices, t, locale] = await Promise.all([listProgramChoices(actor, await getLocale()), getTranslations("ProgramForm"), getLocale()]);
  return (
    <>
      <p>
        <Link href={`/programs/${program.id}`}>← {t("backTo", { title: localizeProgram(program, locale).title.text })}</Link>
      </p>
      <h1>{t("editTitle")}</h1>
      <p className="muted">
        {program.identifier} · {t("versionNote", { version: program.version })}
      </p>
      <ProgramForm program={toProgramRecordShape(program)} choices={choices} />
      {program.visibility === "DRAFT" && (
        <section aria-labelledby="delete-title">
          <h2 id="delete-title">{t("deleteTitle")}</h2>
          <p>{t("deleteHint")}</p>
          <ConfirmDeleteForm action={deleteProgramAction} id={program.id} version={program.version} labels={{ form: t("deleteTitle"), confirm: t("deleteConfirm"), submit: t("delete"), pending: t("deleting") }} />
        </section>
      )}
    </>
  );
}
