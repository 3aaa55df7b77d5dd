import "server-only";
import { fileTypeFromBuffer } from "file-type";

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
const ALLOWED = "PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods), PNG, JPEG, CSV or plain text";

export type CheckedFile = { fileName: string; contentType: string; data: Uint8Array };

/**
 * Checks an uploaded file: its size, and that its contents are of an allowed type matching its
 * extension (the type the browser claims is ignored). Returns the problem as a sentence, or the
 * file with the content type it will be served with.
 */
export async function checkDocumentFile(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }): Promise<CheckedFile | string> {
  if (file.size === 0) return "The file is empty.";
  if (file.size > MAX_DOCUMENT_BYTES) return `The file is ${megabytes(file.size)}; the limit is ${megabytes(MAX_DOCUMENT_BYTES)}.`;
  const fileName = safeFileName(file.name);
  let extension = fileName.includes(".") ? fileName.split(".").pop()!.toLowerCase() : "";
  if (extension === "jpeg") extension = "jpg";
  if (!DOCUMENT_TYPES[extension]) return `Upload a ${ALLOWED} file.`;

  const data = new Uint8Array(await file.arrayBuffer());
  if (data.byteLength > MAX_DOCUMENT_BYTES) return `The file is larger than ${megabytes(MAX_DOCUMENT_BYTES)}.`;
  const detected = await fileTypeFromBuffer(data);
  if (TEXT_TYPES.includes(extension)) {
    if (detected || !isUtf8Text(data)) return `This .${extension} file is not plain text in UTF-8. Save it as UTF-8 text and try again.`;
  } else if (!detected || (detected.ext === "jpg" ? "jpg" : detected.ext) !== extension) {
    return `The file's contents are not a .${extension} file${detected ? ` (they look like .${detected.ext})` : ""}. Upload a ${ALLOWED} file.`;
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

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
