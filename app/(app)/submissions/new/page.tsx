import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { SubmissionForm } from "@/components/submissions/submission-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { listSubmissionChoices } from "@/lib/domain/submissions/submission-choices";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SubmissionForm"))("newTitle") };
}

export default async function NewSubmissionPage({ searchParams }: Props) {
  const actor = await requireUser("/submissions/new");
  if (!can(actor, "submission.file")) notFound();
  const [choices, t, params] = await Promise.all([listSubmissionChoices(actor), getTranslations("SubmissionForm"), searchParams]);
  // `?agreement=` preselects an agreement, e.g. from the agreement's page; an unknown one is ignored.
  const requested = typeof params.agreement === "string" ? params.agreement : undefined;
  const initialAgreementId = choices.agreements.some((choice) => choice.value === requested) ? requested : undefined;
  return (
    <>
      <p>
        <Link href="/submissions">← {t("backToList")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <p>{t("intro")}</p>
      <p>{t("draftNote")}</p>
      {choices.agreements.length === 0 ? <p>{t("noAgreements")}</p> : <SubmissionForm choices={choices} initialAgreementId={initialAgreementId} />}
    </>
  );
}
