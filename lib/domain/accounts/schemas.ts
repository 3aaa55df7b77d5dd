import { z } from "zod";
import { ZUserEmail } from "@/lib/domain/users/schemas";

// The rules for setting a password through a link and for asking for one. Messages are written for
// the person choosing their password, shown next to the field.

/** Long rather than complicated (NIST SP 800-63B): at least 12 characters, any characters, at most 128. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const ZNewPassword = z
  .string({ error: "Choose a password." })
  .min(1, "Choose a password.")
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters. A few words strung together make a good password.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((value) => value.trim().length > 0, "A password cannot be only spaces.");

export const ZSetPassword = z
  .object({
    token: z.string({ error: "The link is incomplete." }).min(1, "The link is incomplete."),
    password: ZNewPassword,
    confirmPassword: z.string({ error: "Type the password a second time." }).min(1, "Type the password a second time."),
  })
  .superRefine((value, ctx) => {
    if (value.confirmPassword && value.password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords are not the same. Type them again." });
    }
  });
export type TSetPassword = z.infer<typeof ZSetPassword>;

export const ZForgotPassword = z.object({ email: ZUserEmail });
export type TForgotPassword = z.infer<typeof ZForgotPassword>;
