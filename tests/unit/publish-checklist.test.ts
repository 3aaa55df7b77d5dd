// The publishing checklist: which items block publishing and which are advice, for programs with
// and without money, and every item a page can name has its words in every language.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { CHECKLIST_KEYS, isFunded, publishBlockers, publishChecklist, type PublishFacts } from "@/lib/domain/programs/publish-checklist";
import { LOCALES } from "@/lib/platform/i18n/locales";
import { renderProblem } from "@/lib/platform/i18n/render-problem";
import { problem, type ProblemKey } from "@/lib/platform/i18n/problem";

/** A technical cooperation draft as a ministry first registers it: a title and itself as participant. */
const bare: PublishFacts = {
  type: "TECHNICAL_COOPERATION",
  title: "Labour inspection",
  summary: "",
  objectives: "",
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  reportingOrganisation: { name: "STPS", iatiIdentifier: null },
  topics: 0,
  beneficiaryCountries: 0,
  provisions: 0,
  participants: 1,
  implementers: 0,
  budgets: 0,
  fundingTransactions: 0,
  indicators: 0,
  documents: 0,
};

const complete: PublishFacts = {
  ...bare,
  summary: "Training inspectors.",
  objectives: "Fewer accidents.",
  plannedStart: "2027-01-01",
  plannedEnd: "2028-12-31",
  reportingOrganisation: { name: "STPS", iatiIdentifier: "MX-STPS" },
  topics: 1,
  beneficiaryCountries: 1,
  provisions: 1,
  implementers: 1,
  budgets: 1,
  indicators: 1,
  documents: 1,
};

const blockers = (facts: PublishFacts) => publishBlockers(publishChecklist(facts)).map((item) => item.key);

describe("the publishing checklist", () => {
  it("lists every item once, in order", () => {
    expect(publishChecklist(bare).map((item) => item.key)).toEqual([...CHECKLIST_KEYS]);
  });

  it("blocks a program without money only on what IATI requires: a summary and a start date here", () => {
    expect(blockers(bare)).toEqual(["summary", "startDate"]);
    const advice = publishChecklist(bare).filter((item) => !item.blocking && !item.done).map((item) => item.key);
    expect(advice).toEqual(["reportingOrganisationIdentifier", "objectives", "plannedEnd", "implementer", "provisions", "budget", "indicator", "topics", "beneficiaryCountries", "documents"]);
  });

  it("takes an actual start date for a start date", () => {
    expect(blockers({ ...bare, summary: "x", actualStart: "2026-05-01" })).toEqual([]);
  });

  it("blocks a program without participants or a title", () => {
    expect(blockers({ ...bare, summary: "x", plannedStart: "2027-01-01", participants: 0, title: "  " })).toEqual(["title", "participants"]);
  });

  it("asks a financial assistance program for a budget, an indicator and the provisions it serves", () => {
    const financial = { ...bare, type: "FINANCIAL_ASSISTANCE" as const, summary: "x", plannedStart: "2027-01-01", participants: 2 };
    expect(isFunded(financial)).toBe(true);
    expect(blockers(financial)).toEqual(["provisions", "budget", "indicator"]);
    expect(blockers({ ...financial, provisions: 1, budgets: 1, indicators: 1 })).toEqual([]);
  });

  it("asks any program with a budget for an indicator and provisions, and one with money committed for a budget too", () => {
    const budgeted = { ...bare, summary: "x", plannedStart: "2027-01-01", budgets: 1 };
    expect(blockers(budgeted)).toEqual(["provisions", "indicator"]);
    const committed = { ...bare, summary: "x", plannedStart: "2027-01-01", fundingTransactions: 2 };
    expect(blockers(committed)).toEqual(["provisions", "budget", "indicator"]);
  });

  it("has nothing missing for a complete program", () => {
    expect(publishChecklist(complete).every((item) => item.done)).toBe(true);
  });

  it("names each blocking item's refusal in every language", () => {
    const blocking = new Set(
      [bare, { ...bare, type: "FINANCIAL_ASSISTANCE" as const, participants: 0, title: "" }].flatMap((facts) => publishChecklist(facts).filter((item) => item.blocking).map((item) => item.key)),
    );
    for (const locale of LOCALES) {
      for (const key of blocking) {
        const text = renderProblem(problem(`PublishProblems.${key}` as ProblemKey), locale);
        expect(text, `${locale} ${key}`).not.toContain("PublishProblems");
      }
    }
  });

  it("has a label, a hint and (where it can be fixed) a link text for each item in every language", () => {
    for (const locale of LOCALES) {
      const messages = JSON.parse(fs.readFileSync(`lib/platform/i18n/messages/${locale}/publishing.json`, "utf8")) as { Publishing: { item: Record<string, Record<string, string>> } };
      for (const item of publishChecklist(bare)) {
        const words = messages.Publishing.item[item.key];
        expect(words?.label, `${locale} ${item.key}`).toBeTruthy();
        expect(words?.hint, `${locale} ${item.key}`).toBeTruthy();
        if (item.fix) expect(words?.fix, `${locale} ${item.key}`).toBeTruthy();
      }
    }
  });
});
