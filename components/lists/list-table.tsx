import type { ReactNode } from "react";
import { TableScroll } from "@/components/ui/table-scroll";

/** A column of a list's table: its header, and what each row shows in it. */
export type ListColumn<T> = { label: string; cell: (row: T) => ReactNode };

type Props<T extends { id: string }> = {
  rows: readonly T[];
  columns: readonly ListColumn<T>[];
  /** The table's name for assistive technology (shown to them only). */
  caption: string;
  /** What is said when the page has no rows; null says nothing. */
  none: string | null;
  /** Scroll the table sideways inside its own box where the screen is too narrow for its columns. */
  scroll?: boolean;
};

/**
 * One page of a list as a table: a header per column, a row per record, one cell per column. On a
 * phone each row stands as a block of its cells, each cell named by its column (`data-label`, drawn
 * by the stylesheet), so the list never needs more than the screen's width.
 */
export function ListTable<T extends { id: string }>({ rows, columns, caption, none, scroll = false }: Props<T>) {
  if (rows.length === 0) return none === null ? null : <p>{none}</p>;
  const header = columns.map((column) => <th key={column.label} scope="col">{column.label}</th>);
  const body = rows.map((row) => (
    <tr key={row.id}>
      {columns.map((column) => (
        <td key={column.label} data-label={column.label}>
          {/* One element, so that on a phone a cell of several parts (a link and a note) stays beside its label. */}
          <div>{column.cell(row)}</div>
        </td>
      ))}
    </tr>
  ));
  const table = (
    <table className="table table-stack">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>{header}</tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
  return scroll ? <TableScroll label={caption}>{table}</TableScroll> : table;
}
