import { z } from "zod";
import { Role } from "@/lib/platform/db/generated/enums";
import { ZVersion } from "@/lib/platform/validation";

// The rules for user accounts, shared by the admin forms, their server actions and the API.
// Messages are written for the administrator who reads them next to the field.

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(100, message);

export const ZUserEmail = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email({ error: "Enter a valid email address, such as name@example.org." }));

export const ZUserName = z
  .string({ error: "Enter the person's name." })
  .trim()
  .min(1, "Enter the person's name.")
  .max(200, "Keep the name to 200 characters or fewer.");

export const ZUserRole = z.enum(Role, { error: "Choose a role." });

export const ZCreateUser = z.object({
  email: ZUserEmail,
  name: ZUserName,
  role: ZUserRole,
  organisationId: id("Choose an organisation."),
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

/** Every editable field of an account; the email address is the sign-in name and is not changed here. */
export const ZUpdateUser = z.object({
  id: id("Which user? The form is missing the user's id."),
  version: ZVersion,
  name: ZUserName,
  role: ZUserRole,
  organisationId: id("Choose an organisation."),
});
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

export const ZSetUserDisabled = z.object({
  id: id("Which user? The form is missing the user's id."),
  version: ZVersion,
  /** true to disable the account, false to enable it again; forms send "true"/"false". */
  disabled: z.union([z.boolean(), z.stringbool()], { error: "Say whether to disable or enable the account." }),
});
export type TSetUserDisabled = z.infer<typeof ZSetUserDisabled>;

export const ZResetUserPassword = z.object({
  id: id("Which user? The form is missing the user's id."),
});
export type TResetUserPassword = z.infer<typeof ZResetUserPassword>;

/** The user list's filters, as they appear in the page's query string. */
export const ZUserFilter = z.object({
  q: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  role: ZUserRole.optional(),
  organisation: z.string().trim().max(100).optional(),
  status: z.enum(["active", "disabled"], { error: "Status is active or disabled." }).optional(),
});
export type TUserFilter = z.infer<typeof ZUserFilter>;
