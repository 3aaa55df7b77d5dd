// How the public submissions fare, as the evidence page and the dashboard write it: each figure in
// words from its cases, and where there are none a sentence that says so, never "0%" or a median
// from nothing; the dashboard's overdue flag links to the docket's overdue submissions.
import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SubmissionFigures } from "@/lib/domain/evidence/submission-figures";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { LOCALES } from "@/lib/platform/i18n/locales";
import { overdueSubmissionsHref, type DashboardFigures } from "@/components/dashboard/dashboard-figures";

const reader = { locale: "en" as (typeof LOCALES)[number] };

vi.mock("@/lib/platform/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: reader.locale, messages: await loadMessages(reader.locale), namespace }),
  getLocale: async () => reader.locale,
}));

const { EvidenceSubmissions } = await import("@/components/evidence/evidence-submissions");
const { SubmissionsSection } = await import("@/components/dashboard/submissions-section");
const { KeyFigures } = await import("@/components/dashboard/key-figures");

const NOTHING: SubmissionFigures = {
  filed: 0,
  accepted: 0,
  reported: 0,
  followedByPlan: 0,
  daysToDecision: { median: null, count: 0 },
  daysToReport: { median: null, count: 0 },
  decisions: { due: 0, inTime: 0 },
  overdue: { decisions: 0, reports: 0 },
};
/** Filed and waiting: nothing decided, reported on or due yet. */
const WAITING: SubmissionFigures = { ...NOTHING, filed: 2 };
const SOME: SubmissionFigures = {
  filed: 8,
  accepted: 5,
  reported: 3,
  followedByPlan: 1,
  daysToDecision: { median: 12.5, count: 6 },
  daysToReport: { median: 1, count: 1 },
  decisions: { due: 6, inTime: 3 },
  overdue: { decisions: 1, reports: 2 },
};

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
const evidence = async (figures: SubmissionFigures) => renderToStaticMarkup(await EvidenceSubmissions({ submissions: figures }));
const dashboardWith = (submissions: SubmissionFigures) =>
  ({
    submissions,
    programs: { total: 0, byStatusAndType: [] },
    civilSociety: { programs: 0, total: 0 },
    plans: { overdueMeasures: 0, awaitingReview: 0, byStatus: [] },
    health: { funded: 0, moneyWithoutMonitoring: 0, fundedWithoutIndicators: 0, indicatorsWithoutBaseline: 0, overdueReports: 0 },
  }) as unknown as DashboardFigures;

beforeEach(() => {
  reader.locale = "en";
});

describe("the evidence page's submission figures", () => {
  it("say that nothing has been filed yet, and nothing else, when nothing has", async () => {
    const html = await evidence(NOTHING);
    expect(text(html)).toContain("No public submission has been filed yet, so there is no decision, report or plan to count and no time or deadline to measure.");
    expect(html.match(/<li>/g)).toHaveLength(1);
    expect(text(html)).not.toMatch(/\d/);
  });

  it("say which figure has no cases yet, in words, once submissions are filed", async () => {
    const html = text(await evidence(WAITING));
    expect(html).toContain("2 public submissions filed: 0 accepted for review, 0 reported on");
    expect(html).toContain("No submission has been reported on yet, so none has a recommendation followed by a plan.");
    expect(html).toContain("No submission has been decided yet, so there is no time from filing to decision to show.");
    expect(html).toContain("No accepted submission has been reported on yet, so there is no time from acceptance to report to show.");
    expect(html).toContain("No decision has fallen due yet, so there is no share decided within the deadline to show.");
    expect(html).not.toContain("%");
    expect(html).not.toContain("—");
  });

  it("write each figure with its cases", async () => {
    const html = await evidence(SOME);
    expect(html).toContain('<a href="/submissions">8 public submissions filed: 5 accepted for review, 3 reported on</a>');
    const words = text(html);
    expect(words).toContain("33.3% of the reported submissions have at least one recommendation followed by a plan (1 of 3)");
    expect(words).toContain("Median time from filing to decision: 12.5 days (over 6 decisions)");
    expect(words).toContain("Median time from acceptance to report: 1 day (over one report)");
    expect(words).toContain("50% of the decisions due so far were made on or before their deadline (3 of 6; a decision still not made after its deadline counts as late)");
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("are written in %s, with the reader's decimal comma", async (locale) => {
    const english = text(await evidence(WAITING));
    reader.locale = locale;
    const none = text(await evidence(WAITING));
    expect(none).not.toBe(english);
    expect(none).not.toContain("%");
    expect(none).not.toContain("Evidence.");
    expect(text(await evidence(SOME))).toContain("12,5");
  });
});

describe("the dashboard's submission figures", () => {
  it("show a dash and say why where a median or a share has no cases", async () => {
    const html = text(renderToStaticMarkup(await SubmissionsSection({ dashboard: dashboardWith(WAITING) })));
    expect(html).toContain("2 submissions filed");
    expect(html).toContain("— from filing to decision: no submission decided yet");
    expect(html).toContain("— from acceptance to report: no submission reported on yet");
    expect(html).toContain("— decided within the deadline: no decision due yet");
    expect(html).not.toContain("%");
  });

  it("show the medians and the share decided by the deadline", async () => {
    const html = text(renderToStaticMarkup(await SubmissionsSection({ dashboard: dashboardWith(SOME) })));
    expect(html).toContain("12.5 days median time from filing to decision (6 decisions)");
    expect(html).toContain("1 day median time from acceptance to report (one report)");
    expect(html).toContain("50% of the decisions due so far were made by their deadline (3 of 6; one still awaited counts as late)");
    expect(html).toContain("1 reported on, with a recommendation followed by a plan");
  });

  it("flag the overdue decisions and reports among the key figures, linking to the docket's overdue list under the same filters", async () => {
    const html = renderToStaticMarkup(await KeyFigures({ dashboard: dashboardWith(SOME), query: new URLSearchParams({ agreement: "a1", country: "MX" }), filter: { agreement: "a1", country: "MX" } }));
    expect(html).toContain('<span class="figure-value">3</span><a href="/submissions?deadline=overdue&amp;agreement=a1&amp;concerns=MX">1 submission decision and 2 reports overdue</a>');
    expect(overdueSubmissionsHref({})).toBe("/submissions?deadline=overdue");
  });
});
