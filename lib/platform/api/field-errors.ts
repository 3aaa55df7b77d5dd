import type { z } from "zod";
import type { FieldErrors } from "@/lib/platform/errors/app-error";

/** A zod error as field name → messages; problems with the whole input go under "_". */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
