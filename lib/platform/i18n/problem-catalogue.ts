import type { Locale } from "./locales";
import enCommon from "./messages/en/problems.json";
import esCommon from "./messages/es/problems.json";
import frCommon from "./messages/fr/problems.json";
import viCommon from "./messages/vi/problems.json";
import enChoices from "./messages/en/problems-choices.json";
import esChoices from "./messages/es/problems-choices.json";
import frChoices from "./messages/fr/problems-choices.json";
import viChoices from "./messages/vi/problems-choices.json";
import enPrograms from "./messages/en/problems-programs.json";
import esPrograms from "./messages/es/problems-programs.json";
import frPrograms from "./messages/fr/problems-programs.json";
import viPrograms from "./messages/vi/problems-programs.json";
import enFunding from "./messages/en/problems-funding.json";
import esFunding from "./messages/es/problems-funding.json";
import frFunding from "./messages/fr/problems-funding.json";
import viFunding from "./messages/vi/problems-funding.json";
import enMonitoring from "./messages/en/problems-monitoring.json";
import esMonitoring from "./messages/es/problems-monitoring.json";
import frMonitoring from "./messages/fr/problems-monitoring.json";
import viMonitoring from "./messages/vi/problems-monitoring.json";
import enParticipation from "./messages/en/problems-participation.json";
import esParticipation from "./messages/es/problems-participation.json";
import frParticipation from "./messages/fr/problems-participation.json";
import viParticipation from "./messages/vi/problems-participation.json";
import enPlans from "./messages/en/problems-plans.json";
import esPlans from "./messages/es/problems-plans.json";
import frPlans from "./messages/fr/problems-plans.json";
import viPlans from "./messages/vi/problems-plans.json";
import enExchanges from "./messages/en/problems-exchanges.json";
import esExchanges from "./messages/es/problems-exchanges.json";
import frExchanges from "./messages/fr/problems-exchanges.json";
import viExchanges from "./messages/vi/problems-exchanges.json";

// The messages errors, validation and form outcomes are written with, in every language, loaded
// with the module: an error must be readable in English the moment it is made (logs, scripts)
// and in the reader's language wherever it is answered, without waiting for a file. Each area's
// own file (problems-<area>.json) is added to every language here.

const en = { ...enCommon, ...enChoices, ...enPrograms, ...enFunding, ...enMonitoring, ...enParticipation, ...enPlans, ...enExchanges };

/** The English catalogue: its shape gives the keys `problem()` accepts. */
export type ProblemMessages = typeof en;

export const PROBLEM_MESSAGES: Record<Locale, ProblemMessages> = {
  en,
  es: { ...esCommon, ...esChoices, ...esPrograms, ...esFunding, ...esMonitoring, ...esParticipation, ...esPlans, ...esExchanges },
  fr: { ...frCommon, ...frChoices, ...frPrograms, ...frFunding, ...frMonitoring, ...frParticipation, ...frPlans, ...frExchanges },
  vi: { ...viCommon, ...viChoices, ...viPrograms, ...viFunding, ...viMonitoring, ...viParticipation, ...viPlans, ...viExchanges },
};
