import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import type { ArgumentKey, Verdict } from "@/lib/domain/evidence/verdicts";
import { VERDICT_RULES } from "@/lib/domain/evidence/verdicts";
import { formatPercent } from "@/lib/platform/format/numbers";
import styles from "./evidence.module.css";

/** What the figures say about an argument, in words, and the rule that says it. */
export async function EvidenceVerdict({ argument, verdict }: { argument: ArgumentKey; verdict: Verdict }) {
  const [t, locale] = await Promise.all([getTranslations("Evidence"), getLocale()]);
  const rule = VERDICT_RULES[argument];
  return (
    <div className={`${styles.verdict} ${styles[verdict]}`}>
      <p>
        <strong>{t("verdictLabel")}</strong> {t("verdict", { verdict })}
      </p>
      <p>{t(`${argument}Rule`, { threshold: formatPercent(rule.threshold, 1, locale, 0), minimum: rule.minimum })}</p>
    </div>
  );
}
