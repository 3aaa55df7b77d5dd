/** Texts in other languages, by field and then by language code: { "title": { "fr": "…" } }. */
export type Translations = Record<string, Record<string, string>>;

/** The translations stored in a record's JSON column; anything not of that shape is left out. */
export function readTranslations(value: unknown): Translations {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const result: Translations = {};
  for (const [field, languages] of Object.entries(value)) {
    if (!languages || typeof languages !== "object" || Array.isArray(languages)) continue;
    const texts = Object.entries(languages).filter((entry): entry is [string, string] => typeof entry[1] === "string");
    if (texts.length) result[field] = Object.fromEntries(texts);
  }
  return result;
}
