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
 * and server actions into a form message. Its message is written for the person who will read it.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** For RATE_LIMITED and UNAVAILABLE: seconds until the client may try again (the Retry-After header). */
  readonly retryAfter?: number;
  /** For STALE_VERSION: what changed since the version the edit started from, when it is known. */
  readonly stale?: StaleChanges;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { fieldErrors?: FieldErrors; retryAfter?: number; stale?: StaleChanges; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.retryAfter = options.retryAfter;
    this.stale = options.stale;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}
