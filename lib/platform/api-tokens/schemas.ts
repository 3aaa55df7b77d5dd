import { z } from "zod";
import { ZWholeNumber } from "../validation";
import { problem } from "@/lib/platform/i18n/problem";

export const ZCreateApiToken = z.object({
  name: z
    .string({ error: problem("TokenProblem.enterName") })
    .trim()
    .min(1, problem("TokenProblem.enterName"))
    .max(100, problem("TokenProblem.nameTooLong", { max: 100 })),
  /** Days until the token stops working; none means it lasts until revoked. */
  expiresInDays: ZWholeNumber(problem("TokenProblem.days"), z.number().min(1, problem("TokenProblem.daysAtLeast", { min: 1 })).max(366, problem("TokenProblem.daysAtMost", { max: 366 }))).optional(),
});
export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;
