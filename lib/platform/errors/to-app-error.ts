import { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { databaseUnavailable, DATABASE_RETRY_AFTER_SECONDS } from "@/lib/platform/db/unavailable";
import { problem } from "@/lib/platform/i18n/problem";
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
    return new AppError("INVALID_INPUT", problem("Problem.invalidRequest"), { fieldErrors: fieldErrorsOf(error) });
  }
  if (uniqueConflict(error)) return uniqueConflict(error);
  if (error instanceof Error && /invalid byte sequence for encoding|invalid input syntax for type/i.test(error.message)) {
    return new AppError("INVALID_INPUT", problem("Problem.unstorableValue"));
  }
  if (databaseUnavailable(error)) {
    return new AppError("UNAVAILABLE", problem("Problem.databaseUnavailable"), { retryAfter: DATABASE_RETRY_AFTER_SECONDS, cause: error });
  }
  return null;
}
