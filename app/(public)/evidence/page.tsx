import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EvidenceAgainst } from "@/components/evidence/evidence-against";
import { EvidenceFor } from "@/components/evidence/evidence-for";
import { EvidenceQuote } from "@/components/evidence/evidence-quote";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { getEvidence } from "@/lib/domain/dashboard/evidence";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Evidence"))("title") };
}

/**
 * The arguments for and against labour cooperation, each beside the figures from the register
 * that speak to it, each figure linking to the records behind it; framed by two quotations.
 */
export default async function EvidencePage() {
  const [t, evidence] = await Promise.all([getTranslations("Evidence"), getEvidence(await getCurrentUser())]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <EvidenceQuote quote="annanQuote" source="annanSource" href="https://unis.unvienna.org/unis/en/pressrels/2001/note167.html" />
      <EvidenceFor evidence={evidence} />
      <EvidenceAgainst evidence={evidence} />
      <EvidenceQuote quote="iloQuote" source="iloSource" href="https://www.ilo.org/ifpdial/areas-of-work/social-dialogue/lang--en/index.htm" />
      <p className="muted">{t("scope")}</p>
    </>
  );
}
