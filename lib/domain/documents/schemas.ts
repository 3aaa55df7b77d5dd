import { z } from "zod";
import { ACTIVITY_DOCUMENT_CATEGORIES } from "@/lib/domain/iati/document-categories";
import { ZDay, ZOptionalUrl, ZText } from "@/lib/platform/validation";

const CATEGORY_CODES = ACTIVITY_DOCUMENT_CATEGORIES.map((category) => category.code) as [string, ...string[]];

/** A document's description; the document itself is a link (`url`) or an uploaded file, sent beside it. */
export const ZDocumentMeta = z.object({
  title: ZText("Field.documentTitle", 300),
  category: z.enum(CATEGORY_CODES, { error: "Choose the document's IATI category (A01 to A12)." }),
  languageCode: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.string().regex(/^[a-z]{2}$/, "Use a two-letter language code such as en, es or fr.").optional()),
  documentDate: ZDay,
  url: ZOptionalUrl,
});
export type TDocumentMeta = z.infer<typeof ZDocumentMeta>;
