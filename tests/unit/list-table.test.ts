// A list as a table: on a phone each cell is a grid of its column's label and its content, so a
// cell must hold its content in one element, or a cell of several parts (a title and its note, a
// date and the days left) puts each part in a grid cell of its own, the second under the label.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ListTable, type ListColumn } from "@/components/lists/list-table";

type Row = { id: string; title: string; note: string };

const columns: ListColumn<Row>[] = [
  { label: "Title", cell: (row) => [createElement("a", { key: "a", href: `/x/${row.id}` }, row.title), " ", createElement("span", { key: "s" }, row.note)] },
  { label: "Note", cell: (row) => row.note },
];

describe("a list's table", () => {
  it("holds each cell's content in one element, however many parts it has", () => {
    const html = renderToStaticMarkup(ListTable({ rows: [{ id: "1", title: "Dismissals", note: "USMCA · Filed" }], columns, caption: "Rows", none: "None" }));
    const cells = [...html.matchAll(/<td [^>]*>(.*?)<\/td>/g)].map((match) => match[1]!);
    expect(cells).toHaveLength(2);
    for (const cell of cells) expect(cell).toMatch(/^<div>.*<\/div>$/);
    expect(cells[0]).toBe('<div><a href="/x/1">Dismissals</a> <span>USMCA · Filed</span></div>');
  });
});
