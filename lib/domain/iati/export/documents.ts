import { LINK_FORMAT } from "../codes";
import { readTranslations } from "../translations";
import { attributes, day, narratives, type Node } from "./nodes";
import type { ExportedProgram } from "./types";

/** The program's `document-link` elements; an uploaded document (no URL of its own) is linked at `documentUrl`. */
export function documentLinks(program: ExportedProgram, documentUrl: (documentId: string) => string): Node[] {
  return program.documents.map((document) => ({
    ...attributes({ format: document.contentType ?? LINK_FORMAT, url: document.url ?? documentUrl(document.id) }),
    title: { narrative: narratives(document.title, readTranslations(document.translations).title) },
    category: { "@_code": document.category },
    ...(document.languageCode ? { language: { "@_code": document.languageCode } } : {}),
    ...(document.documentDate ? { "document-date": { "@_iso-date": day(document.documentDate) } } : {}),
  }));
}
