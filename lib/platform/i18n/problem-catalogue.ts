import type { Locale } from "./locales";
import enCommon from "./messages/en/problems.json";
import enIati from "./messages/en/problems-iati.json";
import enNotifications from "./messages/en/problems-notifications.json";
import esCommon from "./messages/es/problems.json";
import esIati from "./messages/es/problems-iati.json";
import esNotifications from "./messages/es/problems-notifications.json";
import frCommon from "./messages/fr/problems.json";
import frIati from "./messages/fr/problems-iati.json";
import frNotifications from "./messages/fr/problems-notifications.json";
import viCommon from "./messages/vi/problems.json";
import viIati from "./messages/vi/problems-iati.json";
import viNotifications from "./messages/vi/problems-notifications.json";

// The messages errors, validation and form outcomes are written with, in every language, loaded
// with the module: an error must be readable in English the moment it is made (logs, scripts)
// and in the reader's language wherever it is answered, without waiting for a file. Each area's
// own file (problems-<area>.json) is added to every language here.

const en = { ...enCommon, ...enIati, ...enNotifications };

/** The English catalogue: its shape gives the keys `problem()` accepts. */
export type ProblemMessages = typeof en;

export const PROBLEM_MESSAGES: Record<Locale, ProblemMessages> = {
  en,
  es: { ...esCommon, ...esIati, ...esNotifications },
  fr: { ...frCommon, ...frIati, ...frNotifications },
  vi: { ...viCommon, ...viIati, ...viNotifications },
};
