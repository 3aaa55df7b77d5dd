import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/platform/api/pagination";
import { APP_ERROR_STATUS } from "@/lib/platform/errors/app-error";
import type { ErrorStatus } from "./types";

// The parts every operation shares: the error shape of docs/api.md, the paging state, the response
// envelopes and the two ways to authenticate.

const ERROR_SCHEMA = {
  type: "object",
  description: "Every failure has this shape. An unexpected failure is INTERNAL, with a generic message and a `requestId` to quote.",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: Object.keys(APP_ERROR_STATUS) },
        message: { type: "string", description: "Written for the person who will read it." },
        fieldErrors: {
          type: "object",
          description: "Field name (dotted for nested fields, `_` for the request as a whole) → the problems with it.",
          additionalProperties: { type: "array", items: { type: "string" } },
        },
        stale: {
          type: "object",
          description: "For STALE_VERSION: what changed since the version the edit started from.",
          required: ["currentVersion", "changes", "changedBy"],
          properties: {
            currentVersion: { type: "integer" },
            changes: {
              type: "array",
              items: { type: "object", required: ["field"], properties: { field: { type: "string" }, then: {}, now: {} } },
            },
            changedBy: { type: "array", items: { type: "string" } },
          },
        },
        requestId: { type: "string", description: "For INTERNAL: the id to quote when reporting it." },
      },
    },
  },
} as const;

const PAGE_SCHEMA = {
  type: "object",
  description: "The paging state of a list.",
  required: ["limit", "nextCursor"],
  properties: {
    limit: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
    nextCursor: { type: ["string", "null"], description: "Pass as `cursor` for the next page; null on the last page." },
  },
} as const;

/** Error statuses → the shared response for each, under `components.responses`. */
export const ERROR_RESPONSES: Record<ErrorStatus | 429 | 500 | 503, { name: string; description: string; retryAfter?: boolean }> = {
  400: { name: "InvalidInput", description: "INVALID_INPUT: malformed JSON, invalid fields (`fieldErrors` says which) or bad query parameters." },
  401: { name: "Unauthenticated", description: "UNAUTHENTICATED: no valid session or token (a token sent but not valid is refused)." },
  403: {
    name: "Forbidden",
    description: "FORBIDDEN: signed in, but the role or scope does not allow this; or a write made with the session cookie came from another site (send a token instead).",
  },
  404: { name: "NotFound", description: "NOT_FOUND: no such record, or one the caller may not see." },
  409: { name: "Conflict", description: "STALE_VERSION (the `version` is out of date; `stale` says what changed) or CONFLICT (the change clashes with existing data or the record's state)." },
  413: { name: "PayloadTooLarge", description: "PAYLOAD_TOO_LARGE: the body is too large (JSON 1 MB; uploads as documented)." },
  415: { name: "UnsupportedMediaType", description: "UNSUPPORTED_MEDIA_TYPE: the body is not JSON (or, for an upload, not multipart/form-data)." },
  429: {
    name: "RateLimited",
    description:
      "RATE_LIMITED: too many requests from this API token, signed-in user or (without either) address; exports and imports have a lower limit of their own. Retry after the `Retry-After` header's seconds.",
    retryAfter: true,
  },
  500: { name: "Internal", description: "INTERNAL: an unexpected failure on the server; quote the `requestId`." },
  503: {
    name: "Unavailable",
    description: "UNAVAILABLE: the database is unreachable right now; nothing was saved. Retry after the `Retry-After` header's seconds.",
    retryAfter: true,
  },
};

const errorRef = { $ref: "#/components/schemas/Error" };

export const SHARED_COMPONENTS = {
  securitySchemes: {
    bearerToken: {
      type: "http",
      scheme: "bearer",
      bearerFormat: "lct_…",
      description: "A personal API token (`Authorization: Bearer lct_…`), created on the account page or with POST /api/v1/tokens. It acts with its owner's role and scope.",
    },
    sessionCookie: {
      type: "apiKey",
      in: "cookie",
      name: "next-auth.session-token",
      description: "The session cookie from signing in to the web app (`__Secure-next-auth.session-token` over HTTPS).",
    },
  },
  schemas: {
    Error: ERROR_SCHEMA,
    Page: PAGE_SCHEMA,
    DataEnvelope: { type: "object", required: ["data"], properties: { data: { description: "The record or result." } } },
    ListEnvelope: { type: "object", required: ["data"], properties: { data: { type: "array", items: {} } } },
    PageEnvelope: {
      type: "object",
      required: ["data", "page"],
      properties: { data: { type: "array", items: {} }, page: { $ref: "#/components/schemas/Page" } },
    },
  },
  responses: Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(({ name, description, retryAfter }) => [
      name,
      {
        description,
        ...(retryAfter && { headers: { "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "integer", minimum: 1 } } } }),
        content: { "application/json": { schema: errorRef } },
      },
    ]),
  ),
};
