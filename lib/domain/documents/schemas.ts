import { z } from "zod";
import { ACTIVITY_DOCUMENT_CATEGORIES } from "@/lib/domain/iati/document-categories";
import { ZDay, ZOptionalUrl, ZText } from "@/lib/platform/validation";
import { problem } from "@/lib/platform/i18n/problem";

const CATEGORY_CODES = ACTIVITY_DOCUMENT_CATEGORIES.map((category) => category.code) as [string, ...string[]];

/** A document's description; the document itself is a link (`url`) or an uploaded file, sent beside it. */
export const ZDocumentMeta = z.object({
  title: ZText("Field.documentTitle", 300),
  category: z.enum(CATEGORY_CODES, { error: problem("DocumentProblem.chooseCategory") }),
  languageCode: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.string().regex(/^[a-z]{2}$/, problem("DocumentProblem.languageCode")).optional()),
  documentDate: ZDay,
  url: ZOptionalUrl,
});
export type TDocumentMeta = z.infer<typeof ZDocumentMeta>;
