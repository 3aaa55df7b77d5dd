import { AppError } from "@/lib/platform/errors/app-error";

/**
 * The request's multipart/form-data body, refused before it is read when it declares more than
 * `maxBytes`, and with a clear message when it is not a well-formed form.
 */
export async function readMultipart(request: Request, maxBytes: number): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the document as multipart/form-data, or a link as JSON.");
  }
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `The upload is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB.`);
  try {
    return await request.formData();
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not a well-formed multipart form.");
  }
}
