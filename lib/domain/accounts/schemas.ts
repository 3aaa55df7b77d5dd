import { z } from "zod";
import { ZUserEmail } from "@/lib/domain/users/schemas";
import { problem } from "@/lib/platform/i18n/problem";

// The rules for setting a password through a link and for asking for one. Messages are written for
// the person choosing their password, shown next to the field.

/** Long rather than complicated (NIST SP 800-63B): at least 12 characters, any characters, at most 128. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const ZNewPassword = z
  .string({ error: problem("AccountProblem.choosePassword") })
  .min(1, problem("AccountProblem.choosePassword"))
  .min(PASSWORD_MIN_LENGTH, problem("AccountProblem.passwordTooShort", { min: PASSWORD_MIN_LENGTH }))
  .max(PASSWORD_MAX_LENGTH, problem("AccountProblem.passwordTooLong", { max: PASSWORD_MAX_LENGTH }))
  .refine((value) => value.trim().length > 0, problem("AccountProblem.passwordBlank"));

export const ZSetPassword = z
  .object({
    token: z.string({ error: problem("AccountProblem.linkIncomplete") }).min(1, problem("AccountProblem.linkIncomplete")),
    password: ZNewPassword,
    confirmPassword: z.string({ error: problem("AccountProblem.confirmPassword") }).min(1, problem("AccountProblem.confirmPassword")),
  })
  .superRefine((value, ctx) => {
    if (value.confirmPassword && value.password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: problem("AccountProblem.passwordsDiffer") });
    }
  });
export type TSetPassword = z.infer<typeof ZSetPassword>;

export const ZForgotPassword = z.object({ email: ZUserEmail });
export type TForgotPassword = z.infer<typeof ZForgotPassword>;
