import { ZDocumentMeta } from "@/lib/domain/documents/schemas";
import { codeName, inCodelist } from "../codes";
import { childNamed, childrenNamed } from "../xml-tree";
import type { ReadContext } from "./context";
import type { ReadDocument } from "./types";
import { first, isoDay } from "./values";
import { iatiText } from "../iati-text";

/** The document links with a category of IATI's codelist and an http(s) address. */
export function readDocuments({ element, problem, texts, withTranslations }: ReadContext): ReadDocument[] {
  const documents: ReadDocument[] = [];
  childrenNamed(element, "document-link").forEach((link, index) => {
    const where = `document-link ${index + 1}`;
    const docTitle = texts(childNamed(link, "title"), `${where} title`);
    const categories = childrenNamed(link, "category").map((category) => category.attrs.code?.trim() ?? "");
    const known = categories.filter((code) => inCodelist("DocumentCategory", code));
    const category = known.find((code) => code.startsWith("A")) ?? known[0];
    if (!category) {
      problem("error", where, categories.length ? iatiText("documentCategoriesUnknown", { categories: categories.join(", ") }) : iatiText("documentNoCategory"));
      return;
    }
    if (known.length > 1) problem("warning", where, iatiText("documentSeveralCategories", { category }));
    if (!category.startsWith("A")) problem("warning", where, iatiText("documentOrganisationCategory", { category, name: codeName("DocumentCategory", category) }));
    const input = {
      title: docTitle?.text ?? link.attrs.url ?? "",
      // The form's check is for activity categories; any category of the codelist is kept as the file gives it.
      category: "A01",
      url: link.attrs.url?.trim() ?? "",
      languageCode: childNamed(link, "language")?.attrs.code?.trim() ?? "",
      documentDate: isoDay(childNamed(link, "document-date")?.attrs["iso-date"]) ?? "",
    };
    const parsed = ZDocumentMeta.safeParse(input);
    if (!parsed.success || !parsed.data.url) problem("error", where, parsed.success ? iatiText("documentNoAddress") : iatiText("notKeptBecause", { reason: first(parsed.error) }));
    else documents.push({ input: { ...parsed.data, category, url: parsed.data.url }, format: link.attrs.format?.trim() || "text/html", translations: withTranslations({ title: docTitle }) });
  });
  return documents;
}
