// `npm run admin`: the command line that creates the first administrator of a new installation and
// manages accounts, run as an operator would run it, against this file's database and a real SMTP
// server: what it prints, its exit codes, and that its links work.
import { execFile } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usePasswordLink } from "@/lib/domain/accounts/use-password-link";
import { createOrganisation } from "@/prisma/seed/factories";
import { startSmtpInbox, type SmtpInbox } from "@/tests/support/smtp-inbox";
import { freePort } from "./helpers/free-port";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
bindAppDatabase(test);
let inbox: SmtpInbox;

beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox?.close();
});

type Run = { code: number; stdout: string; stderr: string };

function admin(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", "scripts/admin.ts", ...args],
      { env: { ...process.env, DATABASE_URL: test.url, NEXTAUTH_URL: "https://tracker.test", SMTP_URL: undefined, LOG_LEVEL: "info", ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const TOKEN_URL = /https:\/\/tracker\.test\/set-password\/([A-Za-z0-9_-]{43})/;
const noStack = (run: Run) => expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe("npm run admin", () => {
  it("creates the first administrator without a password, prints a one-time link that sets one, and lists the account", async () => {
    const run = await admin(["create-user", "--email", "First.Admin@Ministry.example", "--name", "First Admin", "--role", "admin"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Created the ADMIN account first.admin@ministry.example (First Admin), organisation "Tracker administration".');
    expect(run.stdout).toMatch(/works once, until \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(run.stdout).toContain("SMTP_URL is not set");
    const token = TOKEN_URL.exec(run.stdout)![1]!;
    const user = await test.db.user.findUniqueOrThrow({ where: { email: "first.admin@ministry.example" }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ role: "ADMIN", passwordHash: null });
    const events = await test.db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { at: "asc" } });
    expect(events.map((event) => [event.action, event.actorId, event.requestId?.startsWith("cli:")])).toEqual([
      ["user.create", null, true],
      ["user.invite", null, true],
    ]);
    expect(JSON.stringify(events)).not.toContain(token);

    await usePasswordLink({ token, password: "a long first password", confirmPassword: "a long first password" }, "t");
    const list = await admin(["list-users"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/EMAIL\s+NAME\s+ROLE\s+ORGANISATION\s+STATUS\s+LAST SIGN-IN/);
    expect(list.stdout).toMatch(/first\.admin@ministry\.example\s+First Admin\s+ADMIN\s+Tracker administration\s+active\s+never/);
  });

  it("emails the link when SMTP_URL is set, and reset-password issues a new one that replaces it", async () => {
    const organisation = await test.db.$transaction((tx) => createOrganisation(tx, { name: "Secretaría del Trabajo", kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }));
    const run = await admin(["create-user", "--email", "gov@stps.example", "--name", "Gov Person", "--role", "GOVERNMENT", "--organisation", "secretaría del trabajo"], { SMTP_URL: inbox.url });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("It has also been emailed to gov@stps.example.");
    const mail = await inbox.waitFor((m) => m.envelope.to.includes("gov@stps.example"));
    expect(mail.subject).toBe("Your account on the Labour Cooperation Tracker");
    expect(TOKEN_URL.exec(mail.text)![1]).toBe(TOKEN_URL.exec(run.stdout)![1]);
    expect((await test.db.user.findUniqueOrThrow({ where: { email: "gov@stps.example" } })).organisationId).toBe(organisation.id);

    const reset = await admin(["reset-password", "--email", "GOV@stps.example"]);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain("never chose a password: a new invitation");
    expect(TOKEN_URL.exec(reset.stdout)![1]).not.toBe(TOKEN_URL.exec(run.stdout)![1]);
    expect(await test.db.passwordLink.count({ where: { user: { email: "gov@stps.example" }, revokedAt: null } })).toBe(1);
  });

  it("disables and enables an account, but never the last active administrator", async () => {
    const disabled = await admin(["disable", "--email", "gov@stps.example"]);
    expect(disabled).toMatchObject({ code: 0, stdout: expect.stringContaining("Disabled gov@stps.example") });
    expect((await test.db.user.findUniqueOrThrow({ where: { email: "gov@stps.example" } })).disabled).toBe(true);
    expect((await admin(["enable", "--email", "gov@stps.example"])).stdout).toContain("Enabled gov@stps.example");
    const last = await admin(["disable", "--email", "first.admin@ministry.example"]);
    expect(last.code).toBe(1);
    expect(last.stdout + last.stderr).toContain("This is the last active administrator.");
  });

  it.each([
    [["create-user", "--email", "x@example.org", "--name", "X", "--role", "BOSS"], '--role: "BOSS" is not a role. Use one of: ADMIN, ANALYST, GOVERNMENT, CIVIL_SOCIETY.'],
    [["create-user", "--email", "first.admin@ministry.example", "--name", "X", "--role", "ADMIN"], "--email: An account with this email address already exists."],
    [["create-user", "--email", "x@example.org", "--name", "X", "--role", "ANALYST", "--organisation", "Nowhere"], 'No organisation has the id or name "Nowhere".'],
    [["create-user", "--email", "x@example.org", "--name", "X", "--role", "GOVERNMENT", "--organisation", "Tracker administration"], "--organisation: A government user acts for their organisation's country, and this organisation has none."],
    [["create-user", "--email", "x@example.org", "--name", "X", "--role", "ANALYST"], "Missing --organisation"],
    [["create-user", "--email", "not-an-email", "--name", "X", "--role", "ADMIN"], '--email: "not-an-email" is not a valid email address'],
    [["create-user", "--email", "x@example.org", "--role", "ADMIN"], "Missing --name."],
    [["reset-password", "--email", "nobody@example.org"], "No account has the email address nobody@example.org."],
    [["reset-password"], "Missing --email."],
    [["frobnicate"], 'Unknown command "frobnicate".'],
  ])("refuses %j with a clear message, exit code 1 and no stack trace", async (args, message) => {
    const run = await admin(args);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(message);
    noStack(run);
  });

  it("names two organisations of the same name and asks for the id", async () => {
    await test.db.$transaction(async (tx) => {
      await createOrganisation(tx, { name: "Ministry of Labour", kind: "GOVERNMENT_MINISTRY", countryCode: "CL" });
      await createOrganisation(tx, { name: "Ministry of Labour", kind: "GOVERNMENT_MINISTRY", countryCode: "PE" });
    });
    const run = await admin(["create-user", "--email", "y@example.org", "--name", "Y", "--role", "GOVERNMENT", "--organisation", "ministry of labour"]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/Several organisations are called "ministry of labour"[\s\S]*Ministry of Labour \(CL\)[\s\S]*Ministry of Labour \(PE\)/);
  });

  it("says plainly when there is no database", async () => {
    const port = await freePort();
    const run = await admin(["list-users"], { DATABASE_URL: `postgresql://someone:secret@127.0.0.1:${port}/tracker` });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(`Cannot connect to the database at postgresql://someone:****@127.0.0.1:${port}/tracker: nothing is listening there.`);
    noStack(run);
  });

  it("prints its help", async () => {
    const run = await admin(["help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("create-user --email E --name N --role ROLE [--organisation ID-or-name]");
  });
});
