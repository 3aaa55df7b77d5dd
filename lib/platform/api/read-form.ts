import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * The request's multipart/form-data body, refused before it is read when it declares more than
 * `maxBytes`, and with a clear message when it is not a well-formed form.
 */
export async function readMultipart(request: Request, maxBytes: number): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", problem("ApiProblem.multipartExpected"));
  }
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", problem("ApiProblem.uploadTooLarge", { megabytes: Math.floor(maxBytes / (1024 * 1024)) }));
  try {
    return await request.formData();
  } catch {
    throw new AppError("INVALID_INPUT", problem("ApiProblem.malformedMultipart"));
  }
}
