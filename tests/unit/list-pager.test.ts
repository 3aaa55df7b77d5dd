// The pager every list shares, and the program list's columns, as their reader sees them: where the
// reader is ("Page 2 of 14 · 263 programs"), numbered links with the current page marked, and each
// program's span on one line and its money per currency in the reader's language.
import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineListFilters, readList, text } from "@/lib/platform/api/list-query";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { pagerPosition } from "@/components/lists/pager-pages";

const reader = { locale: "en" as "en" | "es" | "fr" | "vi" };

vi.mock("@/lib/platform/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: reader.locale, messages: await loadMessages(reader.locale), namespace }),
  getFormatter: async () => createFormatter({ locale: reader.locale, timeZone: "UTC" }),
  getLocale: async () => reader.locale,
}));
vi.mock("@/components/programs/program-link", () => ({ ProgramLink: ({ program }: { program: { title: string } }) => program.title }));
vi.mock("@/lib/domain/monitoring/program-health", () => ({ programHealth: async () => new Map() }));

const { Pager } = await import("@/components/lists/pager");
const { ProgramListTable } = await import("@/components/lists/program-list-table");

const PROGRAMS = defineListFilters({ q: text() }, z.object({ q: z.string().optional() }), { path: "/programs", form: "programs", namespace: "Programs" });
const TRAIL = defineListFilters({ q: text() }, z.object({ q: z.string().optional() }), { path: "/audit", form: "audit", namespace: "Audit", paging: "keyset", messages: { pages: null, first: null, next: "older" } });

const text_ = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

beforeEach(() => {
  reader.locale = "en";
});

describe("pagerPosition", () => {
  it("numbers the first, last and neighbouring pages, with gaps between", () => {
    expect(pagerPosition({ offset: 25, limit: 25, total: 263, hasNext: true })).toEqual({ page: 2, pages: 11, capped: false, previous: 0, next: 50, numbers: [1, 2, 3, null, 11] });
    expect(pagerPosition({ offset: 250, limit: 25, total: 263, hasNext: false }).numbers).toEqual([1, null, 10, 11]);
    expect(pagerPosition({ offset: 0, limit: 25, total: 3, hasNext: false })).toMatchObject({ page: 1, pages: 1, previous: null, next: null });
  });

  it("goes back by whole pages without passing the start, and numbers nothing when the rows were not counted", () => {
    expect(pagerPosition({ offset: 10, limit: 25, total: null, hasNext: true })).toMatchObject({ page: 1, pages: null, previous: 0, next: 35, numbers: [] });
  });
});

describe("<Pager>", () => {
  it("says where the reader is and links to the previous, next and numbered pages, keeping the filters", async () => {
    const read = readList(PROGRAMS, { q: "wages", cursor: "25" });
    const html = renderToStaticMarkup(await Pager({ list: PROGRAMS, read, nextCursor: "50", total: { count: 263, capped: false }, items: "263 programs" }));
    expect(html).toMatch(/^<nav aria-label="Pages"/);
    expect(text_(html)).toContain("Page 2 of 11 · 263 programs");
    expect(html).toContain('<a rel="prev" href="/programs?q=wages">← Previous page</a>');
    expect(html).toContain('<a rel="next" href="/programs?q=wages&amp;cursor=50">Next page</a>');
    expect(html).toMatch(/<a[^>]*aria-label="Page 2" aria-current="page" href="\/programs\?q=wages&amp;cursor=25">2<\/a>/);
    expect(html).toMatch(/aria-label="Page 11"[^>]*>11<\/a>/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it("says the page in the reader's language, and that the count stopped", async () => {
    reader.locale = "fr";
    const read = readList(PROGRAMS, { cursor: "50" });
    const html = renderToStaticMarkup(await Pager({ list: PROGRAMS, read, nextCursor: "75", total: { count: 1000, capped: true } }));
    expect(text_(html)).toContain("Page 3 sur plus de 40");
    expect(text_(html)).toContain("Page précédente");
  });

  it("is nothing on a single page", async () => {
    const html = await Pager({ list: PROGRAMS, read: readList(PROGRAMS, {}), nextCursor: null, total: { count: 3, capped: false } });
    expect(html).toBeNull();
  });

  it("makes a keyset list's links a named navigation landmark too", async () => {
    const html = renderToStaticMarkup(await Pager({ list: TRAIL, read: readList(TRAIL, {}), nextCursor: "cm3y" }));
    expect(html).toMatch(/^<nav aria-label="Pages"/);
    expect(html).toContain('href="/audit?cursor=cm3y"');
  });
});

describe("<ProgramListTable>", () => {
  const program = {
    id: "p1",
    title: "Labour inspection",
    identifier: "MX-1-001",
    visibility: "PUBLISHED",
    type: "TECHNICAL_COOPERATION",
    status: "IMPLEMENTATION",
    agreement: { shortName: "USMCA" },
    beneficiaries: [{ countryCode: "MX" }],
    plannedStart: new Date("2024-03-01"),
    plannedEnd: new Date("2026-12-31"),
    actualStart: null,
    actualEnd: null,
    money: [
      { currency: "MXN", committed: "2500000", disbursed: "1250000.5" },
      { currency: "USD", committed: "300000", disbursed: "0" },
    ],
  };
  const render = async (rows: unknown[]) => renderToStaticMarkup(await ProgramListTable({ programs: rows as never }));

  it("shows the span as months on one line and committed and disbursed money, one line per currency", async () => {
    const html = await render([program]);
    expect(html).toMatch(/>Mar 2024\s–\sDec 2026</);
    expect(html).not.toContain("Mar 1, 2024");
    expect(text_(html)).toMatch(/2,500,000\.00 MXN 300,000\.00 USD 1,250,000\.50 MXN 0\.00 USD/);
    expect(html.match(/MXN/g)).toHaveLength(2);
  });

  it("writes dates and amounts the reader's way", async () => {
    reader.locale = "es";
    const html = await render([program]);
    expect(html).toMatch(/mar 2024\s*[–-]\s*dic 2026/);
    expect(html).toContain("2.500.000,00 MXN");
    expect(html).toContain("Comprometido");
  });

  it("says when a program has only a start and no money", async () => {
    const html = await render([{ ...program, plannedEnd: null, money: [] }]);
    expect(html).toContain("From Mar 2024");
    expect(text_(html)).toContain("— —");
  });
});
