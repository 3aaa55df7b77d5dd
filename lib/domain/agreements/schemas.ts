import { z } from "zod";
import { AgreementKind, AgreementStatus, InstitutionKind, LabourTopic, ProvisionCategory } from "@/lib/platform/db/generated/enums";
import { whenValid, ZCheckbox, ZCountryCode, ZDay, ZId, ZOptionalText, ZOptionalUrl, ZRequiredDay, ZText, ZVersion } from "@/lib/platform/validation";

// The rules for agreements, their labour provisions, institutions and meetings, shared by the
// forms, their server actions and the API.

// ───────────────────────────── Agreements ─────────────────────────────

const agreementFields = {
  title: ZText("Field.agreementTitle", 300),
  shortName: z
    .string({ error: "Enter a short name such as USMCA." })
    .trim()
    .min(2, "Enter a short name such as USMCA.")
    .max(40, "Keep the short name under 40 characters."),
  kind: z.enum(AgreementKind, { error: "Choose whether the agreement is bilateral, regional or plurilateral." }),
  status: z.enum(AgreementStatus, { error: "Choose the agreement's status." }),
  signedOn: ZDay,
  inForceOn: ZDay,
  summary: z.string().trim().max(5000, "Keep the summary under 5,000 characters.").default(""),
  website: ZOptionalUrl,
  parties: z
    .array(ZCountryCode, { error: "Choose the parties to the agreement." })
    .min(2, "An agreement has at least two parties.")
    .max(200, "An agreement has at most 200 parties."),
};

type AgreementShape = { kind: AgreementKind; status: AgreementStatus; signedOn?: Date; inForceOn?: Date; parties: string[] };

/** Rules across fields: dates in order, status consistent with them, each party once. */
function checkAgreement(agreement: AgreementShape, ctx: z.RefinementCtx) {
  if (agreement.signedOn && agreement.inForceOn && agreement.inForceOn < agreement.signedOn) {
    ctx.addIssue({ code: "custom", path: ["inForceOn"], message: "An agreement cannot enter into force before it is signed." });
  }
  if (agreement.inForceOn && !agreement.signedOn) {
    ctx.addIssue({ code: "custom", path: ["signedOn"], message: "Enter the signature date of an agreement that has entered into force." });
  }
  if (agreement.status === "IN_FORCE" && !agreement.inForceOn) {
    ctx.addIssue({ code: "custom", path: ["inForceOn"], message: "Enter the date the agreement entered into force." });
  }
  if (agreement.status === "SIGNED" && !agreement.signedOn) {
    ctx.addIssue({ code: "custom", path: ["signedOn"], message: "Enter the date the agreement was signed." });
  }
  const duplicates = agreement.parties.filter((code, index) => agreement.parties.indexOf(code) !== index);
  if (duplicates.length) {
    ctx.addIssue({ code: "custom", path: ["parties"], message: `Each party may be listed once (${[...new Set(duplicates)].join(", ")} is listed twice).` });
  }
  if (agreement.kind === "BILATERAL" && new Set(agreement.parties).size !== 2) {
    ctx.addIssue({ code: "custom", path: ["parties"], message: "A bilateral agreement has exactly two parties." });
  }
}

const AGREEMENT_CHECKED = whenValid("kind", "status", "signedOn", "inForceOn", "parties");
export const ZCreateAgreement = z.object(agreementFields).superRefine(checkAgreement, AGREEMENT_CHECKED);
export type TCreateAgreement = z.infer<typeof ZCreateAgreement>;

export const ZUpdateAgreement = z.object({ version: ZVersion, ...agreementFields }).superRefine(checkAgreement, AGREEMENT_CHECKED);
export type TUpdateAgreement = z.infer<typeof ZUpdateAgreement>;

export const AGREEMENT_SORTS = ["title", "-title", "inForceOn", "-inForceOn", "signedOn", "-signedOn"] as const;

/** The agreement list's filters and order, as they appear in the page's query string and the API's. */
export const ZAgreementFilter = z.object({
  q: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  party: ZCountryCode.optional(),
  status: z.enum(AgreementStatus, { error: "Choose a status from the list." }).optional(),
  kind: z.enum(AgreementKind, { error: "Choose a kind from the list." }).optional(),
  sort: z.enum(AGREEMENT_SORTS, { error: `Sort by one of: ${AGREEMENT_SORTS.join(", ")}.` }).default("title"),
});
export type TAgreementFilter = z.infer<typeof ZAgreementFilter>;

// ───────────────────────────── Labour provisions ─────────────────────────────

const provisionFields = {
  article: ZText("Field.article", 60),
  category: z.enum(ProvisionCategory, { error: "Choose the provision's category." }),
  topic: z.enum(LabourTopic, { error: "Choose the provision's topic." }),
  title: ZText("Field.provisionTitle", 300),
  text: ZText("Field.provisionText", 20_000),
};

export const ZCreateProvision = z.object({ agreementId: ZId("Which agreement? The form is missing it."), ...provisionFields });
export type TCreateProvision = z.infer<typeof ZCreateProvision>;

export const ZUpdateProvision = z.object({ version: ZVersion, ...provisionFields });
export type TUpdateProvision = z.infer<typeof ZUpdateProvision>;

// ───────────────────────────── Institutions ─────────────────────────────

const institutionFields = {
  kind: z.enum(InstitutionKind, { error: "Choose the kind of institution." }),
  name: ZText("Field.institutionName", 300),
  countryCode: ZCountryCode.optional().or(z.literal("").transform(() => undefined)),
  hostOrganisationId: ZId("Choose the hosting organisation from the list.").optional().or(z.literal("").transform(() => undefined)),
  contactName: ZOptionalText("Field.contactName", 200),
  contactEmail: z
    .string()
    .trim()
    .max(254, "An email address has at most 254 characters.")
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.email({ error: "Enter a valid email address, such as contact@ministry.gov." }).optional()),
  contactPhone: z
    .string()
    .trim()
    .max(40, "Keep the phone number under 40 characters.")
    .regex(/^[+0-9 ()./-]*$/, "Use digits, spaces and + ( ) - . / only.")
    .optional()
    .transform((value) => value || undefined),
  address: ZOptionalText("Field.address", 500),
  website: ZOptionalUrl,
  mandate: z.string().trim().max(5000, "Keep the mandate under 5,000 characters.").default(""),
};

type InstitutionShape = { kind: InstitutionKind; countryCode?: string };

function checkInstitution(institution: InstitutionShape, ctx: z.RefinementCtx) {
  if (institution.kind === "CONTACT_POINT" && !institution.countryCode) {
    ctx.addIssue({ code: "custom", path: ["countryCode"], message: "Choose the party this contact point serves." });
  }
}

export const ZCreateInstitution = z
  .object({ agreementId: ZId("Choose the agreement that created the institution."), ...institutionFields })
  .superRefine(checkInstitution, whenValid("kind", "countryCode"));
export type TCreateInstitution = z.infer<typeof ZCreateInstitution>;

export const ZUpdateInstitution = z.object({ version: ZVersion, ...institutionFields }).superRefine(checkInstitution, whenValid("kind", "countryCode"));
export type TUpdateInstitution = z.infer<typeof ZUpdateInstitution>;

/** The institution directory's filters: "whom do I contact about agreement X in country Y". */
export const ZInstitutionFilter = z.object({
  agreement: ZId("Choose an agreement from the list.").optional(),
  country: ZCountryCode.optional(),
  kind: z.enum(InstitutionKind, { error: "Choose a kind from the list." }).optional(),
  q: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
});
export type TInstitutionFilter = z.infer<typeof ZInstitutionFilter>;

// ───────────────────────────── Meetings ─────────────────────────────

/** Decisions as a list, or as the lines of a text area (one decision per line). */
const ZDecisions = z
  .union([z.array(z.string()), z.string()], { error: "List the decisions, one per line." })
  .default([])
  .transform((value) => (typeof value === "string" ? value.split(/\r?\n/) : value).map((line) => line.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.string().max(2000, "Keep each decision under 2,000 characters."))
      .max(100, "Record at most 100 decisions per meeting."),
  );

const meetingFields = {
  date: ZRequiredDay("Enter the meeting's date as YYYY-MM-DD."),
  place: ZText("Field.meetingPlace", 200),
  summary: z.string().trim().max(10_000, "Keep the summary under 10,000 characters.").default(""),
  isPublic: ZCheckbox,
  decisions: ZDecisions,
};

export const ZCreateMeeting = z.object({ institutionId: ZId("Which institution met? The form is missing it."), ...meetingFields });
export type TCreateMeeting = z.infer<typeof ZCreateMeeting>;

export const ZUpdateMeeting = z.object({ version: ZVersion, ...meetingFields });
export type TUpdateMeeting = z.infer<typeof ZUpdateMeeting>;
