/** How many activities (or programs) of a preview its page shows at once. */
export const PREVIEW_PAGE_SIZE = 200;

/**
 * The page of a preview asked for (`?page=`, from 1; anything else is the first), with the
 * position of its first entry and how many pages there are. A file of tens of thousands of
 * activities is shown a page at a time, so that its preview stays a page a browser opens at once.
 */
export function previewPage<T>(entries: readonly T[], asked: string | string[] | undefined): { entries: T[]; page: number; pages: number; offset: number } {
  const pages = Math.max(1, Math.ceil(entries.length / PREVIEW_PAGE_SIZE));
  const number = Number(Array.isArray(asked) ? asked[0] : asked);
  const page = Number.isInteger(number) && number >= 1 && number <= pages ? number : 1;
  const offset = (page - 1) * PREVIEW_PAGE_SIZE;
  return { entries: entries.slice(offset, offset + PREVIEW_PAGE_SIZE), page, pages, offset };
}

/** The identifiers a confirmation of "everything that can be imported" writes: not the skipped, nor the updates that change nothing. */
export function importableIdentifiers(entries: readonly { identifier: string; action: string; unchanged?: boolean }[]): string[] {
  return entries.filter((entry) => entry.action !== "skip" && !entry.unchanged).map((entry) => entry.identifier);
}
