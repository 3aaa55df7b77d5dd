import type { z } from "zod";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

/** Request bodies larger than this are refused before they are parsed. */
export const MAX_JSON_BYTES = 1_000_000;

/**
 * The request's JSON body validated by `schema`. A wrong content type, a body too large, malformed
 * JSON and invalid fields each become an AppError with a clear message, never a 500.
 */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", problem("ApiProblem.bodyNotJson"));
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", problem("ApiProblem.bodyTooLarge", { max: MAX_JSON_BYTES }));
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", problem("ApiProblem.invalidJson"));
  }
  return schema.parse(body);
}
