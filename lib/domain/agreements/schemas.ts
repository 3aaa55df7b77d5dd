import { z } from "zod";
import { AgreementKind, AgreementStatus, InstitutionKind, LabourTopic, ProvisionCategory } from "@/lib/platform/db/generated/enums";
import { checkTranslationLanguages, ZLanguage, ZTranslations } from "@/lib/platform/i18n/record-translations";
import { whenValid, ZCheckbox, ZCountryCode, ZDay, ZId, ZOptionalText, ZOptionalUrl, ZRequiredDay, ZText, ZVersion, ZWholeNumber } from "@/lib/platform/validation";
import { problem } from "@/lib/platform/i18n/problem";

// The rules for agreements, their labour provisions, institutions and meetings, shared by the
// forms, their server actions and the API.

// ───────────────────────────── Agreements ─────────────────────────────

const agreementFields = {
  title: ZText("Field.agreementTitle", 300),
  shortName: z
    .string({ error: problem("AgreementProblem.enterShortName") })
    .trim()
    .min(2, problem("AgreementProblem.enterShortName"))
    .max(40, problem("AgreementProblem.shortNameTooLong", { max: 40 })),
  kind: z.enum(AgreementKind, { error: problem("AgreementProblem.chooseKind") }),
  status: z.enum(AgreementStatus, { error: problem("AgreementProblem.chooseStatus") }),
  signedOn: ZDay,
  inForceOn: ZDay,
  terminatedOn: ZDay,
  summary: z.string().trim().max(5000, problem("AgreementProblem.summaryTooLong", { max: 5000 })).default(""),
  website: ZOptionalUrl,
  /** Days a contact point has to decide on a public submission, and then to report; unchanged when not given. */
  submissionDecisionDays: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    ZWholeNumber(problem("AgreementProblem.submissionDays"), z.number().min(1, problem("AgreementProblem.submissionDays")).max(3650, problem("AgreementProblem.submissionDays"))).optional(),
  ),
  submissionReportDays: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    ZWholeNumber(problem("AgreementProblem.submissionDays"), z.number().min(1, problem("AgreementProblem.submissionDays")).max(3650, problem("AgreementProblem.submissionDays"))).optional(),
  ),
  parties: z
    .array(ZCountryCode, { error: problem("AgreementProblem.chooseParties") })
    .min(2, problem("AgreementProblem.tooFewParties"))
    .max(200, problem("AgreementProblem.tooManyParties", { max: 200 })),
  /** The language the summary is written in; the title is the official one, in its own language. */
  language: ZLanguage.optional(),
  translations: ZTranslations({ summary: { field: "Field.summary", max: 5000 } }),
};

type AgreementShape = { kind: AgreementKind; status: AgreementStatus; signedOn?: Date; inForceOn?: Date; terminatedOn?: Date; parties: string[] };

/** Rules across fields: dates in order, status consistent with them, each party once. */
function checkAgreement(agreement: AgreementShape, ctx: z.RefinementCtx) {
  if (agreement.signedOn && agreement.inForceOn && agreement.inForceOn < agreement.signedOn) {
    ctx.addIssue({ code: "custom", path: ["inForceOn"], message: problem("AgreementProblem.inForceBeforeSigned") });
  }
  if (agreement.inForceOn && !agreement.signedOn) {
    ctx.addIssue({ code: "custom", path: ["signedOn"], message: problem("AgreementProblem.signedBeforeInForce") });
  }
  if (agreement.status === "IN_FORCE" && !agreement.inForceOn) {
    ctx.addIssue({ code: "custom", path: ["inForceOn"], message: problem("AgreementProblem.enterInForce") });
  }
  if (agreement.terminatedOn && agreement.status !== "TERMINATED") {
    ctx.addIssue({ code: "custom", path: ["terminatedOn"], message: problem("AgreementProblem.terminatedOnlyWhenTerminated") });
  }
  if (agreement.terminatedOn && agreement.inForceOn && agreement.terminatedOn < agreement.inForceOn) {
    ctx.addIssue({ code: "custom", path: ["terminatedOn"], message: problem("AgreementProblem.terminatedBeforeInForce") });
  }
  if (agreement.status === "SIGNED" && !agreement.signedOn) {
    ctx.addIssue({ code: "custom", path: ["signedOn"], message: problem("AgreementProblem.enterSigned") });
  }
  const duplicates = agreement.parties.filter((code, index) => agreement.parties.indexOf(code) !== index);
  if (duplicates.length) {
    ctx.addIssue({ code: "custom", path: ["parties"], message: problem("AgreementProblem.partyTwice", { parties: [...new Set(duplicates)].join(", ") }) });
  }
  if (agreement.kind === "BILATERAL" && new Set(agreement.parties).size !== 2) {
    ctx.addIssue({ code: "custom", path: ["parties"], message: problem("AgreementProblem.bilateralTwoParties") });
  }
}

const AGREEMENT_CHECKED = whenValid("kind", "status", "signedOn", "inForceOn", "terminatedOn", "parties");
const LANGUAGES_CHECKED = whenValid("language", "translations");
export const ZCreateAgreement = z.object(agreementFields).superRefine(checkAgreement, AGREEMENT_CHECKED).superRefine(checkTranslationLanguages, LANGUAGES_CHECKED);
export type TCreateAgreement = z.infer<typeof ZCreateAgreement>;

export const ZUpdateAgreement = z
  .object({ version: ZVersion, ...agreementFields })
  .superRefine(checkAgreement, AGREEMENT_CHECKED)
  .superRefine(checkTranslationLanguages, LANGUAGES_CHECKED);
export type TUpdateAgreement = z.infer<typeof ZUpdateAgreement>;

export const AGREEMENT_SORTS = ["title", "-title", "inForceOn", "-inForceOn", "signedOn", "-signedOn"] as const;

/** The agreement list's filters and order, as they appear in the page's query string and the API's. */
export const ZAgreementFilter = z.object({
  q: z.string().trim().max(200, problem("AgreementProblem.searchTooLong", { max: 200 })).optional(),
  party: ZCountryCode.optional(),
  status: z.enum(AgreementStatus, { error: problem("AgreementProblem.statusFromList") }).optional(),
  kind: z.enum(AgreementKind, { error: problem("AgreementProblem.kindFromList") }).optional(),
  sort: z.enum(AGREEMENT_SORTS, { error: problem("AgreementProblem.sortBy", { sorts: AGREEMENT_SORTS.join(", ") }) }).default("title"),
});
export type TAgreementFilter = z.infer<typeof ZAgreementFilter>;

// ───────────────────────────── Labour provisions ─────────────────────────────

const provisionFields = {
  article: ZText("Field.article", 60),
  category: z.enum(ProvisionCategory, { error: problem("ProvisionProblem.chooseCategory") }),
  topic: z.enum(LabourTopic, { error: problem("ProvisionProblem.chooseTopic") }),
  title: ZText("Field.provisionTitle", 300),
  text: ZText("Field.provisionText", 20_000),
};

export const ZCreateProvision = z.object({ agreementId: ZId(problem("ProvisionProblem.missingAgreement")), ...provisionFields });
export type TCreateProvision = z.infer<typeof ZCreateProvision>;

export const ZUpdateProvision = z.object({ version: ZVersion, ...provisionFields });
export type TUpdateProvision = z.infer<typeof ZUpdateProvision>;

// ───────────────────────────── Institutions ─────────────────────────────

const institutionFields = {
  kind: z.enum(InstitutionKind, { error: problem("InstitutionProblem.chooseKind") }),
  name: ZText("Field.institutionName", 300),
  countryCode: ZCountryCode.optional().or(z.literal("").transform(() => undefined)),
  hostOrganisationId: ZId(problem("InstitutionProblem.chooseHost")).optional().or(z.literal("").transform(() => undefined)),
  contactName: ZOptionalText("Field.contactName", 200),
  contactEmail: z
    .string()
    .trim()
    .max(254, problem("InstitutionProblem.emailTooLong", { max: 254 }))
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.email({ error: problem("InstitutionProblem.invalidEmail") }).optional()),
  contactPhone: z
    .string()
    .trim()
    .max(40, problem("InstitutionProblem.phoneTooLong", { max: 40 }))
    .regex(/^[+0-9 ()./-]*$/, problem("InstitutionProblem.phoneCharacters"))
    .optional()
    .transform((value) => value || undefined),
  address: ZOptionalText("Field.address", 500),
  website: ZOptionalUrl,
  mandate: z.string().trim().max(5000, problem("InstitutionProblem.mandateTooLong", { max: 5000 })).default(""),
};

type InstitutionShape = { kind: InstitutionKind; countryCode?: string };

function checkInstitution(institution: InstitutionShape, ctx: z.RefinementCtx) {
  if (institution.kind === "CONTACT_POINT" && !institution.countryCode) {
    ctx.addIssue({ code: "custom", path: ["countryCode"], message: problem("InstitutionProblem.chooseParty") });
  }
}

export const ZCreateInstitution = z
  .object({ agreementId: ZId(problem("InstitutionProblem.chooseAgreement")), ...institutionFields })
  .superRefine(checkInstitution, whenValid("kind", "countryCode"));
export type TCreateInstitution = z.infer<typeof ZCreateInstitution>;

export const ZUpdateInstitution = z.object({ version: ZVersion, ...institutionFields }).superRefine(checkInstitution, whenValid("kind", "countryCode"));
export type TUpdateInstitution = z.infer<typeof ZUpdateInstitution>;

/** The institution directory's filters: "whom do I contact about agreement X in country Y". */
export const ZInstitutionFilter = z.object({
  agreement: ZId(problem("InstitutionProblem.agreementFromList")).optional(),
  country: ZCountryCode.optional(),
  kind: z.enum(InstitutionKind, { error: problem("InstitutionProblem.kindFromList") }).optional(),
  q: z.string().trim().max(200, problem("InstitutionProblem.searchTooLong", { max: 200 })).optional(),
});
export type TInstitutionFilter = z.infer<typeof ZInstitutionFilter>;

// ───────────────────────────── Meetings ─────────────────────────────

/** Decisions as a list, or as the lines of a text area (one decision per line). */
const ZDecisions = z
  .union([z.array(z.string()), z.string()], { error: problem("MeetingProblem.decisionsList") })
  .default([])
  .transform((value) => (typeof value === "string" ? value.split(/\r?\n/) : value).map((line) => line.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.string().max(2000, problem("MeetingProblem.decisionTooLong", { max: 2000 })))
      .max(100, problem("MeetingProblem.tooManyDecisions", { max: 100 })),
  );

const meetingFields = {
  date: ZRequiredDay(problem("MeetingProblem.date")),
  place: ZText("Field.meetingPlace", 200),
  summary: z.string().trim().max(10_000, problem("MeetingProblem.summaryTooLong", { max: 10_000 })).default(""),
  isPublic: ZCheckbox,
  decisions: ZDecisions,
};

export const ZCreateMeeting = z.object({ institutionId: ZId(problem("MeetingProblem.missingInstitution")), ...meetingFields });
export type TCreateMeeting = z.infer<typeof ZCreateMeeting>;

export const ZUpdateMeeting = z.object({ version: ZVersion, ...meetingFields });
export type TUpdateMeeting = z.infer<typeof ZUpdateMeeting>;
