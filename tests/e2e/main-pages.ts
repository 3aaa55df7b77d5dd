// The main pages of the app for one reader, found from the demo data by following links from the
// list pages: what the accessibility and small-screen checks visit, and what the screenshots show.
import type { Page } from "@playwright/test";
import type { RoleKey } from "./demo-accounts";

/** The readers whose pages differ: the U.S. ministry sees what the Mexican one does, for its own programs. */
export type Reader = Exclude<RoleKey, "govUs"> | "anonymous";

/** A search that finds the program the tour opens: one with funding, monitoring and events in the demo data. */
const PROGRAM_SEARCH = "/search?q=labour+justice+reform";

const PUBLIC_TABS = ["participants", "funding", "monitoring", "events", "documents"];
const SIGNED_IN_TABS = ["comments", "history"];

/** The first link in the main part of the page at `path` whose address matches `pattern`, as the reader sees it. */
export async function linkOn(page: Page, path: string, pattern: RegExp): Promise<string | null> {
  const html = await (await page.request.get(path)).text();
  const main = html.slice(html.indexOf("<main"));
  const hrefs = [...main.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
  return hrefs.find((href) => pattern.test(href)) ?? null;
}

async function mustLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  const found = await linkOn(page, path, pattern);
  if (!found) throw new Error(`No link matching ${pattern} on ${path}`);
  return found;
}

/**
 * The addresses of the main pages, by name: the lists, one record of each kind, the program's tabs
 * (`program:<tab>`), the signed-in reader's own pages and the administration's.
 */
export async function mainPages(page: Page, signedIn: boolean): Promise<Record<string, string>> {
  const program = await mustLink(page, PROGRAM_SEARCH, /^\/programs\/(?!new)[^/?]+$/);
  const tabs = signedIn ? [...PUBLIC_TABS, ...SIGNED_IN_TABS] : PUBLIC_TABS;
  const programForm = signedIn ? await linkOn(page, "/programs", /^\/programs\/new$/) : null;
  return {
    home: "/",
    programs: "/programs",
    agreements: "/agreements",
    institutions: "/institutions",
    plans: "/plans",
    exchanges: "/exchanges",
    search: PROGRAM_SEARCH,
    program,
    ...Object.fromEntries(tabs.map((tab) => [`program:${tab}`, `${program}?tab=${tab}`])),
    event: await mustLink(page, `${program}?tab=events`, /^\/programs\/[^/]+\/events\/[^/?]+$/),
    ...(programForm ? { programForm, spreadsheetImport: "/programs/import", iatiImport: "/iati/import" } : {}),
    agreement: await mustLink(page, "/agreements", /^\/agreements\/(?!new)[^/?]+$/),
    plan: await mustLink(page, "/plans", /^\/plans\/(?!new|overdue)[^/?]+$/),
    submissions: "/submissions",
    // The overdue one: the demo's with a withheld name and document, under review by the Mexican ministry.
    submission: await mustLink(page, "/submissions?deadline=overdue", /^\/submissions\/(?!new)[^/?]+$/),
    ...(signedIn ? { submissionForm: "/submissions/new" } : {}),
    dashboard: "/dashboard",
    evidence: "/evidence",
    ...(signedIn ? { myWork: "/my-work", myOrganisation: "/my-organisation", notifications: "/notifications", account: "/account" } : {}),
    users: "/admin/users",
    organisations: "/admin/organisations",
    audit: "/audit",
  };
}

const PUBLIC = ["home", "programs", "agreements", "institutions", "plans", "exchanges", "search", "program", ...PUBLIC_TABS.map((tab) => `program:${tab}`), "event", "agreement", "plan", "submissions", "submission", "dashboard", "evidence"];
/** Public pages whose main part is the same for every reader (the demo data's search finds only published records). */
const SAME_FOR_ALL = ["home", "search", "evidence"];
/** A signed-in reader's own pages whose main part, in the demo data, is the same for every role. */
const SAME_FOR_SIGNED_IN = ["notifications", "account"];

/**
 * The pages each reader is checked on: every page where what they see differs from what another
 * reader checked sees. A page's header is the same on all of a reader's pages, so it is checked on
 * any of them; a page is left out for a reader when its main part is the same as that of a reader
 * checked on it. The anonymous reader is checked on the public pages and the administrator on every
 * page where it sees more (edit and create buttons, drafts, comments, history); each other role on
 * the pages its role changes and its own pages where they differ from the administrator's.
 */
export const READER_PAGES: Record<Reader, string[]> = {
  anonymous: PUBLIC,
  admin: [...PUBLIC.filter((name) => !SAME_FOR_ALL.includes(name)), ...SIGNED_IN_TABS.map((tab) => `program:${tab}`), "programForm", "myWork", "myOrganisation", ...SAME_FOR_SIGNED_IN, "users", "organisations", "audit"],
  govMx: ["programs", "program", "program:funding", "program:monitoring", "program:events", "program:documents", "programForm", "spreadsheetImport", "iatiImport", "plan", "submission", "myWork", "myOrganisation"],
  // The program page reads as the Mexican ministry's, which is checked.
  cso: ["program:participants", "program:comments", "event", "plan", "submission", "submissionForm", "myWork", "myOrganisation"],
  // The dashboard reads as the administrator's: both read every record.
  analyst: ["program:history", "myWork", "myOrganisation", "audit"],
};

/** The addresses of the pages `reader` is checked on. */
export async function pagesOf(page: Page, reader: Reader): Promise<string[]> {
  const pages = await mainPages(page, reader !== "anonymous");
  return READER_PAGES[reader].map((name) => {
    if (!pages[name]) throw new Error(`The ${reader} reader has no ${name} page`);
    return pages[name];
  });
}
