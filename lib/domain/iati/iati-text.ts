import { problem, type ProblemValues } from "@/lib/platform/i18n/problem";
import type { ProblemMessages } from "@/lib/platform/i18n/problem-catalogue";

/** What the import says about a file or an activity, by its key in `IatiProblems`, rendered in each reader's language. */
export const iatiText = (key: keyof ProblemMessages["IatiProblems"], values?: ProblemValues) => problem(`IatiProblems.${key}`, values);
