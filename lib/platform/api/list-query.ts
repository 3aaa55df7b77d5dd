import type { z } from "zod";
import { ZPageQuery, type TPageQuery } from "./pagination";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter; an empty one is unset, as an empty form field means. */
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/**
 * A list page's filters and paging from its URL. A filter that is not understood is left out and
 * named in `problems`; the others still apply. `query` carries the filters that apply, never the
 * refused ones, for the page's links; `page` is null when the paging parameters are not ones the
 * list gave out (an offset cursor), and the page then starts at the beginning.
 */
export function readListQuery<T extends z.ZodType>(params: SearchParams, names: readonly string[], schema: T) {
  const raw = Object.fromEntries(names.map((name) => [name, first(params[name])]));
  const parsed = schema.safeParse(raw);
  const rejected = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])));
  const filter: z.infer<T> = parsed.success ? parsed.data : schema.parse(Object.fromEntries(Object.entries(raw).filter(([key]) => !rejected.has(key))));
  const query = new URLSearchParams(Object.entries(raw).filter((entry): entry is [string, string] => Boolean(entry[1]) && !rejected.has(entry[0])));
  const paging = ZPageQuery.safeParse({ limit: first(params.limit), cursor: first(params.cursor) });
  const page: TPageQuery | null = paging.success && /^\d{0,9}$/.test(paging.data.cursor ?? "") ? paging.data : null;
  return {
    filter,
    query,
    problems: parsed.success ? undefined : parsed.error.issues.map((issue) => issue.message).join(" "),
    page,
    /** Whether the URL asked for a page size, which the page's links then keep. */
    limitAsked: Boolean(first(params.limit)),
  };
}
