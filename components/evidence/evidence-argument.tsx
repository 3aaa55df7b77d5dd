import type { ReactNode } from "react";
import { getTranslations } from "@/lib/platform/i18n/server";
import { QUOTATIONS } from "@/lib/domain/evidence/quotations";
import type { ArgumentKey, Verdict } from "@/lib/domain/evidence/verdicts";
import { EvidenceQuote } from "./evidence-quote";
import { EvidenceVerdict } from "./evidence-verdict";
import styles from "./evidence.module.css";

/**
 * One argument as the source document states it, what the register can show about it, the figures
 * (children), the verdict by its rule, and the quotation that speaks to it.
 */
export async function EvidenceArgument({ argument, verdict, children }: { argument: ArgumentKey; verdict: Verdict; children: ReactNode }) {
  const t = await getTranslations("Evidence");
  return (
    <li className={styles.card}>
      <article aria-labelledby={`argument-${argument}`}>
        <h3 id={`argument-${argument}`}>{t(argument)}</h3>
        <p className={styles.bearing}>{t(`${argument}Bearing`)}</p>
        {children}
        <EvidenceVerdict argument={argument} verdict={verdict} />
        {QUOTATIONS.filter((quotation) => quotation.argument === argument).map((quotation) => (
          <EvidenceQuote key={quotation.key} quotation={quotation} />
        ))}
      </article>
    </li>
  );
}
