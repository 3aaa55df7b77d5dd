import type { z } from "zod";
import type { Viewer } from "@/lib/platform/authz";
import { AppError } from "@/lib/platform/errors/app-error";
import { renderProblem } from "@/lib/platform/i18n/render-problem";
import { DEFAULT_PAGE_SIZE, ZPageQuery, type TPageQuery } from "./pagination";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * How a list pages: "offset" lists give out the offset of the next page as their cursor (see
 * offsetFromCursor), "keyset" lists the id of the last row shown.
 */
export type ListPaging = "offset" | "keyset";

/** The first value of a URL parameter; an empty one is unset, as an empty form field means. */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/**
 * A list page's filters and paging from its URL. A filter that is not understood is left out and
 * named in `problems`; the others still apply. `query` carries the filters that apply, never the
 * refused ones, for the page's links; `page` is null when the paging parameters are not ones the
 * list gave out, and the page then starts at the beginning.
 */
export function readListQuery<T extends z.ZodType>(params: SearchParams, names: readonly string[], schema: T, paging: ListPaging = "offset") {
  const raw = Object.fromEntries(names.map((name) => [name, firstParam(params[name])]));
  const parsed = schema.safeParse(raw);
  const issues = parsed.success ? [] : parsed.error.issues;
  const rejected = new Set(issues.map((issue) => String(issue.path[0])));
  const filter: z.infer<T> = parsed.success ? parsed.data : schema.parse(Object.fromEntries(Object.entries(raw).filter(([key]) => !rejected.has(key))));
  const query = new URLSearchParams(Object.entries(raw).filter((entry): entry is [string, string] => Boolean(entry[1]) && !rejected.has(entry[0])));
  const pageQuery = ZPageQuery.safeParse({ limit: firstParam(params.limit), cursor: firstParam(params.cursor) });
  const given = pageQuery.success && (paging === "keyset" || /^\d{0,9}$/.test(pageQuery.data.cursor ?? ""));
  const page: TPageQuery | null = given ? pageQuery.data : null;
  return {
    filter,
    query,
    problems: parsed.success ? undefined : issues.map((issue) => renderProblem(issue.message, "en")).join(" "),
    /** The same problems, each after the name of the filter it concerns. */
    namedProblems: parsed.success ? undefined : issues.map((issue) => `${issue.path.join(".")}: ${renderProblem(issue.message, "en")}`).join(" "),
    /** Each refused filter with its message as given (a problem reference), for a page to say in its reader's language. */
    refused: issues.map((issue) => ({ filter: issue.path.join("."), message: issue.message })),
    page,
    /** Whether the URL asked for a page size, which the page's links then keep. */
    limitAsked: Boolean(firstParam(params.limit)),
  };
}

// ─────────────────────────── A list's declared filters ───────────────────────────

/** A choice of a select filter. */
export type ListOption = { value: string; label: string };

/** What a choice's loader is told: who looks, and the value the URL chose (to keep it among the choices). */
export type ListOptionContext = { viewer: Viewer; chosen: string | undefined };

/**
 * Where a fixed choice's labels come from: another message namespace holding one message per value
 * (an enum's, such as "ProgramType"), or the key of each value's message in the list's namespace.
 */
export type ChoiceLabels = { namespace: string } | ((value: string) => string);

export type TextFilter = { kind: "text"; type: "search" | "text" | "number" | "date"; min?: number; max?: number };
export type ChoiceFilter = {
  kind: "choice";
  /** The choices: fixed values with their labels, or loaded for each request. */
  values?: readonly string[];
  labels?: ChoiceLabels;
  load?: (context: ListOptionContext) => Promise<readonly ListOption[]>;
  /** The message key of the choice that sets no filter. */
  any: string;
  /** Shown to signed-in users only (the public sees only what is published: nothing to choose). */
  signedIn: boolean;
};
/** The order: `blank`, when set, is the order the empty choice stands for (its label's key is `key(blank)`). */
export type SortFilter = { kind: "sort"; values: readonly string[]; key: (value: string) => string; blank?: string };
export type ListFilter = TextFilter | ChoiceFilter | SortFilter;

/** A text input: `search` (the default), `text`, `number` with bounds, or `date`. */
export const text = (type: TextFilter["type"] = "search", bounds: { min?: number; max?: number } = {}): TextFilter => ({ kind: "text", type, ...bounds });

type ChoiceOptions = { any?: string; signedIn?: boolean };

/** A select of fixed values (an array, or a generated enum object), labelled by `labels`. */
export function choice(values: readonly string[] | Record<string, string>, labels: ChoiceLabels, options: ChoiceOptions = {}): ChoiceFilter {
  return { kind: "choice", values: Array.isArray(values) ? values : Object.values(values), labels, any: options.any ?? "any", signedIn: options.signedIn ?? false };
}

/** A select whose choices are loaded for each request (agreements, countries, organisations). */
export function loadedChoice(load: ChoiceFilter["load"], options: ChoiceOptions = {}): ChoiceFilter {
  return { kind: "choice", load, any: options.any ?? "any", signedIn: options.signedIn ?? false };
}

/** The list's order, one of `values`; each labelled by the message `key(value)` (default `sort.<value>`). */
export function sort(values: readonly string[], options: { key?: (value: string) => string; blank?: string } = {}): SortFilter {
  return { kind: "sort", values, key: options.key ?? ((value) => `sort.${value}`), blank: options.blank };
}

/** The message keys a list's form and pager use, in its namespace; null leaves the part out. */
export type ListMessages = {
  filters: string;
  apply: string;
  clear: string;
  /** Refused filters are said with this message; null names each refused filter instead. */
  invalidFilter: string | null;
  /** Said when the paging parameters were not ones the list gave out; null says nothing. */
  invalidPage: string | null;
  /** The pager's landmark name; null makes the pager a paragraph. */
  pages: string | null;
  /** The link back to the first page; null has none. */
  first: string | null;
  next: string;
};

const DEFAULT_MESSAGES: ListMessages = {
  filters: "filters",
  apply: "apply",
  clear: "clear",
  invalidFilter: "invalidFilter",
  invalidPage: null,
  pages: "pages",
  first: "first",
  next: "next",
};

export type ListDefinition<S extends z.ZodObject = z.ZodObject> = {
  schema: S;
  filters: { [K in keyof z.output<S>]-?: ListFilter };
  /** The list page's path, which its links and "clear filters" go to. */
  path: string;
  /** The form's name, which makes its fields' ids unique on the page ("programs" gives "programs-q"). */
  form: string;
  /** The message namespace of the list's labels, each filter's at `filter.<name>`. */
  namespace: string;
  paging: ListPaging;
  /** The form searches the list (announced as a search landmark). */
  search: boolean;
  messages: ListMessages;
};

/**
 * A list's filters, order and paging, declared once: the page reads its URL with `readList`, and
 * `<ListFilters>` and `<Pager>` render the form and the links from the same declaration. `schema`
 * validates; every one of its fields is declared here, in the order the form shows them.
 */
export function defineListFilters<S extends z.ZodObject>(
  filters: { [K in keyof z.output<S>]-?: ListFilter },
  schema: S,
  options: { path: string; form: string; namespace: string; paging?: ListPaging; search?: boolean; messages?: Partial<ListMessages> },
): ListDefinition<S> {
  return { schema, filters, paging: "offset", search: false, ...options, messages: { ...DEFAULT_MESSAGES, ...options.messages } };
}

export type ListRead<S extends z.ZodObject = z.ZodObject> = {
  filter: z.output<S>;
  /** The filters that apply, for the list's exports and links. */
  query: URLSearchParams;
  /** The refused filters, said in words (each after its name when the list asks so). */
  problems?: string;
  /** The refused filters with their messages as given, to be said in the reader's language. */
  refused?: { filter: string; message: string }[];
  /** The page to show: the one asked for, or the first when the paging parameters were refused. */
  page: TPageQuery;
  pageRefused: boolean;
  /** The page shown is the first one. */
  atStart: boolean;
  /** The filters that apply and the page size asked for, which every link to another page keeps. */
  links: URLSearchParams;
};

/** A list page's filters and paging from its URL, as its definition declares them. */
export function readList<S extends z.ZodObject>(list: ListDefinition<S>, params: SearchParams): ListRead<S> {
  const read = readListQuery(params, Object.keys(list.filters), list.schema, list.paging);
  const page = read.page ?? { limit: DEFAULT_PAGE_SIZE };
  const links = new URLSearchParams(read.query);
  if (read.page && read.limitAsked) links.set("limit", String(page.limit));
  return {
    filter: read.filter,
    query: read.query,
    problems: list.messages.invalidFilter ? read.problems : read.namedProblems,
    refused: read.refused,
    page,
    pageRefused: !read.page,
    atStart: list.paging === "offset" ? !Number(page.cursor ?? 0) : !page.cursor,
    links,
  };
}

/** The link to the list's page that starts at `cursor` (the first page without one), keeping the filters and the page size. */
export function listHref(list: Pick<ListDefinition, "path">, read: Pick<ListRead, "links">, cursor?: string): string {
  const query = new URLSearchParams(read.links);
  if (cursor) query.set("cursor", cursor);
  return query.size ? `${list.path}?${query.toString()}` : list.path;
}

/**
 * Loads the page `read` asks for. A keyset list refuses a cursor that names no row (see
 * assertKnownCursor); a page link then shows the first page, as a malformed one does, instead of
 * failing. `read` says so afterwards (`pageRefused`, `atStart`).
 */
export async function loadListPage<T>(read: ListRead, load: (page: TPageQuery) => Promise<T>): Promise<T> {
  try {
    return await load(read.page);
  } catch (error) {
    if (!(error instanceof AppError) || !error.fieldErrors?.cursor || !read.page.cursor) throw error;
    read.page = { limit: read.page.limit };
    read.pageRefused = true;
    read.atStart = true;
    return load(read.page);
  }
}
