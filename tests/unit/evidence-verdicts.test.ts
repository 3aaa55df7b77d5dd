// The evidence page's verdicts and plan-origin counts: each argument's verdict follows its stated
// rule on constructed figures, in both directions and below the minimum; the origins always add
// up to their total; and the messages that state the rules and the origins say what the code does.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countOrigins } from "@/lib/domain/evidence/plan-origins";
import { ARGUMENTS, judge, judgeArguments, MINIMUM_CASES, VERDICT_RULES, type ArgumentKey, type Share } from "@/lib/domain/evidence/verdicts";
import { PlanOrigin } from "@/lib/platform/db/generated/enums";
import { LOCALES } from "@/lib/platform/i18n/locales";

const evidenceMessages = (locale: string) => {
  const folder = path.join("lib/platform/i18n/messages", locale);
  const merged = Object.assign({}, ...fs.readdirSync(folder).filter((file) => file.endsWith(".json")).map((file) => JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"))));
  return merged.Evidence as Record<string, string>;
};

/** Figures where every argument has `whole` cases, `part` of them counting toward its threshold. */
const all = (share: Share) => Object.fromEntries(ARGUMENTS.map((key) => [key, share])) as Record<ArgumentKey, Share>;

describe("each argument's verdict", () => {
  it.each(ARGUMENTS)("%s follows its rule in both directions", (key) => {
    const rule = VERDICT_RULES[key];
    const whole = 20;
    const atThreshold = { part: Math.ceil(rule.threshold * whole), whole };
    const below = { part: atThreshold.part - 1, whole };
    const [high, low] = rule.supportsWhen === "atLeast" ? ["supports", "contradicts"] : ["contradicts", "supports"];
    expect(judge(rule, atThreshold)).toBe(high);
    expect(judge(rule, below)).toBe(low);
    expect(judge(rule, { part: whole, whole })).toBe(high);
    expect(judge(rule, { part: 0, whole })).toBe(low);
  });

  it.each(ARGUMENTS)("%s tells nothing with fewer cases than its minimum, however they went", (key) => {
    const rule = VERDICT_RULES[key];
    expect(judge(rule, { part: rule.minimum - 1, whole: rule.minimum - 1 })).toBe("notEnough");
    expect(judge(rule, { part: 0, whole: rule.minimum - 1 })).toBe("notEnough");
    expect(judge(rule, { part: 0, whole: 0 })).toBe("notEnough");
    expect(judge(rule, { part: 0, whole: rule.minimum })).not.toBe("notEnough");
  });

  it("reads an argument against cooperation the other way round from one in favour", () => {
    // Every program met its target, every measure was met, every plan is owned at home.
    const success = judgeArguments(all({ part: 10, whole: 10 }));
    expect(success).toEqual({ for1: "supports", for2: "supports", for3: "supports", against1: "contradicts", against2: "contradicts", against3: "contradicts" });
    const failure = judgeArguments(all({ part: 1, whole: 10 }));
    expect(failure).toEqual({ for1: "contradicts", for2: "contradicts", for3: "contradicts", against1: "supports", against2: "supports", against3: "supports" });
    expect(judgeArguments(all({ part: 3, whole: MINIMUM_CASES - 1 }))).toEqual(Object.fromEntries(ARGUMENTS.map((key) => [key, "notEnough"])));
  });

  it("judges each argument by its own figure only", () => {
    const figures = { ...all({ part: 10, whole: 10 }), against1: { part: 2, whole: 8 } };
    expect(judgeArguments(figures).against1).toBe("supports");
    expect(judgeArguments(figures).against2).toBe("contradicts");
  });

  it.each(LOCALES)("is stated, in %s, with the threshold, the minimum and the direction the code uses", (locale) => {
    const messages = evidenceMessages(locale);
    const english = evidenceMessages("en");
    for (const key of ARGUMENTS) {
      expect(messages[`${key}Rule`], `${key}Rule in ${locale}`).toMatch(/\{threshold\}[\s\S]*\{minimum\}/);
      // The English says which side of the threshold supports the argument, as the rule has it.
      const supportsWhen = /support the argument when at least \{threshold\}/.test(english[`${key}Rule`]!) ? "atLeast" : /support the argument when fewer than \{threshold\}/.test(english[`${key}Rule`]!) ? "below" : "?";
      expect(supportsWhen, `${key}Rule`).toBe(VERDICT_RULES[key].supportsWhen);
    }
    for (const verdict of ["supports", "contradicts"]) expect(messages.verdict).toContain(`${verdict} {`);
  });
});

describe("the plan origins", () => {
  it("count every origin, 'other' included, and add up to their total", () => {
    const counts = countOrigins([
      { origin: "REVIEW_FINDING", count: 1 },
      { origin: "PUBLIC_SUBMISSION", count: 1 },
      { origin: "OTHER", count: 1 },
    ]);
    expect(counts.byOrigin).toEqual({ REVIEW_FINDING: 1, COUNCIL_DECISION: 0, PUBLIC_SUBMISSION: 1, OTHER: 1 });
    expect(counts.total).toBe(3);
    expect(Object.keys(counts.byOrigin).sort()).toEqual(Object.values(PlanOrigin).sort());
    expect(countOrigins([])).toEqual({ byOrigin: { REVIEW_FINDING: 0, COUNCIL_DECISION: 0, PUBLIC_SUBMISSION: 0, OTHER: 0 }, total: 0 });
  });

  it.each(LOCALES)("are written, in %s, with a place for every origin and for the total", (locale) => {
    // The page once wrote three of the four origins, so that "0 + 1 + 1" stood beside "of 3".
    const message = evidenceMessages(locale).planOrigins!;
    for (const placeholder of ["council", "review", "submission", "other", "total"]) expect(message, `${locale}: {${placeholder}}`).toContain(`{${placeholder}}`);
  });
});
