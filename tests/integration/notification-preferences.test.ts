// Each user chooses, per kind of notification, an email for each, the daily digest, or the app only.
// The choice decides what the mail server receives (a real SMTP server on loopback). The account
// page's form saves the signed-in person's choices only, and refuses bad input field by field,
// changing nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { submitRequest } from "@/lib/domain/participation/requests/submit-request";
import { smtpTransport, type MailSettings } from "@/lib/domain/notifications/email-settings";
import { getNotificationPreferences } from "@/lib/domain/notifications/get-notification-preferences";
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

const ALL_EMAIL = { PARTICIPATION_REQUEST: "EMAIL", CIVIL_SOCIETY_COMMENT: "EMAIL", COMMENT: "EMAIL", PLAN_SUBMITTED: "EMAIL", PLAN_REVIEWED: "EMAIL", MEASURE_DUE: "EMAIL", MEASURE_OVERDUE: "EMAIL" };

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
