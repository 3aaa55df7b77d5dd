import type { ReactNode } from "react";
import { getTranslations } from "@/lib/platform/i18n/server";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = {
  /** The heading's id, which labels the section. */
  id: string;
  title: string;
  /** What the section says when it has no rows. */
  empty: string;
  columns: string[];
  /** How many rows `children` holds, and how many there are in all. */
  shown: number;
  total: number;
  children: ReactNode;
};

/**
 * A section of the "My organisation" page: its heading, its table (or what it says when empty), and,
 * when the list is capped, how many rows it shows of how many there are.
 */
export async function CappedTableSection({ id, title, empty, columns, shown, total, children }: Props) {
  const t = await getTranslations("MyOrganisation");
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {shown === 0 ? (
        <p>{empty}</p>
      ) : (
        <TableScroll labelledBy={id}>
          <table className="table" aria-labelledby={id}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </TableScroll>
      )}
      {total > shown && <p className="muted">{t("showing", { shown, total })}</p>}
    </section>
  );
}
