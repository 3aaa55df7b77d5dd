import Link from "next/link";
import { PREVIEW_PAGE_SIZE } from "@/lib/domain/imports/preview-page";
import styles from "@/components/lists/pager.module.css";

type Props = {
  /** The preview's address; each page is `?page=N` of it. */
  path: string;
  page: number;
  pages: number;
  total: number;
  labels: { pages: string; range: (from: number, to: number) => string; previous: string; next: string };
};

/** Where a preview of several pages is, with links to the pages before and after. */
export function PreviewPages({ path, page, pages, total, labels }: Props) {
  if (pages <= 1) return null;
  const from = (page - 1) * PREVIEW_PAGE_SIZE + 1;
  const to = Math.min(total, page * PREVIEW_PAGE_SIZE);
  return (
    <nav aria-label={labels.pages} className={styles.pager}>
      <p>{labels.range(from, to)}</p>
      <p>
        {page > 1 && <Link href={`${path}?page=${page - 1}`}>← {labels.previous}</Link>}
        {page > 1 && page < pages && " · "}
        {page < pages && <Link href={`${path}?page=${page + 1}`}>{labels.next} →</Link>}
      </p>
    </nav>
  );
}
