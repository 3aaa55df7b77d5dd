/** Where the reader is in a list paged by offset, and the pages the pager links to. */
export type PagerPosition = {
  /** The page shown, from 1. */
  page: number;
  /** The number of pages, when the list counted its rows; `capped` when it stopped counting. */
  pages: number | null;
  capped: boolean;
  /** The offsets of the previous and next pages (null: none); the first page's is 0. */
  previous: number | null;
  next: number | null;
  /** The page numbers to link to, in order, with null where a run of them is left out ("…"). */
  numbers: (number | null)[];
};

/** Pages shown on each side of the current one, besides the first and the last. */
const AROUND = 1;

/**
 * The pager of an offset list at `offset`, `limit` rows a page, with `total` rows counted (null
 * when unknown). With a count, the pager links to the first, last and neighbouring pages; without,
 * only to the previous and next ones (`hasNext` says whether there is a next).
 */
export function pagerPosition({ offset, limit, total, capped = false, hasNext }: { offset: number; limit: number; total: number | null; capped?: boolean; hasNext: boolean }): PagerPosition {
  const page = Math.floor(offset / limit) + 1;
  const pages = total === null ? null : Math.max(page, Math.ceil(total / limit));
  const previous = offset > 0 ? Math.max(0, offset - limit) : null;
  const next = hasNext ? offset + limit : null;
  const numbers: (number | null)[] = [];
  if (pages !== null) {
    for (let n = 1; n <= pages; n += 1) {
      const shown = n === 1 || n === pages || Math.abs(n - page) <= AROUND;
      if (shown) numbers.push(n);
      else if (numbers.at(-1) !== null) numbers.push(null);
    }
  }
  return { page, pages, capped, previous, next, numbers };
}
