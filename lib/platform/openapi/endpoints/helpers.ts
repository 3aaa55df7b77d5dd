import type { z } from "zod";
import type { ErrorStatus, NamedSchema } from "../types";

/** A schema as it appears under `components.schemas`. */
export const named = (name: string, schema: z.ZodType): NamedSchema => ({ name, schema });

// The usual error statuses; an entry lists its own where they differ.
/** One record read with an optional caller: a bad token (401), no such record or none the caller may see (404). */
export const READ_ONE: readonly ErrorStatus[] = [401, 404];
/** A list with filters: bad filters or paging (400), a bad token (401). */
export const READ_LIST: readonly ErrorStatus[] = [400, 401];
/** A JSON write: invalid input, signed out, not allowed, not found, stale or clashing, too large, not JSON. */
export const WRITE: readonly ErrorStatus[] = [400, 401, 403, 404, 409, 413, 415];
/** A DELETE that takes `?version=`. */
export const REMOVE_VERSIONED: readonly ErrorStatus[] = [400, 401, 403, 404, 409];
/** A DELETE of a link between records. */
export const REMOVE: readonly ErrorStatus[] = [401, 403, 404, 409];

export const CREATED = (description: string) => ({ kind: "object", statuses: [201], description }) as const;
export const OBJECT = (description: string) => ({ kind: "object", description }) as const;
export const LIST = (description: string, total: boolean | "capped" = false) => ({ kind: "list", description, total }) as const;
export const EMPTY = (description: string) => ({ kind: "empty", description }) as const;
