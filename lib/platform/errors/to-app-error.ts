import { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { databaseUnavailable, DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/platform/db/unavailable";
import { AppError } from "./app-error";
import { uniqueConflict } from "./unique-conflict";

/**
 * The AppError a thrown value stands for, or null when it is unexpected. Besides AppError itself:
 * zod's validation errors, input PostgreSQL rejects as text (a last line of defence behind the
 * client's NUL guard), and an unreachable database (503, try again later).
 */
export function knownError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) {
    return new AppError("INVALID_INPUT", "The request has invalid fields.", { fieldErrors: fieldErrorsOf(error) });
  }
  if (uniqueConflict(error)) return uniqueConflict(error);
  if (error instanceof Error && /invalid byte sequence for encoding|invalid input syntax for type/i.test(error.message)) {
    return new AppError("INVALID_INPUT", "The request contains a value that cannot be stored (for example a NUL character).");
  }
  if (databaseUnavailable(error)) {
    return new AppError("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, { retryAfter: DATABASE_RETRY_AFTER_SECONDS, cause: error });
  }
  return null;
}
