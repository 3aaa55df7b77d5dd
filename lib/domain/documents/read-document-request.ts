import { z } from "zod";
import { readMultipart } from "@/lib/platform/api/read-form";
import { readJson } from "@/lib/platform/api/read-json";
import { MAX_DOCUMENT_BYTES } from "./file-rules";

/** Room for the form's other fields and its boundaries around the file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * A document to attach, from a request: JSON `{ title, category, url, languageCode?, documentDate? }`
 * for a link, or multipart/form-data with the same fields and a `file` for an upload.
 */
export async function readDocumentRequest(request: Request): Promise<{ input: unknown; file: File | null }> {
  if (/^multipart\//i.test(request.headers.get("content-type") ?? "")) {
    const form = await readMultipart(request, MAX_DOCUMENT_BYTES + FORM_OVERHEAD);
    const file = form.get("file");
    const fields = Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[0] !== "file"));
    return { input: fields, file: file instanceof File ? file : null };
  }
  return { input: await readJson(request, z.unknown()), file: null };
}
