import { z } from "zod";
import { LabourTopic, ProgramStatus } from "@/lib/db/generated/enums";
import { ZDay, ZId, ZText } from "./common";

/** The program fields every type shares that can be edited as text, plus publishing. */
export const ZUpdateProgramCore = z
  .object({
    version: z.coerce.number({ message: "The version you edited is required." }).int().positive(),
    title: z.string().trim().min(3, "The title needs at least 3 characters.").max(300, "Keep the title under 300 characters.").optional(),
    summary: z.string().trim().max(5000, "Keep the summary under 5,000 characters.").optional(),
    objectives: z.string().trim().max(5000, "Keep the objectives under 5,000 characters.").optional(),
    visibility: z.enum(["DRAFT", "PUBLISHED"], { message: "Visibility is DRAFT or PUBLISHED." }).optional(),
  })
  .strict();
export type TUpdateProgramCore = z.infer<typeof ZUpdateProgramCore>;

// ───────────────────────────── Creating a program ─────────────────────────────

/** An amount of money as a decimal string with at most 16 digits before the point and 4 after. */
export const ZAmount = z
  .union([z.string(), z.number()], { error: "Enter an amount such as 250000 or 1250.50." })
  .transform((value) => String(value).trim())
  .pipe(z.string().regex(/^\d{1,16}(\.\d{1,4})?$/, "Enter an amount such as 250000 or 1250.50: digits, at most 4 after the point."));

/** An IATI activity identifier: the reporting organisation's identifier, a hyphen, a local code. */
export const IATI_ACTIVITY_IDENTIFIER = /^[A-Za-z0-9]+-[A-Za-z0-9][A-Za-z0-9._-]*$/;

const common = {
  agreementId: ZId("Choose the agreement the program belongs to."),
  leadInstitutionId: ZId("Choose a lead institution of this agreement.").optional(),
  identifier: z
    .string({ error: "Enter the program's identifier." })
    .trim()
    .min(1, "Enter the program's identifier.")
    .max(150, "An identifier has at most 150 characters.")
    .regex(IATI_ACTIVITY_IDENTIFIER, "Use an IATI-style identifier: the reporting organisation's identifier, a hyphen, a local code (US-GOV-1-LAB-2026-01)."),
  title: z.string({ error: "Enter a title." }).trim().min(3, "The title needs at least 3 characters.").max(300, "Keep the title under 300 characters."),
  summary: z.string().trim().max(5000, "Keep the summary under 5,000 characters.").default(""),
  objectives: z.string().trim().max(5000, "Keep the objectives under 5,000 characters.").default(""),
  status: z.enum(ProgramStatus, { error: "Choose a status." }).default("PIPELINE"),
  topics: z
    .array(z.enum(LabourTopic, { error: "Choose topics from the list." }), { error: "Choose topics from the list." })
    .refine((topics) => new Set(topics).size === topics.length, "Each topic may be chosen once.")
    .default([]),
  beneficiaryCountries: z
    .array(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Use two-letter country codes such as MX."), {
      error: "List beneficiary countries as two-letter codes.",
    })
    .max(250)
    .refine((codes) => new Set(codes).size === codes.length, "Each beneficiary country may be listed once.")
    .default([]),
  provisionIds: z
    .array(ZId("Choose provisions of this agreement."), { error: "List provisions by id." })
    .max(200, "Link at most 200 provisions.")
    .refine((ids) => new Set(ids).size === ids.length, "Each provision may be linked once.")
    .default([]),
  plannedStart: ZDay,
  plannedEnd: ZDay,
  actualStart: ZDay,
  actualEnd: ZDay,
  currencyCode: z
    .string({ error: "Choose the program's currency." })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "Use a three-letter ISO 4217 currency code such as USD."),
  visibility: z.enum(["DRAFT", "PUBLISHED"], { error: "Visibility is DRAFT or PUBLISHED." }).default("DRAFT"),
};

/**
 * A new program. The type decides which details it needs: financial assistance its funder and
 * amount, joint research its questions and outputs, information sharing what is exchanged and
 * between whom, technical cooperation its area of expertise.
 */
export const ZCreateProgram = z
  .discriminatedUnion(
    "type",
    [
      z.object({
        ...common,
        type: z.literal("FINANCIAL_ASSISTANCE"),
        funderId: ZId("Choose the funding organisation."),
        fundingAmount: ZAmount,
      }),
      z.object({ ...common, type: z.literal("TECHNICAL_COOPERATION"), expertiseArea: ZText("area of expertise", 500) }),
      z.object({
        ...common,
        type: z.literal("JOINT_RESEARCH"),
        researchQuestions: ZText("research questions", 5000),
        researchOutputs: ZText("expected research outputs", 5000),
      }),
      z.object({
        ...common,
        type: z.literal("INFORMATION_SHARING"),
        exchangeSubject: ZText("subject of the exchange", 1000),
        exchangeBetween: ZText("parties to the exchange", 1000),
      }),
    ],
    { error: "Choose the program's type: FINANCIAL_ASSISTANCE, TECHNICAL_COOPERATION, JOINT_RESEARCH or INFORMATION_SHARING." },
  )
  .superRefine((program, ctx) => {
    if (program.plannedStart && program.plannedEnd && program.plannedEnd < program.plannedStart) {
      ctx.addIssue({ code: "custom", path: ["plannedEnd"], message: "The planned end cannot be before the planned start." });
    }
    if (program.actualEnd && !program.actualStart) {
      ctx.addIssue({ code: "custom", path: ["actualStart"], message: "Enter the actual start when there is an actual end." });
    }
    if (program.actualStart && program.actualEnd && program.actualEnd < program.actualStart) {
      ctx.addIssue({ code: "custom", path: ["actualEnd"], message: "The actual end cannot be before the actual start." });
    }
  });
export type TCreateProgram = z.infer<typeof ZCreateProgram>;
