import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { languageName, recordText, type LocalizedText, type Multilingual } from "@/lib/platform/i18n/localized-text";

type Props = { text: LocalizedText; locale: string };

/** The text, marked with its language so that screen readers and browsers read it in it. */
export function Localized({ text }: { text: LocalizedText }) {
  return <span lang={text.language}>{text.text}</span>;
}

/**
 * Under a text shown as it was written in another language than the reader's: which language it
 * is, and that there is no translation yet. Nothing when the reader reads it in their language.
 */
export async function UntranslatedNote({ text, locale }: Props) {
  if (!text.text || text.language === locale) return null;
  const t = await getTranslations("RecordText");
  return <p className="muted">{t("untranslated", { language: languageName(text.language, locale, { inSentence: true }) })}</p>;
}

/** The same note, short, beside a text in a list: "(in French)". */
export async function LanguageTag({ text, locale }: Props) {
  if (!text.text || text.language === locale) return null;
  const t = await getTranslations("RecordText");
  return <span className="muted"> ({t("inLanguage", { language: languageName(text.language, locale, { inSentence: true }) })})</span>;
}

/** A record's title in a list: in the reader's language when it has it, linked to the record when `href` is given, else tagged with its language. */
export function LocalizedTitle({ record, href, locale }: { record: Multilingual & { title: string }; href?: string; locale: string }) {
  const title = recordText(record, "title", record.title, locale);
  return (
    <>
      {href ? (
        <Link href={href}>
          <Localized text={title} />
        </Link>
      ) : (
        <Localized text={title} />
      )}
      <LanguageTag text={title} locale={locale} />
    </>
  );
}
