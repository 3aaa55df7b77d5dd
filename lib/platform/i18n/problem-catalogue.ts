import type { Locale } from "./locales";
import enCommon from "./messages/en/problems.json";
import enAccounts from "./messages/en/problems-accounts.json";
import enAgreements from "./messages/en/problems-agreements.json";
import enChoices from "./messages/en/problems-choices.json";
import enDocuments from "./messages/en/problems-documents.json";
import enExchanges from "./messages/en/problems-exchanges.json";
import enExports from "./messages/en/problems-exports.json";
import enFunding from "./messages/en/problems-funding.json";
import enIati from "./messages/en/problems-iati.json";
import enImportRows from "./messages/en/problems-import-rows.json";
import enInstitutions from "./messages/en/problems-institutions.json";
import enLanguages from "./messages/en/problems-languages.json";
import enMonitoring from "./messages/en/problems-monitoring.json";
import enMultilingual from "./messages/en/problems-multilingual.json";
import enNotifications from "./messages/en/problems-notifications.json";
import enOrganisations from "./messages/en/problems-organisations.json";
import enParticipation from "./messages/en/problems-participation.json";
import enPlans from "./messages/en/problems-plans.json";
import enPlatform from "./messages/en/problems-platform.json";
import enPrograms from "./messages/en/problems-programs.json";
import enPublishing from "./messages/en/problems-publishing.json";
import enSpreadsheet from "./messages/en/problems-spreadsheet.json";
import enSubmissions from "./messages/en/problems-submissions.json";
import enSpreadsheetImport from "./messages/en/spreadsheet-import.json";
import enTimeZone from "./messages/en/problems-time-zone.json";
import enUsers from "./messages/en/problems-users.json";
import esCommon from "./messages/es/problems.json";
import esAccounts from "./messages/es/problems-accounts.json";
import esAgreements from "./messages/es/problems-agreements.json";
import esChoices from "./messages/es/problems-choices.json";
import esDocuments from "./messages/es/problems-documents.json";
import esExchanges from "./messages/es/problems-exchanges.json";
import esExports from "./messages/es/problems-exports.json";
import esFunding from "./messages/es/problems-funding.json";
import esIati from "./messages/es/problems-iati.json";
import esImportRows from "./messages/es/problems-import-rows.json";
import esInstitutions from "./messages/es/problems-institutions.json";
import esLanguages from "./messages/es/problems-languages.json";
import esMonitoring from "./messages/es/problems-monitoring.json";
import esMultilingual from "./messages/es/problems-multilingual.json";
import esNotifications from "./messages/es/problems-notifications.json";
import esOrganisations from "./messages/es/problems-organisations.json";
import esParticipation from "./messages/es/problems-participation.json";
import esPlans from "./messages/es/problems-plans.json";
import esPlatform from "./messages/es/problems-platform.json";
import esPrograms from "./messages/es/problems-programs.json";
import esPublishing from "./messages/es/problems-publishing.json";
import esSpreadsheet from "./messages/es/problems-spreadsheet.json";
import esSubmissions from "./messages/es/problems-submissions.json";
import esSpreadsheetImport from "./messages/es/spreadsheet-import.json";
import esTimeZone from "./messages/es/problems-time-zone.json";
import esUsers from "./messages/es/problems-users.json";
import frCommon from "./messages/fr/problems.json";
import frAccounts from "./messages/fr/problems-accounts.json";
import frAgreements from "./messages/fr/problems-agreements.json";
import frChoices from "./messages/fr/problems-choices.json";
import frDocuments from "./messages/fr/problems-documents.json";
import frExchanges from "./messages/fr/problems-exchanges.json";
import frExports from "./messages/fr/problems-exports.json";
import frFunding from "./messages/fr/problems-funding.json";
import frIati from "./messages/fr/problems-iati.json";
import frImportRows from "./messages/fr/problems-import-rows.json";
import frInstitutions from "./messages/fr/problems-institutions.json";
import frLanguages from "./messages/fr/problems-languages.json";
import frMonitoring from "./messages/fr/problems-monitoring.json";
import frMultilingual from "./messages/fr/problems-multilingual.json";
import frNotifications from "./messages/fr/problems-notifications.json";
import frOrganisations from "./messages/fr/problems-organisations.json";
import frParticipation from "./messages/fr/problems-participation.json";
import frPlans from "./messages/fr/problems-plans.json";
import frPlatform from "./messages/fr/problems-platform.json";
import frPrograms from "./messages/fr/problems-programs.json";
import frPublishing from "./messages/fr/problems-publishing.json";
import frSpreadsheet from "./messages/fr/problems-spreadsheet.json";
import frSubmissions from "./messages/fr/problems-submissions.json";
import frSpreadsheetImport from "./messages/fr/spreadsheet-import.json";
import frTimeZone from "./messages/fr/problems-time-zone.json";
import frUsers from "./messages/fr/problems-users.json";
import viCommon from "./messages/vi/problems.json";
import viAccounts from "./messages/vi/problems-accounts.json";
import viAgreements from "./messages/vi/problems-agreements.json";
import viChoices from "./messages/vi/problems-choices.json";
import viDocuments from "./messages/vi/problems-documents.json";
import viExchanges from "./messages/vi/problems-exchanges.json";
import viExports from "./messages/vi/problems-exports.json";
import viFunding from "./messages/vi/problems-funding.json";
import viIati from "./messages/vi/problems-iati.json";
import viImportRows from "./messages/vi/problems-import-rows.json";
import viInstitutions from "./messages/vi/problems-institutions.json";
import viLanguages from "./messages/vi/problems-languages.json";
import viMonitoring from "./messages/vi/problems-monitoring.json";
import viMultilingual from "./messages/vi/problems-multilingual.json";
import viNotifications from "./messages/vi/problems-notifications.json";
import viOrganisations from "./messages/vi/problems-organisations.json";
import viParticipation from "./messages/vi/problems-participation.json";
import viPlans from "./messages/vi/problems-plans.json";
import viPlatform from "./messages/vi/problems-platform.json";
import viPrograms from "./messages/vi/problems-programs.json";
import viPublishing from "./messages/vi/problems-publishing.json";
import viSpreadsheet from "./messages/vi/problems-spreadsheet.json";
import viSubmissions from "./messages/vi/problems-submissions.json";
import viSpreadsheetImport from "./messages/vi/spreadsheet-import.json";
import viTimeZone from "./messages/vi/problems-time-zone.json";
import viUsers from "./messages/vi/problems-users.json";

// The messages errors, validation and form outcomes are written with, in every language, loaded
// with the module: an error must be readable in English the moment it is made (logs, scripts)
// and in the reader's language wherever it is answered, without waiting for a file. Each area's
// own file (problems-<area>.json) is added to every language here.

const en = { ...enCommon, ...enAccounts, ...enAgreements, ...enChoices, ...enDocuments, ...enExchanges, ...enExports, ...enFunding, ...enIati, ...enImportRows, ...enInstitutions, ...enLanguages, ...enMonitoring, ...enMultilingual, ...enNotifications, ...enOrganisations, ...enParticipation, ...enPlans, ...enPlatform, ...enPrograms, ...enPublishing, ...enSpreadsheet, ...enSpreadsheetImport, ...enSubmissions, ...enTimeZone, ...enUsers };

/** The English catalogue: its shape gives the keys `problem()` accepts. */
export type ProblemMessages = typeof en;

export const PROBLEM_MESSAGES: Record<Locale, ProblemMessages> = {
  en,
  es: { ...esCommon, ...esAccounts, ...esAgreements, ...esChoices, ...esDocuments, ...esExchanges, ...esExports, ...esFunding, ...esIati, ...esImportRows, ...esInstitutions, ...esLanguages, ...esMonitoring, ...esMultilingual, ...esNotifications, ...esOrganisations, ...esParticipation, ...esPlans, ...esPlatform, ...esPrograms, ...esPublishing, ...esSpreadsheet, ...esSpreadsheetImport, ...esSubmissions, ...esTimeZone, ...esUsers },
  fr: { ...frCommon, ...frAccounts, ...frAgreements, ...frChoices, ...frDocuments, ...frExchanges, ...frExports, ...frFunding, ...frIati, ...frImportRows, ...frInstitutions, ...frLanguages, ...frMonitoring, ...frMultilingual, ...frNotifications, ...frOrganisations, ...frParticipation, ...frPlans, ...frPlatform, ...frPrograms, ...frPublishing, ...frSpreadsheet, ...frSpreadsheetImport, ...frSubmissions, ...frTimeZone, ...frUsers },
  vi: { ...viCommon, ...viAccounts, ...viAgreements, ...viChoices, ...viDocuments, ...viExchanges, ...viExports, ...viFunding, ...viIati, ...viImportRows, ...viInstitutions, ...viLanguages, ...viMonitoring, ...viMultilingual, ...viNotifications, ...viOrganisations, ...viParticipation, ...viPlans, ...viPlatform, ...viPrograms, ...viPublishing, ...viSpreadsheet, ...viSpreadsheetImport, ...viSubmissions, ...viTimeZone, ...viUsers },
};
