import type { Locale } from "./locales";
import enCommon from "./messages/en/problems.json";
import esCommon from "./messages/es/problems.json";
import frCommon from "./messages/fr/problems.json";
import viCommon from "./messages/vi/problems.json";
import enMultilingual from "./messages/en/problems-multilingual.json";
import esMultilingual from "./messages/es/problems-multilingual.json";
import frMultilingual from "./messages/fr/problems-multilingual.json";
import viMultilingual from "./messages/vi/problems-multilingual.json";

// The messages errors, validation and form outcomes are written with, in every language, loaded
// with the module: an error must be readable in English the moment it is made (logs, scripts)
// and in the reader's language wherever it is answered, without waiting for a file. Each area's
// own file (problems-<area>.json) is added to every language here.

const en = { ...enCommon, ...enMultilingual };

/** The English catalogue: its shape gives the keys `problem()` accepts. */
export type ProblemMessages = typeof en;

export const PROBLEM_MESSAGES: Record<Locale, ProblemMessages> = {
  en,
  es: { ...esCommon, ...esMultilingual },
  fr: { ...frCommon, ...frMultilingual },
  vi: { ...viCommon, ...viMultilingual },
};
