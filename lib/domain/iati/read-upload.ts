import "server-only";
import { readMultipart } from "@/lib/platform/api/read-form";
import { AppError } from "@/lib/platform/errors/app-error";
import { MAX_IATI_FILE_BYTES } from "./read-file";
import { iatiText } from "./iati-text";

/** Room for the form's other fields and its boundaries around the file. */
const FORM_OVERHEAD = 64 * 1024;
const TOO_LARGE = iatiText("tooLarge", { max: MAX_IATI_FILE_BYTES / 1024 / 1024 });

export type IatiUpload = { fileName: string; bytes: Uint8Array; defaultAgreementId?: string };

/**
 * An IATI file from a request: multipart/form-data with `file` (and optionally `agreementId`), or
 * the XML itself as the body (application/xml or text/xml) with `agreementId` and `fileName` in the
 * query string. A body over the size limit is refused without being read in full.
 */
export async function readIatiUpload(request: Request): Promise<IatiUpload> {
  const type = request.headers.get("content-type") ?? "";
  const query = new URL(request.url).searchParams;
  if (/^multipart\/form-data\b/i.test(type)) {
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > MAX_IATI_FILE_BYTES + FORM_OVERHEAD) throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
    const form = await readMultipart(request, MAX_IATI_FILE_BYTES + FORM_OVERHEAD);
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("INVALID_INPUT", iatiText("chooseFile"), { fieldErrors: { file: [iatiText("chooseFile")] } });
    if (file.size > MAX_IATI_FILE_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
    const agreement = form.get("agreementId");
    return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), defaultAgreementId: typeof agreement === "string" && agreement ? agreement : undefined };
  }
  if (/^(application|text)\/([\w.+-]+\+)?xml\b/i.test(type)) {
    return { fileName: query.get("fileName") || "activities.xml", bytes: await readCapped(request), defaultAgreementId: query.get("agreementId") || undefined };
  }
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", iatiText("sendAsMultipart"));
}

/** The request's body, read until it passes the limit, at which point it is refused. */
async function readCapped(request: Request): Promise<Uint8Array> {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_IATI_FILE_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_IATI_FILE_BYTES) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
