import { randomUUID } from "node:crypto";
import { AppError, type AppErrorCode, type FieldErrors, type StaleChanges } from "@/lib/platform/errors/app-error";
import { logger } from "@/lib/platform/log";
import { limitApiRequest } from "./rate-limit-api";
import { knownError } from "@/lib/platform/errors/to-app-error";
import { DEFAULT_LOCALE, negotiateLocale, type Locale } from "@/lib/platform/i18n/locales";
import { problem } from "@/lib/platform/i18n/problem";
import { CLIENT_REQUEST_ID_HEADER, REQUEST_ID_HEADER } from "@/lib/platform/request-id";

export type ApiErrorBody = {
  error: { code: AppErrorCode; message: string; fieldErrors?: FieldErrors; stale?: StaleChanges; requestId?: string };
};

/**
 * The API's error response for any thrown value; unexpected errors are logged, never shown. They are
 * logged with our request id and, when the client sent one of its own, with the client's beside it.
 * `code` is the same in every language; the messages are in `locale` (the client's Accept-Language).
 */
export function errorResponse(error: unknown, requestId: string = randomUUID(), clientRequestId?: string | null, locale: Locale = DEFAULT_LOCALE): Response {
  const known = toAppError(error);
  if (known.code === "INTERNAL") logger.error({ err: error, requestId, clientRequestId: clientRequestId ?? undefined }, "unhandled error in API route");
  if (known.code === "UNAVAILABLE") logger.warn({ err: error, requestId }, "the database or the document store is unreachable; answered 503");
  const { message, fieldErrors } = known.in(locale);
  const body: ApiErrorBody = {
    error: {
      code: known.code,
      message,
      ...(fieldErrors && { fieldErrors }),
      ...(known.stale && { stale: known.stale }),
      ...(known.code === "INTERNAL" && { requestId }),
    },
  };
  const headers: Record<string, string> = { "Cache-Control": "no-store", "Content-Language": locale };
  if (known.retryAfter !== undefined) headers["Retry-After"] = String(Math.max(1, Math.ceil(known.retryAfter)));
  return Response.json(body, { status: known.status, headers });
}

function toAppError(error: unknown): AppError {
  return knownError(error) ?? new AppError("INTERNAL", problem("Problem.unexpectedApi"));
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wraps a route handler so that every failure becomes the documented error shape. Every /api/v1
 * route is built on it, which makes it the one place where the API's rate limits are counted.
 */
export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    let limitHeaders: Record<string, string> = {};
    try {
      const check = await limitApiRequest(request);
      limitHeaders = check.headers;
      if (check.refusal) throw check.refusal;
      return withHeaders(await handler(request, context), limitHeaders);
    } catch (error) {
      const locale = negotiateLocale(request.headers.get("accept-language"));
      return withHeaders(errorResponse(error, request.headers.get(REQUEST_ID_HEADER) ?? randomUUID(), request.headers.get(CLIENT_REQUEST_ID_HEADER), locale), limitHeaders);
    }
  };
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  } catch {
    // A response with immutable headers (a redirect) goes out without them.
  }
  return response;
}
