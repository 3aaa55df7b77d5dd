import type { z } from "zod";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

/** The error statuses an endpoint may answer besides 500 and 503 (which every endpoint may, see the Error schema). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415;

/**
 * Who may call it, as the document's security requirement: `public` reads no credentials at all,
 * `optional` works anonymously but acts as the token's or session's user when one is sent (and
 * refuses a bad token with 401), `required` needs a signed-in caller.
 */
export type Access = "public" | "optional" | "required";

/** A zod schema with the name it has under `components.schemas`. */
export type NamedSchema = { name: string; schema: z.ZodType };

/** A JSON body, a multipart/form-data upload, or either. */
export type RequestBody = { json?: NamedSchema; multipart?: NamedSchema };

/**
 * The success answer: `object` is `{data}` (with the given statuses, 200 by default), `list` is `{data: [...]}`
 * (with `page` when the endpoint is paged, and `total`, or `total` and `totalCapped` when the count stops at a
 * limit), `empty` is 204, `file` a download, `raw` the JSON as is.
 */
export type SuccessResponse =
  | { kind: "object"; statuses?: readonly (200 | 201 | 202)[]; description: string }
  | { kind: "list"; description: string; total?: boolean | "capped" }
  | { kind: "empty"; description: string }
  | { kind: "file"; description: string; contentTypes: readonly string[] }
  | { kind: "raw"; description: string };

export type ApiEndpoint = {
  method: HttpMethod;
  /** The path as OpenAPI writes it: `/api/v1/programs/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** Who may call it, in words (roles and scope). */
  who: string;
  access: Access;
  body?: RequestBody;
  /** Path parameters with a rule of their own (an enum); the others are ids, as strings. */
  pathParams?: z.ZodObject;
  /** The query string's filters (paging parameters aside), or other query parameters. */
  query?: z.ZodObject;
  /** Takes `limit` and `cursor` and answers `page: {limit, nextCursor}` beside `data`. */
  paged?: boolean;
  success: SuccessResponse;
  errors: readonly ErrorStatus[];
};

export type ApiTag = { name: string; description: string };
