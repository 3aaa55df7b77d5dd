import type { Problem, Tier } from "./types";
import { iatiText } from "../iati-text";

/** The most problems kept per activity; a file of thousands of the same mistake stays readable. */
const MAX_PROBLEMS = 100;

/** The same problem once, with how many times it occurs, and at most MAX_PROBLEMS of them. */
export function compact(problems: Problem[]): Problem[] {
  const counted = new Map<string, { problem: Problem; count: number }>();
  for (const problem of problems) {
    const key = `${problem.tier}|${problem.where}|${problem.message}`;
    const seen = counted.get(key);
    if (seen) seen.count++;
    else counted.set(key, { problem, count: 1 });
  }
  const unique = [...counted.values()].map(({ problem, count }) => (count > 1 ? { ...problem, message: iatiText("repeated", { message: problem.message, count }) } : problem));
  if (unique.length <= MAX_PROBLEMS) return unique;
  // The critical problems first, so that what skips the activity is never cut.
  const order: Record<Tier, number> = { critical: 0, error: 1, warning: 2 };
  const kept = [...unique].sort((a, b) => order[a.tier] - order[b.tier]).slice(0, MAX_PROBLEMS - 1);
  return [...kept, { tier: "warning", where: "activity", message: iatiText("moreNotListed", { count: unique.length - kept.length }) }];
}
