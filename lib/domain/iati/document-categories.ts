import categories from "./document-categories.json" with { type: "json" };

/** An IATI DocumentCategory code (codelist 2.03): A.. for an activity, B.. for an organisation. */
export type DocumentCategory = { code: string; name: string; group: string };

export const DOCUMENT_CATEGORIES: readonly DocumentCategory[] = categories;

/** The categories that describe an activity, which is what a program's documents are. */
export const ACTIVITY_DOCUMENT_CATEGORIES = DOCUMENT_CATEGORIES.filter((category) => category.group === "A");

export function documentCategoryName(code: string): string {
  return DOCUMENT_CATEGORIES.find((category) => category.code === code)?.name ?? code;
}
