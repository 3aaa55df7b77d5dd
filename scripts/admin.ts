// `npm run admin -- <command>`: account administration from the server's command line, for the first
// administrator of a new installation and for whoever runs the server. Works on DATABASE_URL or the
// embedded PostgreSQL under DATA_DIR (start it with the app stopped, or give the same DATABASE_URL),
// applies pending migrations first, and uses the same operations and rules as the app. It never takes
// a password: it prints a one-time link for the person to choose their own, and emails it too when
// SMTP_URL is set. Run `npm run admin -- help` for the commands.
import { z } from "zod";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { Role } from "@/lib/platform/db/generated/enums";
import { applyMigrations } from "@/lib/platform/db/migrate";
import { AppError } from "@/lib/platform/errors/app-error";
import { allowServerOnlyModules } from "@/lib/platform/jobs/outside-next";
import { fail, LaunchError, withDatabase } from "./cli";

const HELP = `Account administration for the Labour Cooperation Tracker.

Usage: npm run admin -- <command> [options]

Commands:
  create-user --email E --name N --role ROLE [--organisation ID-or-name]
      Creates an account and prints a one-time link for the person to choose their password
      (emailed to them as well when SMTP_URL is set). ROLE is one of ${Object.values(Role).join(", ")}.
      Without --organisation, an ADMIN joins "Tracker administration" (created if missing).
  reset-password --email E
      Prints a new one-time link to choose a password (a new invitation if none was ever set);
      earlier links stop working. The current password works until the link is used.
  disable --email E       The account can no longer sign in; its API tokens are revoked.
  enable --email E        The account can sign in again.
  list-users              Every account: email, name, role, organisation, status, last sign-in.
  help                    This text.

Links work once, for PASSWORD_LINK_HOURS hours (24 by default), and start with NEXTAUTH_URL
(or http://localhost:PORT). The database is DATABASE_URL, or else the embedded one under DATA_DIR.`;

type Options = Record<string, string>;

/** `--name value` pairs; a flag without a value, or anything else, is refused. */
function parseOptions(args: string[]): Options {
  const options: Options = {};
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (!/^--[a-z]+$/.test(flag)) throw new LaunchError(`Unexpected "${flag}". Options are written --name value; see npm run admin -- help.`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) throw new LaunchError(`${flag} needs a value.`);
    options[flag.slice(2)] = value;
    i++;
  }
  return options;
}

const ALLOWED: Record<string, string[]> = {
  "create-user": ["email", "name", "role", "organisation"],
  "reset-password": ["email"],
  disable: ["email"],
  enable: ["email"],
  "list-users": [],
};

function required(options: Options, name: string, command: string): string {
  const value = options[name]?.trim();
  if (!value) throw new LaunchError(`Missing --${name}. Usage: npm run admin -- ${command} ${ALLOWED[command]!.map((o) => `--${o} …`).join(" ")}`);
  return value;
}

/** The rules' messages, with the app's field names turned into the command's options. */
function explain(error: unknown): never {
  const field = (name: string) => (name === "organisationId" ? "--organisation" : `--${name}`);
  if (error instanceof z.ZodError) {
    throw new LaunchError(error.issues.map((issue) => `${field(String(issue.path[0] ?? "input"))}: ${issue.message}`).join("\n"));
  }
  if (error instanceof AppError) {
    const details = Object.entries(error.fieldErrors ?? {}).flatMap(([name, messages]) => messages.map((m) => `${field(name)}: ${m}`));
    throw new LaunchError(details.length ? details.join("\n") : error.message);
  }
  throw error;
}

const [command = "help", ...rest] = process.argv.slice(2);
if (command === "help" || command === "--help" || command === "-h") {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
if (!(command in ALLOWED)) {
  process.stderr.write(`Unknown command "${command}".\n\n${HELP}\n`);
  process.exit(1);
}

let options: Options;
try {
  options = parseOptions(rest);
  const unknown = Object.keys(options).filter((name) => !ALLOWED[command]!.includes(name));
  if (unknown.length) throw new LaunchError(`${command} does not take ${unknown.map((n) => `--${n}`).join(", ")}. See npm run admin -- help.`);
  if (command !== "list-users") {
    // Checked before the database is opened: a typing mistake costs nothing.
    const email = required(options, "email", command);
    const parsed = z.email().safeParse(email.toLowerCase());
    if (!parsed.success) throw new LaunchError(`--email: "${email}" is not a valid email address, such as name@example.org.`);
  }
  if (command === "create-user") {
    required(options, "name", command);
    const role = required(options, "role", command).toUpperCase();
    if (!(Object.values(Role) as string[]).includes(role)) throw new LaunchError(`--role: "${options.role}" is not a role. Use one of: ${Object.values(Role).join(", ")}.`);
    options.role = role;
    if (role !== "ADMIN" && !options.organisation) throw new LaunchError(`Missing --organisation: a ${role} account belongs to an organisation (its id or its name).`);
  }
} catch (error) {
  fail(error);
}

allowServerOnlyModules();
const commands = await import("./admin-commands");

await withDatabase(async (database) => {
  // The operations below write to the current schema; a new installation has none yet.
  await applyMigrations(database.url);
  // The app's data-access functions use the process's one client (lib/platform/db): this database's.
  const client = createPrismaClient(database.url, { poolSize: 2 });
  (globalThis as unknown as { prisma?: unknown }).prisma = client;
  try {
    await commands.run(command, options).catch(explain);
  } finally {
    await client.$disconnect();
  }
});
