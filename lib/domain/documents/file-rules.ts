import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { problem } from "@/lib/platform/i18n/problem";

/** The largest file a document may be (10 MiB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** What may be uploaded, by extension: the content type it is served with. */
export const DOCUMENT_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  png: "image/png",
  jpg: "image/jpeg",
  csv: "text/csv; charset=utf-8",
  txt: "text/plain; charset=utf-8",
};

const TEXT_TYPES = ["csv", "txt"];

export type CheckedFile = { fileName: string; contentType: string; data: Uint8Array };

/**
 * Checks an uploaded file: its size, and that its contents are of an allowed type matching its
 * extension (the type the browser claims is ignored). Returns the problem (a message reference), or the
 * file with the content type it will be served with.
 */
export async function checkDocumentFile(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }): Promise<CheckedFile | string> {
  if (file.size === 0) return problem("DocumentProblem.fileEmpty");
  if (file.size > MAX_DOCUMENT_BYTES) return problem("DocumentProblem.fileTooLarge", { size: megabytes(file.size), limit: megabytes(MAX_DOCUMENT_BYTES) });
  const fileName = safeFileName(file.name);
  let extension = fileName.includes(".") ? fileName.split(".").pop()!.toLowerCase() : "";
  if (extension === "jpeg") extension = "jpg";
  if (!DOCUMENT_TYPES[extension]) return problem("DocumentProblem.fileType");

  const data = new Uint8Array(await file.arrayBuffer());
  if (data.byteLength > MAX_DOCUMENT_BYTES) return problem("DocumentProblem.fileLargerThan", { limit: megabytes(MAX_DOCUMENT_BYTES) });
  const detected = await fileTypeFromBuffer(data);
  if (TEXT_TYPES.includes(extension)) {
    if (detected || !isUtf8Text(data)) return problem("DocumentProblem.notUtf8", { extension });
  } else if (!detected || (detected.ext === "jpg" ? "jpg" : detected.ext) !== extension) {
    return detected
      ? problem("DocumentProblem.contentsLookLike", { extension, detected: detected.ext })
      : problem("DocumentProblem.contentsMismatch", { extension });
  }
  return { fileName, contentType: DOCUMENT_TYPES[extension]!, data };
}

function isUtf8Text(data: Uint8Array): boolean {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(data);
    return !text.includes("\u0000");
  } catch {
    return false;
  }
}

/** The name without any folder, control characters or characters that are unsafe in a header, at most 200 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "_").trim();
  return (cleaned || "document").slice(-200);
}

/** Mebibytes, to one decimal as the message writes them. */
function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
