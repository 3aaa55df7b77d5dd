import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { ProgramLink } from "@/components/programs/program-link";
import { TransactionImport } from "@/components/programs/transaction-import";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { findProgram } from "@/lib/domain/programs/find-program";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("TransactionImport"))("title") };
}

export default async function ImportTransactionsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/programs/${encodeURIComponent(id)}/import`);
  const program = await findProgram(actor, id);
  if (!program?.mayEdit || !can(actor, "finance.manage")) notFound();
  const t = await getTranslations("TransactionImport");
  return (
    <>
      <p>
        <ProgramLink program={program} href={`/programs/${program.id}?tab=funding`} prefix="← " />
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <TransactionImport programId={program.id} />
    </>
  );
}
