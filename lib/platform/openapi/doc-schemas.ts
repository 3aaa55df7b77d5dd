import { z } from "zod";
import { ZDocumentMeta } from "@/lib/domain/documents/schemas";
import { ZCreateProgram, ZProgramEdit, ZProgramPatch, ZProgramReporter } from "@/lib/domain/programs/schemas";
import { LOCALES } from "@/lib/platform/i18n/locales";
import { problem } from "@/lib/platform/i18n/problem";
import { ZCheckbox, ZVersion } from "@/lib/platform/validation";

// Schemas for inputs that a route reads field by field rather than with one zod schema. Each is built
// from the schemas the route's domain function validates with, so the document follows them.

/** `?version=`: the version a DELETE removes (the domain functions parse it with ZVersion). */
export const ZVersionQuery = z.object({ version: ZVersion });

/** `{"version"}`: a body that only confirms the version (verify a measure, withdraw a request). */
export const ZVersionBody = z.object({ version: ZVersion });

/** `?organisation=`: the overdue measures of one responsible organisation (read as is by the route). */
export const ZOverdueQuery = z.object({ organisation: z.string().min(1).max(100).optional() });

/** A document upload: the fields of a link, and the file instead of (or beside) its `url`. */
export const ZDocumentUpload = ZDocumentMeta.extend({ file: z.file() });

/** A submission's evidence as a link: a document's fields and `withheld` (lib/domain/submissions/submission-documents.ts reads it). */
export const ZSubmissionDocumentLink = ZDocumentMeta.extend({ withheld: ZCheckbox });

/** A submission's evidence as an upload, with `withheld` as a form field. */
export const ZSubmissionDocumentUpload = ZDocumentUpload.extend({ withheld: ZCheckbox });

/** The transaction import form (lib/domain/funding/transaction-import/ reads the file, the route the rest). */
export const ZTransactionImport = z.object({
  file: z.file(),
  mode: z.enum(["preview", "import"]).default("preview"),
  withWarnings: z.enum(["true", "false"]).default("false"),
  /** The rows to import by their numbers in the preview ("2,3,5"); without it, `withWarnings` decides. */
  lines: z.string().regex(/^\d+(,\d+)*$/).optional(),
});

/** Every field of a new program, whichever type it belongs to (the type decides which are required). */
function programFields(): Record<string, z.ZodType> {
  return Object.assign({}, ...ZCreateProgram.options.map((option) => option.shape));
}

/**
 * A program PATCH: the keys ZProgramPatch allows (it refuses any other), each with the rule
 * ZCreateProgram applies to it once merged with the stored program, plus `version` and
 * `statusReason` as ZProgramEdit reads them.
 */
export function programPatchSchema() {
  const fields = programFields();
  const shape = Object.fromEntries(
    // The reporting organisation is named in the PATCH schema only to refuse it with a clear message.
    Object.keys(ZProgramPatch.shape).filter((key) => key !== "reportingOrganisationId").map((key) => {
      const rule = key in ZProgramEdit.shape ? ZProgramEdit.shape[key as keyof typeof ZProgramEdit.shape] : key === "type" ? ZProgramPatch.shape.type : fields[key];
      return [key, key === "version" ? rule : (rule ?? z.unknown()).optional()];
    }),
  );
  return z.object(shape).strict();
}

export const ZProgramPatchDocument = programPatchSchema();

/** A new program with its reporting organisation, which an administrator names (lib/domain/programs/create-program.ts). */
export const ZCreateProgramDocument = z.intersection(ZCreateProgram, ZProgramReporter);

/** The IATI import's upload (lib/domain/iati/read-upload.ts). */
export const ZIatiUpload = z.object({
  file: z.file().describe("An IATI activities file (2.01–2.03), at most 10 MB."),
  agreementId: z.string().optional().describe("The agreement for activities that do not name one (files written by a tracker do)."),
});

export const ZSpreadsheetUpload = z.object({
  files: z.array(z.file()).describe("One XLSX workbook filled in from the template, or CSV files of its sheets (one sheet each); at most 10 MB and 20,000 rows."),
  locale: z.enum(LOCALES).optional().describe("The language the cells' amounts and dates are written in (es: 1.250.000,50 and 31/03/2026); else the Accept-Language."),
});

/** `?lang=`: the language of the OpenAPI document's prose (app/api/v1/openapi.json/route.ts). */
export const ZOpenApiQuery = z.object({
  lang: z
    .preprocess((value) => (value === "" ? undefined : value), z.enum(LOCALES, { error: problem("ApiReferenceProblem.language", { languages: LOCALES.join(", ") }) }).optional())
    .describe("The language of the titles and descriptions; without it, Accept-Language, else English. Paths, names and values are the same in every language."),
});
