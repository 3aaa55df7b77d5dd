// The demo programs' title, summary and objectives in Spanish, French and Vietnamese, so that a
// visitor reading in one of those languages sees them in it. The originals are in English.
import { programTextsAmericas } from "./program-translations-americas";
import { programTextsNorthAmerica } from "./program-translations-north-america";
import { programTextsVnCo } from "./program-translations-vn-co";

/** Title, summary and objectives, in that order. */
export type Texts = [title: string, summary: string, objectives: string];
export type ProgramTexts = Record<"es" | "fr" | "vi", Texts>;

const ALL: Record<string, ProgramTexts> = { ...programTextsAmericas, ...programTextsNorthAmerica, ...programTextsVnCo };

/** A demo program's translations as stored: { "title": { "es": "…" }, … }; none for a program not listed. */
export function demoProgramTranslations(identifier: string) {
  const texts = ALL[identifier];
  if (!texts) return {};
  const languages = Object.entries(texts) as [keyof ProgramTexts, Texts][];
  const field = (index: number) => Object.fromEntries(languages.map(([language, values]) => [language, values[index]!]));
  return { title: field(0), summary: field(1), objectives: field(2) };
}
