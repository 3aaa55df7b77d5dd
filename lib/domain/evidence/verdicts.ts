import "server-only";

/** The arguments of the source document, in its order: three in favour of cooperation, three against. */
export const ARGUMENTS = ["for1", "for2", "for3", "against1", "against2", "against3"] as const;
export type ArgumentKey = (typeof ARGUMENTS)[number];

export type Verdict = "supports" | "contradicts" | "notEnough";

/** A share of cases: `part` of `whole` (results that met their target, plans owned at home…). */
export type Share = { part: number; whole: number };

/**
 * How a figure is read against an argument: with at least `minimum` cases, a share at or above
 * `threshold` supports the argument when `supportsWhen` is "atLeast" and contradicts it when
 * "below" (an argument against cooperation is borne out by a low success rate); fewer cases tell nothing.
 */
export type VerdictRule = { threshold: number; minimum: number; supportsWhen: "atLeast" | "below" };

/** Fewer cases than this tell nothing: few enough that a small register can answer, enough that one case does not decide. */
export const MINIMUM_CASES = 5;
const HALF = { threshold: 0.5, minimum: MINIMUM_CASES } as const;

export const VERDICT_RULES: Record<ArgumentKey, VerdictRule> = {
  // Reported results of programs that held workshops, trainings or study visits: met their target.
  for1: { ...HALF, supportsWhen: "atLeast" },
  // Reported results of financial assistance: met their target.
  for2: { ...HALF, supportsWhen: "atLeast" },
  // Exchanges on legislation, labour-market data or inspections: tied to a provision of the agreement.
  for3: { ...HALF, supportsWhen: "atLeast" },
  // Plan measures with an outcome: met. Cooperation that changes practice meets its measures.
  against1: { ...HALF, supportsWhen: "below" },
  // Published plans: owned by an organisation of the country they concern.
  against2: { ...HALF, supportsWhen: "below" },
  // Programs that received disbursements: monitored (indicators with baselines, no overdue report).
  against3: { ...HALF, supportsWhen: "below" },
};

/** What a figure says about an argument, by its rule. */
export function judge({ threshold, minimum, supportsWhen }: VerdictRule, { part, whole }: Share): Verdict {
  if (whole < minimum) return "notEnough";
  const reached = part / whole >= threshold;
  return reached === (supportsWhen === "atLeast") ? "supports" : "contradicts";
}

/** Every argument's verdict from its deciding figure. */
export function judgeArguments(figures: Record<ArgumentKey, Share>): Record<ArgumentKey, Verdict> {
  return Object.fromEntries(ARGUMENTS.map((key) => [key, judge(VERDICT_RULES[key], figures[key])])) as Record<ArgumentKey, Verdict>;
}
