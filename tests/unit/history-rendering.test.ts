// The pages that show history — a program's History tab, a plan's timeline, the audit trail — as
// their reader sees them: sentences in the reader's language, no stored codes, and long values
// wrapped or shortened so that "Show before and after" never makes the page wider than the screen.
import fs from "node:fs";
import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/platform/i18n/load-messages";

const reader = { locale: "en" as "en" | "es" };

vi.mock("@/lib/platform/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: reader.locale, messages: await loadMessages(reader.locale), namespace }),
  getFormatter: async () => createFormatter({ locale: reader.locale, timeZone: "UTC" }),
  getLocale: async () => reader.locale,
}));
vi.mock("@/lib/platform/audit/history/load-history-names", () => ({ loadHistoryNames: async () => new Map([["o1", "Ministry of Labour"]]) }));

const { ProgramHistory } = await import("@/components/programs/program-history");
const { PlanTimeline } = await import("@/components/plans/plan-timeline");
const { AuditEventTable } = await import("@/components/lists/audit-event-table");

const at = new Date("2026-12-01T10:30:00Z");
const maria = { name: "Maria López" };
const program = { id: "p1", version: 1, title: "Labour inspection", status: "PIPELINE", visibility: "DRAFT", currencyCode: "USD", summary: "Short." };
const unbroken = "x".repeat(2_000);
const events = [
  { id: "e1", at, action: "program.update", actor: maria, before: program, after: { ...program, version: 2, visibility: "PUBLISHED" } },
  { id: "e2", at, action: "program.participant.add", actor: maria, before: null, after: { participant: { id: "pa1", organisationId: "o1", organisation: "Ministry of Labour", role: "IMPLEMENTER" } } },
  { id: "e3", at, action: "indicator.create", actor: maria, before: null, after: { indicator: { id: "i1", title: "Inspections carried out", level: "OUTPUT" } } },
  { id: "e4", at, action: "program.update", actor: maria, before: { ...program, version: 2 }, after: { ...program, version: 3, summary: unbroken } },
];

/** The text a reader sees, without tags, and without what sits in the "data as recorded" disclosure. */
const visibleText = (html: string) => html.replace(/<details><summary>Data as recorded[\s\S]*?<\/details>/g, "").replace(/<[^>]+>/g, "\n");

function expectNoCodes(text: string) {
  expect(text).not.toMatch(/\b[a-z][A-Za-z_]*\.[a-z][A-Za-z_-]*\b/);
  expect(text).not.toMatch(/\b(?!(?:USD|API|IATI)\b)[A-Z]{3,}(_[A-Z]+)*\b/);
  expect(text).not.toContain("→");
}

describe("a program's History tab", () => {
  beforeEach(() => {
    reader.locale = "en";
  });

  it("says each change as a sentence, with values in words and no codes", async () => {
    const html = renderToStaticMarkup(await ProgramHistory({ programId: "p1", page: { data: events, page: { limit: 25, nextCursor: null } } }));
    expect(html).toContain("Maria López published the program");
    expect(html).toContain("Visibility: from Draft to Published");
    expect(html).toContain("Maria López added Ministry of Labour to the program as Implementer");
    expect(html).toContain("Maria López added the indicator “Inspections carried out”");
    expectNoCodes(visibleText(html));
  });

  it("shortens a long value instead of showing all of it", async () => {
    const html = renderToStaticMarkup(await ProgramHistory({ programId: "p1", page: { data: events, page: { limit: 25, nextCursor: null } } }));
    expect(html).not.toContain(unbroken);
    expect(html).toMatch(/Summary: from Short\. to x{100,120}…/);
  });

  it("speaks the reader's language", async () => {
    reader.locale = "es";
    const html = renderToStaticMarkup(await ProgramHistory({ programId: "p1", page: { data: events, page: { limit: 25, nextCursor: null } } }));
    expect(html).toContain("Maria López publicó el programa");
    expect(html).toContain("Visibilidad: de Borrador a Publicado");
    expect(html).toContain("como Ejecutor");
  });
});

describe("a plan's timeline", () => {
  it("says a status change and a review as sentences", async () => {
    reader.locale = "en";
    const timeline = [
      { id: "t1", at, action: "plan.transition", actor: maria, before: { status: "DRAFT" }, after: { status: "SUBMITTED", comment: "Ready for review" } },
      { id: "t2", at, action: "plan.review", actor: maria, before: { status: "UNDER_REVIEW" }, after: { status: "APPROVED", review: { decision: "APPROVE", comment: "Good." } } },
    ];
    const html = renderToStaticMarkup(await PlanTimeline({ events: timeline, laterHref: null }));
    expect(html).toContain("Maria López moved the plan from Draft to Submitted");
    expect(html).toContain("Comment: “Ready for review”");
    expect(html).toContain("Maria López approved the plan");
    expectNoCodes(visibleText(html));
  });
});

describe("the audit trail", () => {
  const rows = events.map((event) => ({ ...event, entityType: "CooperationProgram", entityId: "p1", requestId: "r1", actor: { id: "u1", email: "maria@example.org", name: "Maria López" } }));

  it("says each entry as a sentence and names the record's kind in words", async () => {
    reader.locale = "en";
    const html = renderToStaticMarkup(await AuditEventTable({ events: rows }));
    expect(html).toContain("Maria López published the program");
    expect(html).toContain("Program <code>p1</code>");
    expect(visibleText(html)).not.toContain("program.update");
    expect(visibleText(html)).not.toContain("CooperationProgram");
  });

  it("keeps before and after within the page: a scrolling table, wrapped cells, shortened values", async () => {
    const html = renderToStaticMarkup(await AuditEventTable({ events: rows }));
    expect(html).toMatch(/^<div class="table-scroll" role="group" aria-label="[^"]+" tabindex="0"><table class="table table-stack"/);
    expect(html).toContain('<details class="audit-change">');
    // The values in words are shortened; the data as recorded is kept whole, and wraps.
    expect(visibleText(html)).not.toContain(unbroken);
    const css = fs.readFileSync("app/globals.css", "utf8");
    expect(css).toMatch(/\.audit-json \{[^}]*white-space: pre-wrap;[^}]*overflow-wrap: anywhere;/);
    expect(css).toMatch(/\.audit-change \{[^}]*overflow-wrap: anywhere;/);
    expect(css).toMatch(/\.audit-change \{[^}]*max-width: 36rem;/);
  });
});
