import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { languageName, needsLanguageNote, type LocalizedText } from "@/lib/platform/i18n/localized-text";

/**
 * A text chosen with localizedText, marked with its language (for screen readers and hyphenation),
 * followed by a short note when it is not in the reader's language: "(written in Spanish)".
 */
export async function Localized({ shown }: { shown: LocalizedText }) {
  return (
    <>
      <span lang={shown.language}>{shown.text}</span>
      <LanguageNote shown={shown} before=" " />
    </>
  );
}

/** Only the note, for where the text itself sits apart (a heading, a paragraph); nothing when it is not needed. */
export async function LanguageNote({ shown, before = "", block = false }: { shown: LocalizedText; before?: string; block?: boolean }) {
  const locale = await getLocale();
  if (!needsLanguageNote(shown, locale)) return null;
  const note = await languageNoteText(shown.language);
  return block ? (
    <p className="muted language-note">({note})</p>
  ) : (
    <>
      {before}
      <span className="muted language-note">({note})</span>
    </>
  );
}

/** "Written in Spanish", in the reader's language, as plain text (for a select's options, a link's label). */
export async function languageNoteText(language: string): Promise<string> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("LanguageNote")]);
  return t("writtenIn", { language: languageName(language, locale, { inSentence: true }) });
}
