// Single-use set-password links: issued (older unused ones revoked), used once within their time to
// set a password (policy, lockout lifted, audited), refused with one message when expired, used,
// revoked or for a disabled account (audited too); and "Forgot your password?", whose answer does
// not depend on whether the account exists, whose email arrives over real SMTP, and which is
// limited per address and per email.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { renderFieldErrors, renderProblem } from "@/lib/platform/i18n/render-problem";
import { z } from "zod";
import { authenticate } from "@/lib/platform/auth/authenticate";
import { verifyPassword } from "@/lib/platform/auth/password";
import { AppError } from "@/lib/platform/errors/app-error";
import type { MailSettings } from "@/lib/domain/notifications/email-settings";
import { deliverPasswordLink } from "@/lib/domain/accounts/deliver-password-link";
import { issuePasswordLink } from "@/lib/domain/accounts/issue-password-link";
import { hashLinkToken } from "@/lib/domain/accounts/link-token";
import { RESET_PER_ADDRESS, RESET_PER_EMAIL, requestPasswordReset } from "@/lib/domain/accounts/request-password-reset";
import { sendPasswordReset } from "@/lib/domain/accounts/send-password-reset";
import { LINK_UNUSABLE, usePasswordLink } from "@/lib/domain/accounts/use-password-link";
import { createUser } from "@/prisma/seed/factories";
import { startSmtpInbox, type SmtpInbox } from "@/tests/support/smtp-inbox";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
bindAppDatabase(test);

let inbox: SmtpInbox;
let settings: MailSettings;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  settings = { smtpUrl: inbox.url, from: "Tracker <no-reply@tracker.test>", appUrl: "https://tracker.test" };
});
afterAll(async () => {
  await inbox?.close();
});

const PASSWORD = "correct horse battery staple";
const newUser = (data: Parameters<typeof createUser>[1] = {}) => test.db.$transaction((tx) => createUser(tx, data));
const issue = (userId: string, purpose: "INVITATION" | "PASSWORD_RESET" = "PASSWORD_RESET", hours?: number) =>
  test.db.$transaction((tx) => issuePasswordLink(tx, { actor: null, requestId: "test" }, { userId, purpose, hours }));
const use = (token: string, password = PASSWORD, confirmPassword = password) => usePasswordLink({ token, password, confirmPassword }, "test-use");

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).message).toBe(renderProblem(LINK_UNUSABLE, "en"));
  expect((error as AppError).fieldErrors?.token).toEqual([renderProblem(LINK_UNUSABLE, "en")]);
}

async function fieldErrors(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(z.ZodError);
  return renderFieldErrors(fieldErrorsOf(error as z.ZodError), "en");
}

const hashOf = async (id: string) => (await test.db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } })).passwordHash;

describe("set-password links", () => {
  it("stores only the token's SHA-256, sets the password once, lifts the lockout, and audits issue and use without the token", async () => {
    const user = await newUser({ password: "the old password!" });
    await test.db.signInThrottle.createMany({
      data: [
        { key: `account:${user.email}`, failures: 9, lockedUntil: new Date(Date.now() + 60_000) },
        { key: `pair:203.0.113.7 ${user.email}`, failures: 5, lockedUntil: new Date(Date.now() + 60_000) },
        { key: "account:someone.else@example.test", failures: 9 },
      ],
    });
    const link = await issue(user.id);
    expect(Buffer.from(link.token, "base64url")).toHaveLength(32);
    const row = await test.db.passwordLink.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(hashLinkToken(link.token));
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(24 * 3_600_000 - 5_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(24 * 3_600_000 + 5_000);
    expect(JSON.stringify(await test.db.passwordLink.findMany())).not.toContain(link.token);

    expect(await use(link.token)).toEqual({ email: user.email, userId: user.id });
    expect(await verifyPassword((await hashOf(user.id))!, PASSWORD)).toBe(true);
    expect((await test.db.passwordLink.findUniqueOrThrow({ where: { id: row.id } })).usedAt).toBeInstanceOf(Date);
    expect(await test.db.signInThrottle.count({ where: { key: { contains: user.email } } })).toBe(0);
    expect(await test.db.signInThrottle.count({ where: { key: "account:someone.else@example.test" } })).toBe(1);
    const actor = await authenticate({ email: user.email, password: PASSWORD, ip: "203.0.113.7", requestId: "t" });
    expect(actor.id).toBe(user.id);

    const events = await test.db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { at: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["user.password-reset-link", "user.set-password", "user.sign-in"]);
    expect(events[1]).toMatchObject({ actorId: null, after: { linkId: row.id, purpose: "PASSWORD_RESET", lockoutCleared: true } });
    expect(JSON.stringify(events)).not.toContain(link.token);
    expect(JSON.stringify(events)).not.toContain(row.tokenHash);

    // Used once: never again, and the refusal is audited.
    await refusal(use(link.token, "another long password"));
    expect(await verifyPassword((await hashOf(user.id))!, PASSWORD)).toBe(true);
    expect(await test.db.auditEvent.findFirst({ where: { entityId: user.id, action: "user.set-password-refused" } })).toMatchObject({ after: { reason: "used" } });
  });

  it("revokes the older unused links when a new one is issued", async () => {
    const user = await newUser();
    const first = await issue(user.id, "INVITATION");
    const second = await issue(user.id, "INVITATION");
    await refusal(use(first.token));
    expect(await test.db.auditEvent.findFirst({ where: { entityId: user.id, action: "user.set-password-refused" } })).toMatchObject({ after: { reason: "revoked" } });
    await use(second.token);
  });

  it("refuses an expired link, a link of a disabled account and an unknown token with the same message, and audits each", async () => {
    const user = await newUser();
    const expired = await issue(user.id);
    await test.db.passwordLink.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await refusal(use(expired.token));

    const disabled = await newUser({ disabled: true });
    const forDisabled = await issue(disabled.id);
    await refusal(use(forDisabled.token));
    expect(await hashOf(disabled.id)).toBeNull();

    const before = await test.db.auditEvent.count({ where: { action: "user.set-password-refused", entityId: "unknown" } });
    await refusal(use("A".repeat(43)));
    await refusal(use("not a token at all"));
    const reasons = await test.db.auditEvent.findMany({ where: { action: "user.set-password-refused", entityId: { in: [user.id, disabled.id] } } });
    expect(reasons.map((event) => (event.after as { reason: string }).reason).sort()).toEqual(["account-disabled", "expired"]);
    expect(await test.db.auditEvent.count({ where: { action: "user.set-password-refused", entityId: "unknown" } })).toBe(before + 2);
  });

  it("takes a configured lifetime", async () => {
    const user = await newUser();
    const link = await issue(user.id, "PASSWORD_RESET", 2);
    expect(Math.round((link.expiresAt.getTime() - Date.now()) / 60_000)).toBe(120);
  });

  it("checks the password policy and the confirmation field by field, and leaves the link usable", async () => {
    const user = await newUser();
    const link = await issue(user.id);
    expect(await fieldErrors(use(link.token, "short"))).toMatchObject({ password: [expect.stringMatching(/at least 12 characters/)] });
    expect(await fieldErrors(use(link.token, PASSWORD, "something else entirely"))).toMatchObject({ confirmPassword: [expect.stringMatching(/not the same/)] });
    expect(await fieldErrors(use(link.token, " ".repeat(14)))).toMatchObject({ password: [expect.stringMatching(/only spaces/)] });
    expect(await fieldErrors(use(link.token, "x".repeat(129)))).toMatchObject({ password: [expect.stringMatching(/at most 128/)] });
    await use(link.token);
  });

  it("lets only one of two simultaneous uses through", async () => {
    const user = await newUser();
    const link = await issue(user.id);
    const outcomes = await Promise.allSettled([use(link.token, "first password here"), use(link.token, "second password here")]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await test.db.auditEvent.count({ where: { entityId: user.id, action: "user.set-password" } })).toBe(1);
  });

  it("emails an invitation over SMTP with the link and its expiry, and the link sets the password", async () => {
    const user = await newUser({ name: "Invited Person" });
    const link = await issue(user.id, "INVITATION");
    const delivered = await deliverPasswordLink(link, user, { settings });
    expect(delivered).toMatchObject({ emailed: true, url: `https://tracker.test/set-password/${link.token}` });
    const mail = await inbox.waitFor((m) => m.envelope.to.includes(user.email));
    expect(mail.subject).toBe("Your account on the Labour Cooperation Tracker");
    expect(mail.text).toContain("Hello Invited Person,");
    expect(mail.text).toContain(delivered.url);
    expect(mail.text).toMatch(/works once, until [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d [AP]M UTC \(24 hours/);
    const token = /\/set-password\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    await use(token);
  });

  it("gives the link to show when the mail server refuses the email", async () => {
    const user = await newUser();
    inbox.refuseNext(1);
    const delivered = await deliverPasswordLink(await issue(user.id, "INVITATION"), user, { settings });
    expect(delivered.emailed).toBe(false);
    expect(delivered.emailError).toMatch(/451/);
    expect(delivered.url).toMatch(/^https:\/\/tracker\.test\/set-password\//);
  });
});

describe("the link's address", () => {
  it("moves the token into a cookie for the set-password page only and redirects to an address without it", async () => {
    const { GET } = await import("@/app/(public)/set-password/[token]/route");
    const token = "A".repeat(43);
    const response = await GET(new NextRequest(`https://tracker.test/set-password/${token}`), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("https://tracker.test/set-password");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`lct_set_password=${token}`);
    expect(cookie).toMatch(/Path=\/set-password/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);

    const junk = await GET(new NextRequest("https://tracker.test/set-password/junk"), { params: Promise.resolve({ token: "junk" }) });
    expect(junk.headers.get("location")).toBe("https://tracker.test/set-password");
    expect(junk.headers.get("set-cookie") ?? "").not.toContain("junk");
  });
});

describe("forgot password", () => {
  // The work the answer leaves for later, kept and not run: the test does it itself with its own
  // mail server. Run here as well, it would issue a second link that could revoke the one mailed.
  const later: (() => Promise<unknown>)[] = [];
  const schedule = (task: () => Promise<unknown>) => void later.push(task);
  const ask = (email: string, ip = "198.51.100.1") => requestPasswordReset({ email }, { ip, requestId: "forgot", mailConfigured: true }, schedule);

  it("answers the same for an existing, an unknown and a disabled address, and emails only the active account", async () => {
    const user = await newUser({ password: "the old password!" });
    const disabled = await newUser({ disabled: true });
    const received = inbox.received.length;
    for (const email of [user.email, "nobody.here@example.test", disabled.email]) await expect(ask(email, `198.51.100.${email.length}`)).resolves.toBeUndefined();
    expect(later).toHaveLength(3);
    // The work after the answer, with the test's mail server.
    later.length = 0;
    expect(await sendPasswordReset(user.email, "r1", { settings })).toBe("emailed");
    expect(await sendPasswordReset("nobody.here@example.test", "r2", { settings })).toBe("no-account");
    expect(await sendPasswordReset(disabled.email, "r3", { settings })).toBe("account-disabled");
    const mail = await inbox.waitFor((m) => m.envelope.to.includes(user.email) && m.subject.startsWith("Set a new password"));
    expect(inbox.received.length).toBe(received + 1);
    expect(await test.db.passwordLink.count({ where: { userId: disabled.id } })).toBe(0);
    expect(await test.db.auditEvent.findFirst({ where: { entityId: disabled.id, action: "user.password-reset-refused" } })).toMatchObject({ actorId: null });

    const token = /\/set-password\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    await use(token, "a brand new password");
    expect(await verifyPassword((await hashOf(user.id))!, "a brand new password")).toBe(true);
  });

  it("refuses a malformed address by its field, and counts nothing", async () => {
    expect(await fieldErrors(ask("not an email"))).toMatchObject({ email: [expect.stringMatching(/valid email address/)] });
  });

  it("limits requests per email address, whatever the account, and per network address", async () => {
    later.length = 0;
    for (const email of ["limited@example.test", "nobody.limited@example.test"]) {
      for (let i = 0; i < RESET_PER_EMAIL.points; i++) await ask(email, `192.0.2.${i + 10}`);
      const error = await ask(email, "192.0.2.99").then(() => null, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/Try again in \d+ minutes?\./) });
    }
    const ip = "203.0.113.200";
    for (let i = 0; i < RESET_PER_ADDRESS.points; i++) await ask(`person${i}@example.test`, ip);
    await expect(ask("one.more@example.test", ip)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(later).toHaveLength(2 * RESET_PER_EMAIL.points + RESET_PER_ADDRESS.points);
  });
});
