// The commands of `npm run admin` (scripts/admin.ts), once the arguments are checked and the
// database is open. Imported after allowServerOnlyModules(): they run the app's own operations.
import { db } from "@/lib/platform/db";
import { deliverPasswordLink, type DeliveredLink } from "@/lib/domain/accounts/deliver-password-link";
import { administrationOrganisation, findOrganisation } from "@/lib/domain/accounts/find-organisation";
import { findAccountByEmail, listAccounts } from "@/lib/domain/accounts/list-accounts";
import { systemContext } from "@/lib/domain/accounts/system-context";
import { createUser } from "@/lib/domain/users/create-user";
import { resetUserPassword } from "@/lib/domain/users/reset-user-password";
import { setUserDisabled } from "@/lib/domain/users/set-user-disabled";
import { seedReferenceData } from "@/prisma/seed/reference";
import { LaunchError } from "./cli";

const print = (text = "") => process.stdout.write(`${text}\n`);
const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

function printLink(delivered: DeliveredLink, email: string) {
  print(`One-time link to choose a password (works once, until ${utc(delivered.expiresAt)}):`);
  print(`  ${delivered.url}`);
  if (delivered.emailed) print(`It has also been emailed to ${email}.`);
  else if (delivered.emailError) print(`It could not be emailed (${delivered.emailError}): pass it on to ${email} yourself, through a safe channel.`);
  else print(`SMTP_URL is not set, so nothing was emailed: pass the link on to ${email} yourself, through a safe channel.`);
}

async function account(email: string) {
  const found = await findAccountByEmail(email.trim().toLowerCase());
  if (!found) throw new LaunchError(`No account has the email address ${email.trim().toLowerCase()}. See npm run admin -- list-users.`);
  return found;
}

async function createUserCommand(options: Record<string, string>) {
  const ctx = systemContext("cli");
  // A fresh external database may not have the countries yet (npm start adds them too).
  await db().$transaction((tx) => seedReferenceData(tx));
  const organisation = options.organisation ? await findOrganisation(options.organisation) : await administrationOrganisation(ctx);
  const { user, invitation } = await createUser(ctx, { email: options.email, name: options.name, role: options.role, organisationId: organisation.id });
  print(`Created the ${user.role} account ${user.email} (${user.name}), organisation "${organisation.name}".`);
  printLink(await deliverPasswordLink(invitation, user), user.email);
}

async function resetPasswordCommand(email: string) {
  const { id } = await account(email);
  const { user, link } = await resetUserPassword(systemContext("cli"), { id });
  print(link.purpose === "INVITATION" ? `${user.email} never chose a password: a new invitation replaces the earlier links.` : `Password reset for ${user.email}: earlier links stop working; the current password works until this link is used.`);
  printLink(await deliverPasswordLink(link, user), user.email);
}

async function setDisabledCommand(email: string, disabled: boolean) {
  const found = await account(email);
  const { user, revokedTokens } = await setUserDisabled(systemContext("cli"), { id: found.id, version: found.version, disabled });
  if (found.disabled === disabled) print(`${user.email} was already ${disabled ? "disabled" : "enabled"}; nothing changed.`);
  else if (disabled) print(`Disabled ${user.email}: it can no longer sign in${revokedTokens ? `, and ${revokedTokens} API token(s) were revoked` : ""}.`);
  else print(`Enabled ${user.email}: it can sign in again.`);
}

async function listUsersCommand() {
  const rows = await listAccounts();
  if (rows.length === 0) {
    print("No accounts yet. Create the first administrator with:");
    print('  npm run admin -- create-user --email you@example.org --name "Your Name" --role ADMIN');
    return;
  }
  const table = [
    ["EMAIL", "NAME", "ROLE", "ORGANISATION", "STATUS", "LAST SIGN-IN"],
    ...rows.map((row) => [
      row.email,
      row.name,
      row.role,
      `${row.organisation.name}${row.organisation.countryCode ? ` (${row.organisation.countryCode})` : ""}`,
      row.disabled ? "disabled" : row.passwordSet ? "active" : "invited",
      row.lastSignInAt ? utc(row.lastSignInAt) : "never",
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  for (const cells of table) print(cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd());
  print(`${rows.length} account(s).`);
}

export async function run(command: string, options: Record<string, string>): Promise<void> {
  switch (command) {
    case "create-user":
      return createUserCommand(options);
    case "reset-password":
      return resetPasswordCommand(options.email!);
    case "disable":
      return setDisabledCommand(options.email!, true);
    case "enable":
      return setDisabledCommand(options.email!, false);
    case "list-users":
      return listUsersCommand();
  }
}
