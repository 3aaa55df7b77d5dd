import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { listHref, type ListDefinition, type ListRead } from "@/lib/platform/api/list-query";
import { pagerPosition } from "./pager-pages";
import styles from "./pager.module.css";

type Props = {
  list: ListDefinition;
  read: ListRead;
  nextCursor: string | null;
  /** The rows the list counted (an offset list), and whether it stopped counting; numbers its pages. */
  total?: { count: number; capped: boolean } | null;
  /** The count said in words after the page ("263 programs"). */
  items?: string;
};

/**
 * A list's pager, a navigation landmark keeping the filters and the page size asked for. A list
 * paged by offset says where the reader is ("Page 2 of 14 · 263 programs") and links to the
 * previous, next and numbered pages; a keyset list, which cannot go back, links to its first page
 * and to the next one. Nothing when there is a single page.
 */
export async function Pager({ list, read, nextCursor, total, items }: Props) {
  const [t, tPager] = await Promise.all([getTranslations(list.namespace), getTranslations("Pager")]);
  const label = list.messages.pages ? t(list.messages.pages) : tPager("pages");
  const nextLink = nextCursor && (
    <li>
      <Link href={listHref(list, read, nextCursor)} rel="next">
        {t(list.messages.next)}
      </Link>
    </li>
  );

  if (list.paging === "keyset") {
    const first = list.messages.first && !read.atStart && (
      <li>
        <Link href={listHref(list, read)}>{t(list.messages.first)}</Link>
      </li>
    );
    if (!first && !nextLink) return null;
    return (
      <nav aria-label={label} className={styles.pager}>
        <ul className={styles.links}>
          {first}
          {nextLink}
        </ul>
      </nav>
    );
  }

  const { limit } = read.page;
  const position = pagerPosition({ offset: Number(read.page.cursor ?? 0), limit, total: total?.count ?? null, capped: total?.capped, hasNext: Boolean(nextCursor) });
  if (position.previous === null && position.next === null) return null;
  const href = (offset: number) => listHref(list, read, offset ? String(offset) : undefined);
  const where =
    position.pages === null
      ? tPager("page", { page: position.page })
      : tPager(position.capped ? "pageOfMore" : "pageOf", { page: position.page, pages: position.pages });

  return (
    <nav aria-label={label} className={styles.pager}>
      <p className={styles.where}>{items ? `${where} · ${items}` : where}</p>
      <ul className={styles.links}>
        {position.previous !== null && (
          <li>
            <Link href={href(position.previous)} rel="prev">
              {tPager("previous")}
            </Link>
          </li>
        )}
        {position.numbers.map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              <Link href={href((number - 1) * limit)} className={styles.number} aria-label={tPager("pageNumber", { page: number })} aria-current={number === position.page ? "page" : undefined}>
                {number}
              </Link>
            </li>
          ),
        )}
        {nextLink}
      </ul>
    </nav>
  );
}
