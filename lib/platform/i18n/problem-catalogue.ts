import type { Locale } from "./locales";
import enCommon from "./messages/en/problems.json";
import enExports from "./messages/en/problems-exports.json";
import enIati from "./messages/en/problems-iati.json";
import esCommon from "./messages/es/problems.json";
import esExports from "./messages/es/problems-exports.json";
import esIati from "./messages/es/problems-iati.json";
import frCommon from "./messages/fr/problems.json";
import frExports from "./messages/fr/problems-exports.json";
import frIati from "./messages/fr/problems-iati.json";
import viCommon from "./messages/vi/problems.json";
import viExports from "./messages/vi/problems-exports.json";
import viIati from "./messages/vi/problems-iati.json";

// The messages errors, validation and form outcomes are written with, in every language, loaded
// with the module: an error must be readable in English the moment it is made (logs, scripts)
// and in the reader's language wherever it is answered, without waiting for a file. Each area's
// own file (problems-<area>.json) is added to every language here.

const en = { ...enCommon, ...enExports, ...enIati };

/** The English catalogue: its shape gives the keys `problem()` accepts. */
export type ProblemMessages = typeof en;

export const PROBLEM_MESSAGES: Record<Locale, ProblemMessages> = {
  en,
  es: { ...esCommon, ...esExports, ...esIati },
  fr: { ...frCommon, ...frExports, ...frIati },
  vi: { ...viCommon, ...viExports, ...viIati },
};
