/**
 * The message namespaces client components read with `useTranslations`. Only these are sent to the
 * browser, and only with the pages that render such a component, inside <ClientMessages> (the others
 * are used on the server alone); tests/unit/i18n.test.ts keeps the list in step with the components.
 */
export const CLIENT_NAMESPACES = [
  "AdminOrganisations",
  "AdminUsers",
  "AgreementForm",
  "AgreementKind",
  "AgreementStatus",
  "ApiTokens",
  "ExchangeForm",
  "ExchangeKind",
  "ForgotPassword",
  "Forms",
  "Iati",
  "ImportProgress",
  "InstitutionForm",
  "InstitutionKind",
  "LabourTopic",
  "MeetingForm",
  "OrganisationKind",
  "ParticipantRole",
  "ProgramForm",
  "ProgramParts",
  "ProgramStatus",
  "ProgramTranslations",
  "ProgramType",
  "ProvisionCategory",
  "ProvisionForm",
  "RecordLanguage",
  "Role",
  "SetPassword",
  "SignIn",
  "SpreadsheetImportForm",
  "SubmissionForm",
  "TransactionImport",
  "TransactionImportRows",
] as const;

