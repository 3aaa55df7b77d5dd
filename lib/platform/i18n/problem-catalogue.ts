import type { Locale } from "./locales";
import enCommon from "./messages/en/problems.json";
import enAccounts from "./messages/en/problems-accounts.json";
import enAgreements from "./messages/en/problems-agreements.json";
import enDocuments from "./messages/en/problems-documents.json";
import enExports from "./messages/en/problems-exports.json";
import enIati from "./messages/en/problems-iati.json";
import enInstitutions from "./messages/en/problems-institutions.json";
import enOrganisations from "./messages/en/problems-organisations.json";
import enPlatform from "./messages/en/problems-platform.json";
import enUsers from "./messages/en/problems-users.json";
import esCommon from "./messages/es/problems.json";
import esAccounts from "./messages/es/problems-accounts.json";
import esAgreements from "./messages/es/problems-agreements.json";
import esDocuments from "./messages/es/problems-documents.json";
import esExports from "./messages/es/problems-exports.json";
import esIati from "./messages/es/problems-iati.json";
import esInstitutions from "./messages/es/problems-institutions.json";
import esOrganisations from "./messages/es/problems-organisations.json";
import esPlatform from "./messages/es/problems-platform.json";
import esUsers from "./messages/es/problems-users.json";
import frCommon from "./messages/fr/problems.json";
import frAccounts from "./messages/fr/problems-accounts.json";
import frAgreements from "./messages/fr/problems-agreements.json";
import frDocuments from "./messages/fr/problems-documents.json";
import frExports from "./messages/fr/problems-exports.json";
import frIati from "./messages/fr/problems-iati.json";
import frInstitutions from "./messages/fr/problems-institutions.json";
import frOrganisations from "./messages/fr/problems-organisations.json";
import frPlatform from "./messages/fr/problems-platform.json";
import frUsers from "./messages/fr/problems-users.json";
import viCommon from "./messages/vi/problems.json";
import viAccounts from "./messages/vi/problems-accounts.json";
import viAgreements from "./messages/vi/problems-agreements.json";
import viDocuments from "./messages/vi/problems-documents.json";
import viExports from "./messages/vi/problems-exports.json";
import viIati from "./messages/vi/problems-iati.json";
import viInstitutions from "./messages/vi/problems-institutions.json";
import viOrganisations from "./messages/vi/problems-organisations.json";
import viPlatform from "./messages/vi/problems-platform.json";
import viUsers from "./messages/vi/problems-users.json";

// The messages errors, validation and form outcomes are written with, in every language, loaded
// with the module: an error must be readable in English the moment it is made (logs, scripts)
// and in the reader's language wherever it is answered, without waiting for a file. Each area's
// own file (problems-<area>.json) is added to every language here.

const en = { ...enCommon, ...enAccounts, ...enAgreements, ...enDocuments, ...enExports, ...enIati, ...enInstitutions, ...enOrganisations, ...enPlatform, ...enUsers };

/** The English catalogue: its shape gives the keys `problem()` accepts. */
export type ProblemMessages = typeof en;

export const PROBLEM_MESSAGES: Record<Locale, ProblemMessages> = {
  en,
  es: { ...esCommon, ...esAccounts, ...esAgreements, ...esDocuments, ...esExports, ...esIati, ...esInstitutions, ...esOrganisations, ...esPlatform, ...esUsers },
  fr: { ...frCommon, ...frAccounts, ...frAgreements, ...frDocuments, ...frExports, ...frIati, ...frInstitutions, ...frOrganisations, ...frPlatform, ...frUsers },
  vi: { ...viCommon, ...viAccounts, ...viAgreements, ...viDocuments, ...viExports, ...viIati, ...viInstitutions, ...viOrganisations, ...viPlatform, ...viUsers },
};
