import { z } from "zod";
import { Role } from "@/lib/platform/db/generated/enums";
import { ZVersion } from "@/lib/platform/validation";
import { problem } from "@/lib/platform/i18n/problem";

// The rules for user accounts, shared by the admin forms, their server actions and the API.
// Messages are written for the administrator who reads them next to the field.

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(100, message);

export const ZUserEmail = z
  .string({ error: problem("UserProblem.enterEmail") })
  .trim()
  .toLowerCase()
  .min(1, problem("UserProblem.enterEmail"))
  .max(254, problem("UserProblem.emailTooLong", { max: 254 }))
  .pipe(z.email({ error: problem("UserProblem.invalidEmail") }));

export const ZUserName = z
  .string({ error: problem("UserProblem.enterName") })
  .trim()
  .min(1, problem("UserProblem.enterName"))
  .max(200, problem("UserProblem.nameTooLong", { max: 200 }));

export const ZUserRole = z.enum(Role, { error: problem("UserProblem.chooseRole") });

export const ZCreateUser = z.object({
  email: ZUserEmail,
  name: ZUserName,
  role: ZUserRole,
  organisationId: id(problem("UserProblem.chooseOrganisation")),
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

/** Every editable field of an account; the email address is the sign-in name and is not changed here. */
export const ZUpdateUser = z.object({
  id: id(problem("UserProblem.missingId")),
  version: ZVersion,
  name: ZUserName,
  role: ZUserRole,
  organisationId: id(problem("UserProblem.chooseOrganisation")),
});
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

export const ZSetUserDisabled = z.object({
  id: id(problem("UserProblem.missingId")),
  version: ZVersion,
  /** true to disable the account, false to enable it again; forms send "true"/"false". */
  disabled: z.union([z.boolean(), z.stringbool()], { error: problem("UserProblem.disableOrEnable") }),
});
export type TSetUserDisabled = z.infer<typeof ZSetUserDisabled>;

export const ZResetUserPassword = z.object({
  id: id(problem("UserProblem.missingId")),
});
export type TResetUserPassword = z.infer<typeof ZResetUserPassword>;

/** The user list's filters, as they appear in the page's query string. */
export const ZUserFilter = z.object({
  q: z.string().trim().max(200, problem("UserProblem.searchTooLong", { max: 200 })).optional(),
  role: ZUserRole.optional(),
  organisation: z.string().trim().max(100).optional(),
  status: z.enum(["active", "disabled"], { error: problem("UserProblem.status") }).optional(),
});
export type TUserFilter = z.infer<typeof ZUserFilter>;
