import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import type { SubmissionFigures } from "@/lib/domain/evidence/submission-figures";
import { evidenceFormat } from "./evidence-format";
import { submissionLines } from "./submission-lines";
import styles from "./evidence.module.css";

/**
 * How the public submissions fare, beside "not binding enough": whether the contact points take
 * them up, decide and report on time, and whether a report leads to a plan. Counts only.
 */
export async function EvidenceSubmissions({ submissions }: { submissions: SubmissionFigures }) {
  const [t, locale] = await Promise.all([getTranslations("Evidence"), getLocale()]);
  const { percent } = evidenceFormat(locale);
  return (
    <section aria-labelledby="submissions-figures">
      <h4 id="submissions-figures">{t("submissionsTitle")}</h4>
      <p className={styles.bearing}>{t("submissionsBearing")}</p>
      <ul className={styles.figures}>
        {submissionLines(submissions, percent).map((line) => (
          <li key={line.key}>{line.href ? <Link href={line.href}>{t(line.key, line.values)}</Link> : t(line.key, line.values)}</li>
        ))}
      </ul>
    </section>
  );
}
