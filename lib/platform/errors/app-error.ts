import type { Locale } from "@/lib/platform/i18n/locales";
import { renderFieldErrors, renderProblem } from "@/lib/platform/i18n/render-problem";

/** The expected failures, each with the HTTP status an API client receives. */
export const APP_ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  STALE_VERSION: 409,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

/** Field name → the problems with it, as shown next to the field in a form. */
export type FieldErrors = Record<string, string[]>;

/** What changed in a record between the version an edit started from and the current one. */
export type StaleChanges = {
  currentVersion: number;
  /** Each field that differs, with its value at the edit's version and now. */
  changes: { field: string; then: unknown; now: unknown }[];
  /** Who made the changes in between. */
  changedBy: string[];
};

/**
 * An expected failure: domain functions throw it, route handlers turn it into the API error shape
 * and server actions into a form message. Its message and field messages are problem references
 * (lib/platform/i18n/problem.ts), rendered in the reader's language by `in(locale)`; `message` and
 * `fieldErrors` themselves read in English, for logs and scripts.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** For RATE_LIMITED and UNAVAILABLE: seconds until the client may try again (the Retry-After header). */
  readonly retryAfter?: number;
  /** For STALE_VERSION: what changed since the version the edit started from, when it is known. */
  readonly stale?: StaleChanges;
  /** The message and field messages as given, before rendering. */
  private readonly said: { message: string; fieldErrors?: FieldErrors };

  constructor(
    code: AppErrorCode,
    message: string,
    options: { fieldErrors?: FieldErrors; retryAfter?: number; stale?: StaleChanges; cause?: unknown } = {},
  ) {
    super(renderProblem(message, "en"), { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.said = { message, fieldErrors: options.fieldErrors };
    this.fieldErrors = options.fieldErrors && renderFieldErrors(options.fieldErrors, "en");
    this.retryAfter = options.retryAfter;
    this.stale = options.stale;
  }

  /** The message and the field messages in the reader's language. */
  in(locale: Locale): { message: string; fieldErrors?: FieldErrors } {
    const { message, fieldErrors } = this.said;
    return { message: renderProblem(message, locale), ...(fieldErrors && { fieldErrors: renderFieldErrors(fieldErrors, locale) }) };
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}
