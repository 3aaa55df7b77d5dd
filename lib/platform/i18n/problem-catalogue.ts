import type { Locale } from "./locales";
import enCommon from "./messages/en/problems.json";
import enNotifications from "./messages/en/problems-notifications.json";
import esCommon from "./messages/es/problems.json";
import esNotifications from "./messages/es/problems-notifications.json";
import frCommon from "./messages/fr/problems.json";
import frNotifications from "./messages/fr/problems-notifications.json";
import viCommon from "./messages/vi/problems.json";
import viNotifications from "./messages/vi/problems-notifications.json";

// The messages errors, validation and form outcomes are written with, in every language, loaded
// with the module: an error must be readable in English the moment it is made (logs, scripts)
// and in the reader's language wherever it is answered, without waiting for a file. Each area's
// own file (problems-<area>.json) is added to every language here.

const en = { ...enCommon, ...enNotifications };

/** The English catalogue: its shape gives the keys `problem()` accepts. */
export type ProblemMessages = typeof en;

export const PROBLEM_MESSAGES: Record<Locale, ProblemMessages> = {
  en,
  es: { ...esCommon, ...esNotifications },
  fr: { ...frCommon, ...frNotifications },
  vi: { ...viCommon, ...viNotifications },
};
