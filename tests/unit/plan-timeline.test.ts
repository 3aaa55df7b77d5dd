// A plan's timeline reads as a timeline: one ordered list of dated events down a line, oldest first,
// each its date then its sentence, rather than a grid of cards that a phone squeezes.
import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/platform/i18n/load-messages";

vi.mock("@/lib/platform/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "en", messages: await loadMessages("en"), namespace }),
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
  getLocale: async () => "en",
}));
vi.mock("@/lib/platform/audit/history/load-history-names", () => ({ loadHistoryNames: async () => new Map() }));

const { PlanTimeline } = await import("@/components/plans/plan-timeline");

const maria = { name: "Maria López" };
const events = [
  { id: "t1", at: new Date("2026-03-02T09:00:00Z"), action: "plan.transition", actor: maria, before: { status: "DRAFT" }, after: { status: "SUBMITTED", comment: "Ready" } },
  { id: "t2", at: new Date("2026-03-09T15:30:00Z"), action: "plan.review", actor: maria, before: { status: "UNDER_REVIEW" }, after: { status: "APPROVED", review: { decision: "APPROVE", comment: "Good." } } },
];

describe("<PlanTimeline>", () => {
  it("is one ordered list of events, not a grid of cards", async () => {
    const html = renderToStaticMarkup(await PlanTimeline({ events, laterHref: null }));
    expect(html).not.toContain("card");
    expect(html.match(/<ol /g)).toHaveLength(1);
    expect(html.match(/<li class="_event/g)).toHaveLength(2);
    expect(html).toMatch(/<ol class="_timeline[^"]*">/);
  });

  it("gives each event its date first, then its sentence, oldest first, and says so", async () => {
    const html = renderToStaticMarkup(await PlanTimeline({ events, laterHref: null }));
    const items = html.split(/<li /).slice(1);
    expect(items[0]).toMatch(/<time dateTime="2026-03-02T09:00:00.000Z">Mar 2, 2026, 9:00 AM<\/time>[\s\S]*Maria López moved the plan from Draft to Submitted/);
    expect(items[1]).toMatch(/<time dateTime="2026-03-09T15:30:00.000Z">[\s\S]*Maria López approved the plan/);
    expect(html).toContain("Oldest first.");
  });
});
