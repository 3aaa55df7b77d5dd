// Each user chooses, per kind of notification, an email for each, the daily digest, or the app only.
// The choice decides what the mail server receives (a real SMTP server on loopback): an email for
// each, none, or one digest a day listing the day's notifications in the reader's language and time
// zone, sent once however many runs go at the same time. The account page's form saves the signed-in
// person's choices only, and refuses bad input field by field, changing nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { addComment } from "@/lib/domain/participation/comments/add-comment";
import { submitRequest } from "@/lib/domain/participation/requests/submit-request";
import { smtpTransport, type MailSettings } from "@/lib/domain/notifications/email-settings";
import { getNotificationPreferences } from "@/lib/domain/notifications/get-notification-preferences";
import { sendDailyDigests } from "@/lib/domain/notifications/send-daily-digests";
import { sendPendingEmails } from "@/lib/domain/notifications/send-pending-emails";
import { setNotificationPreferences } from "@/lib/domain/notifications/set-notification-preferences";
import { createAgreement, createOrganisation, createProgram } from "@/prisma/seed/factories";
import { startSmtpInbox, type SmtpInbox } from "@/tests/support/smtp-inbox";
import { contextFor, createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

let signedIn: Actor | null = null;
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => signedIn }));
vi.mock("@/lib/platform/auth/request-context", () => ({ currentRequestId: async () => "req-prefs" }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/platform/i18n/request-locale", () => ({ requestLocale: async () => "es" }));

const { saveNotificationPreferencesAction } = await import("@/lib/domain/notifications/actions");

const test = provideTestDatabase();
bindAppDatabase(test);

const settings: MailSettings = { from: "Tracker <no-reply@tracker.test>", appUrl: "https://tracker.test" };
let inbox: SmtpInbox;
const transport = () => smtpTransport(inbox.url);
const receivedBy = (email: string) => inbox.received.filter((mail) => mail.envelope.to.includes(email));

const ALL_EMAIL = { PARTICIPATION_REQUEST: "EMAIL", CIVIL_SOCIETY_COMMENT: "EMAIL", COMMENT: "EMAIL", PLAN_SUBMITTED: "EMAIL", PLAN_REVIEWED: "EMAIL", MEASURE_DUE: "EMAIL", MEASURE_OVERDUE: "EMAIL", SUBMISSION_FILED: "EMAIL", SUBMISSION_MOVED: "EMAIL", SUBMISSION_DUE: "EMAIL", SUBMISSION_OVERDUE: "EMAIL" };

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

/** A ministry with one official per name, their program, and a civil-society user to speak on it. */
async function ministryProgram(officials: string[]) {
  const { agreementId, ministryId } = await test.db.$transaction(async (tx) => ({
    agreementId: (await createAgreement(tx, { parties: ["MX", "US"] })).id,
    ministryId: (await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" })).id,
  }));
  const users: Record<string, Actor> = {};
  for (const name of officials) users[name] = await createActor(test.db, "GOVERNMENT", { organisationId: ministryId });
  const program = await test.db.$transaction((tx) =>
    createProgram(tx, { agreementId, title: "Safe mines", visibility: "PUBLISHED", status: "IMPLEMENTATION", reportingOrganisationId: ministryId, participants: { create: [{ organisationId: ministryId, role: "ACCOUNTABLE" }] } }),
  );
  return { users, programId: program.id, cso: await createActor(test.db, "CIVIL_SOCIETY") };
}

beforeAll(async () => {
  inbox = await startSmtpInbox();
  vi.stubEnv("SMTP_URL", inbox.url);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await inbox?.close();
});
beforeEach(() => {
  signedIn = null;
});

describe("delivery per kind of notification", () => {
  it("emails an official who keeps EMAIL, and not one who chose the app only", async () => {
    const { users, programId, cso } = await ministryProgram(["byEmail", "inApp"]);
    await setNotificationPreferences(users.inApp!, { ...ALL_EMAIL, PARTICIPATION_REQUEST: "IN_APP" });
    const request = await submitRequest(contextFor(cso), programId, { role: "CONSULTED", message: "" });
    const rows = await test.db.notification.findMany({ where: { dedupeKey: `participation-request:${request.id}` }, select: { userId: true, emailStatus: true } });
    expect(Object.fromEntries(rows.map((row) => [row.userId, row.emailStatus]))).toEqual({ [users.byEmail!.id]: "PENDING", [users.inApp!.id]: "NONE" });

    await sendPendingEmails(transport(), { settings });
    const [mail, ...more] = receivedBy(users.byEmail!.email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe(`[Labour Cooperation Tracker] ${cso.organisationName} asks to take part in Safe mines as a consulted organisation`);
    expect(mail?.text).toContain(`https://tracker.test/programs/${programId}?tab=participants`);
    expect(receivedBy(users.inApp!.email)).toHaveLength(0);
  });

  it("keeps the defaults: an email for each request, civil-society comments for the digest, an email for the kinds that were emailed before", async () => {
    const { users } = await ministryProgram(["fresh"]);
    expect(await getNotificationPreferences(users.fresh!)).toEqual({ ...ALL_EMAIL, CIVIL_SOCIETY_COMMENT: "DIGEST" });
  });
});

describe("the daily digest", () => {
  it("sends one email a day from 18:00 in the reader's zone and language, listing that day's notifications once, even from runs at the same time", async () => {
    const { users, programId, cso } = await ministryProgram(["digest", "nothingNew"]);
    await test.db.user.update({ where: { id: users.digest!.id }, data: { locale: "es", timeZone: "America/Mexico_City" } });
    await setNotificationPreferences(users.digest!, { ...ALL_EMAIL, PARTICIPATION_REQUEST: "DIGEST", CIVIL_SOCIETY_COMMENT: "DIGEST" });
    await setNotificationPreferences(users.nothingNew!, { ...ALL_EMAIL, PARTICIPATION_REQUEST: "DIGEST", CIVIL_SOCIETY_COMMENT: "DIGEST" });
    const at = async (dedupeKey: string, time: string) => test.db.notification.updateMany({ where: { dedupeKey }, data: { createdAt: new Date(time) } });
    // 10 March 2026 in Mexico City (UTC-6): two comments in the morning, a request in the afternoon.
    const first = await addComment(contextFor(cso), { programId }, { body: "The helmets arrived late." });
    const second = await addComment(contextFor(cso), { programId }, { body: "Training went well." });
    const request = await submitRequest(contextFor(cso), programId, { role: "MONITOR", message: "" });
    await at(`comment:${first.id}`, "2026-03-10T15:05:00Z");
    await at(`comment:${second.id}`, "2026-03-10T16:40:00Z");
    await at(`participation-request:${request.id}`, "2026-03-10T21:15:00Z");
    await test.db.notification.deleteMany({ where: { userId: users.nothingNew!.id } });
    expect(await test.db.notification.count({ where: { userId: users.digest!.id, emailStatus: "DIGEST" } })).toBe(3);

    // No immediate email for a kind kept for the digest.
    await sendPendingEmails(transport(), { settings });
    expect(receivedBy(users.digest!.email)).toHaveLength(0);
    // 17:30 in Mexico City: not yet.
    expect(await sendDailyDigests(transport(), { settings, now: new Date("2026-03-10T23:30:00Z") })).toEqual({ sent: 0, failed: 0 });

    // 19:30 in Mexico City, two runs at once: one digest.
    const runAt = new Date("2026-03-11T01:30:00Z");
    const runs = await Promise.all([sendDailyDigests(transport(), { settings, now: runAt }), sendDailyDigests(transport(), { settings, now: runAt })]);
    expect(runs[0]!.sent + runs[1]!.sent).toBe(1);
    const mails = receivedBy(users.digest!.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("[Labour Cooperation Tracker] Resumen diario, 10 de marzo de 2026: 3 notificaciones");
    const text = mails[0]!.text;
    expect(text).toContain("3 notificaciones desde su último resumen");
    expect(text).toContain(`9:05 · ${cso.organisationName} comentó su programa Safe mines`);
    expect(text).toContain("The helmets arrived late.");
    expect(text).toContain(`15:15 · ${cso.organisationName} solicita participar en Safe mines como observador`);
    expect(text.indexOf("helmets")).toBeLessThan(text.indexOf("Training"));
    expect(text).toContain(`https://tracker.test/programs/${programId}?tab=comments#comment-${first.id}`);
    expect(receivedBy(users.nothingNew!.email)).toHaveLength(0);
    expect(await test.db.notification.count({ where: { userId: users.digest!.id, emailStatus: "SENT", digestId: { not: null } } })).toBe(3);

    // Later the same evening: a new comment waits for tomorrow's digest; nothing more today.
    const late = await addComment(contextFor(cso), { programId }, { body: "One more thing." });
    await at(`comment:${late.id}`, "2026-03-11T02:00:00Z");
    await test.db.notification.deleteMany({ where: { userId: users.nothingNew!.id } });
    expect(await sendDailyDigests(transport(), { settings, now: new Date("2026-03-11T03:00:00Z") })).toEqual({ sent: 0, failed: 0 });
    expect(receivedBy(users.digest!.email)).toHaveLength(1);
    // 18:30 the next day: a digest with that one only; then nothing new, nothing sent.
    expect(await sendDailyDigests(transport(), { settings, now: new Date("2026-03-12T00:30:00Z") })).toEqual({ sent: 1, failed: 0 });
    expect(await sendDailyDigests(transport(), { settings, now: new Date("2026-03-12T01:30:00Z") })).toEqual({ sent: 0, failed: 0 });
    const next = receivedBy(users.digest!.email);
    expect(next).toHaveLength(2);
    expect(next[1]!.subject).toBe("[Labour Cooperation Tracker] Resumen diario, 11 de marzo de 2026: 1 notificación");
    expect(next[1]!.text).toContain("One more thing.");
    expect(next[1]!.text).not.toContain("helmets");
  });

  it("gives a digest the mail server refused back to the next run", async () => {
    const { users, programId, cso } = await ministryProgram(["refused"]);
    const comment = await addComment(contextFor(cso), { programId }, { body: "Refused once." });
    await test.db.notification.updateMany({ where: { dedupeKey: `comment:${comment.id}` }, data: { createdAt: new Date("2026-05-01T10:00:00Z") } });
    inbox.refuseNext(1);
    const evening = new Date("2026-05-01T19:00:00Z");
    expect(await sendDailyDigests(transport(), { settings, now: evening })).toEqual({ sent: 0, failed: 1 });
    expect(await test.db.notification.findFirst({ where: { userId: users.refused!.id }, select: { emailStatus: true, digestId: true } })).toEqual({ emailStatus: "DIGEST", digestId: null });
    expect(await sendDailyDigests(transport(), { settings, now: evening })).toEqual({ sent: 1, failed: 0 });
    expect(receivedBy(users.refused!.email)).toHaveLength(1);
  });
});

describe("the account page's form", () => {
  it("saves the signed-in person's choices, and theirs only", async () => {
    const { users } = await ministryProgram(["me", "other"]);
    signedIn = users.me!;
    const state = await saveNotificationPreferencesAction({ status: "idle" }, form({ ...ALL_EMAIL, MEASURE_DUE: "IN_APP", COMMENT: "DIGEST", userId: users.other!.id }));
    expect(state).toMatchObject({ status: "success", message: "Se guardaron sus preferencias de notificación." });
    expect(await getNotificationPreferences(users.me!)).toMatchObject({ MEASURE_DUE: "IN_APP", COMMENT: "DIGEST" });
    expect(await test.db.notificationPreference.count({ where: { userId: users.other!.id } })).toBe(0);
  });

  it.each([
    ["an unknown delivery", { ...ALL_EMAIL, PARTICIPATION_REQUEST: "SMS" }, ["PARTICIPATION_REQUEST"]],
    ["a missing kind", { ...ALL_EMAIL, MEASURE_OVERDUE: "" }, ["MEASURE_OVERDUE"]],
    ["a lower-case choice", { ...ALL_EMAIL, COMMENT: "email", PLAN_REVIEWED: "x".repeat(10_000) }, ["COMMENT", "PLAN_REVIEWED"]],
  ])("refuses %s next to its field, in the reader's language, and changes nothing", async (_, fields, invalid) => {
    const { users } = await ministryProgram(["me"]);
    await setNotificationPreferences(users.me!, { ...ALL_EMAIL, MEASURE_DUE: "IN_APP" });
    const before = await test.db.notificationPreference.findMany({ where: { userId: users.me!.id }, orderBy: { kind: "asc" } });
    signedIn = users.me!;
    const state = await saveNotificationPreferencesAction({ status: "idle" }, form({ ...fields, MEASURE_DUE: "EMAIL" }));
    expect(state.status).toBe("error");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual([...invalid].sort());
    expect(state.fieldErrors?.[invalid[0]!]?.[0]).toMatch(/^Elija cómo se le avisa/);
    expect(await test.db.notificationPreference.findMany({ where: { userId: users.me!.id }, orderBy: { kind: "asc" } })).toEqual(before);
  });

  it("saves nothing for someone signed out", async () => {
    const { users } = await ministryProgram(["me"]);
    const state = await saveNotificationPreferencesAction({ status: "idle" }, form({ ...ALL_EMAIL, COMMENT: "IN_APP" }));
    expect(state.status).toBe("error");
    expect(await test.db.notificationPreference.count({ where: { userId: users.me!.id } })).toBe(0);
  });
});
