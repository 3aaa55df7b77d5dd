import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import type { Quotation } from "@/lib/domain/evidence/quotations";
import styles from "./evidence.module.css";

/**
 * A quotation of the source document, in the English it was given in, with who said it and where;
 * readers in another language also get an unofficial translation.
 */
export async function EvidenceQuote({ quotation }: { quotation: Quotation }) {
  const [t, gloss, locale] = await Promise.all([getTranslations("Evidence"), getTranslations("EvidenceGloss"), getLocale()]);
  return (
    <figure className={styles.quotation}>
      <blockquote lang="en">
        <p>{quotation.text}</p>
      </blockquote>
      {locale !== "en" && (
        <p className={styles.gloss}>
          {t("translationLabel")} {gloss(quotation.key)}
        </p>
      )}
      <figcaption lang="en">
        {quotation.speaker}. <cite>{quotation.source}</cite>
      </figcaption>
    </figure>
  );
}
