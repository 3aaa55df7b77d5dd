import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { EvidenceAgainst } from "@/components/evidence/evidence-against";
import { EvidenceFor } from "@/components/evidence/evidence-for";
import { EvidenceWays } from "@/components/evidence/evidence-ways";
import { getEvidenceFigures } from "@/lib/domain/dashboard/evidence";
import { MINIMUM_CASES } from "@/lib/domain/evidence/verdicts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Evidence"))("title") };
}

/**
 * The source document's arguments for and against labour cooperation, each as the document states
 * it, beside the register's figures that bear on it and the verdict its rule gives, with the
 * document's quotations beside the arguments they speak to; then its three ways to improve
 * cooperation, each with the figures that track it. Over published records only, for every reader,
 * so that the verdicts are the same for all.
 */
export default async function EvidencePage() {
  const [t, format, { value: evidence, computedAt }] = await Promise.all([getTranslations("Evidence"), getFormatter(), getEvidenceFigures(null)]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>{t("howToRead", { minimum: MINIMUM_CASES })}</p>
      <EvidenceFor evidence={evidence} />
      <EvidenceAgainst evidence={evidence} />
      <EvidenceWays evidence={evidence} />
      <p className="muted">
        {t("scope")}{" "}
        <time dateTime={computedAt.toISOString()}>{t("computedAt", { time: format.dateTime(computedAt, { timeStyle: "short", timeZone: "UTC" }) })}</time>
      </p>
    </>
  );
}
