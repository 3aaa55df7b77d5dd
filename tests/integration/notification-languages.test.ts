// Notifications and emails in each recipient's language: a notification is stored once, as a message
// key and values, and each reader sees it in the language they read the app in, including after they
// change it; its email, and the invitation and password-reset emails, are written when sent, in the
// recipient's language, with dates as that language writes them. Names of records stay as written.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { deliverPasswordLink } from "@/lib/domain/accounts/deliver-password-link";
import { issuePasswordLink } from "@/lib/domain/accounts/issue-password-link";
import { smtpTransport, type MailSettings } from "@/lib/domain/notifications/email-settings";
import { sendMeasureReminders } from "@/lib/domain/notifications/send-measure-reminders";
import { sendPendingEmails } from "@/lib/domain/notifications/send-pending-emails";
import { setUserLocale } from "@/lib/domain/users/set-user-locale";
import { createAgreement, createMeasure, createOrganisation, createPlan, createUser } from "@/prisma/seed/factories";
import { startSmtpInbox, type SmtpInbox } from "@/tests/support/smtp-inbox";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: listRoute } = await import("@/app/api/v1/notifications/route");
const { POST: readRoute } = await import("@/app/api/v1/notifications/[id]/read/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const settings: MailSettings = { from: "Tracker <no-reply@tracker.test>", appUrl: "https://tracker.test" };
let inbox: SmtpInbox;
let agreementId: string;

beforeAll(async () => {
  agreementId = (await test.db.$transaction((tx) => createAgreement(tx, { parties: ["MX", "US"] }))).id;
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox?.close();
});

// Names in English on purpose: a record's name is data, never translated with the sentence around it.
const MEASURE = "Labour inspection roadmap";
const PLAN = "Youth Employment Plan";

/** An organisation responsible for one measure due on 2026-03-20, in a live plan, with a reader per `locales` entry. */
async function organisationWithReaders(locales: (string | null)[]) {
  const organisation = await test.db.$transaction((tx) => createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" }));
  const readers: Actor[] = [];
  for (const locale of locales) {
    const actor = await createActor(test.db, "CIVIL_SOCIETY", { organisationId: organisation.id });
    await test.db.user.update({ where: { id: actor.id }, data: { locale } });
    readers.push({ ...actor, locale: locale as Actor["locale"] });
  }
  const plan = await createPlan(test.db, { kind: "ACTION", title: PLAN, agreementId, countryCode: "MX", origin: "COUNCIL_DECISION", ownerOrganisationId: organisation.id, status: "IN_PROGRESS" });
  await createMeasure(test.db, { planId: plan.id, responsibleOrganisationId: organisation.id, title: MEASURE, dueDate: new Date("2026-03-20T00:00:00Z"), status: "SCHEDULED" });
  return readers;
}

type Row = { id: string; title: string; body: string; messageKey: string; messageValues: unknown };

/** The reader's notifications as the API gives them, with the reader's own token (and an Accept-Language when given). */
async function notificationsOf(reader: Actor, language?: string): Promise<Row[]> {
  const response = await listRoute(apiRequest("/api/v1/notifications", { token: await tokenFor(reader), language }), params({}));
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Row[] }).data;
}

describe("a stored notification", () => {
  it("reads in Spanish to a reader whose language is Spanish and in English to one whose language is English, the names unchanged", async () => {
    const [spanish, english] = await organisationWithReaders(["es", "en"]);
    await sendMeasureReminders("2026-03-10");

    const [es] = await notificationsOf(spanish!);
    expect(es).toMatchObject({
      title: `Medida con vencimiento el 20 mar 2026: ${MEASURE}`,
      body: `“${MEASURE}”, del plan “${PLAN}”, vence el 20 de marzo de 2026. Informe su estado antes de esa fecha.`,
    });
    const [en] = await notificationsOf(english!);
    expect(en).toMatchObject({
      title: `Measure due on Mar 20, 2026: ${MEASURE}`,
      body: `“${MEASURE}” in the plan “${PLAN}” is due on March 20, 2026. Report its status before then.`,
    });

    // What is stored is the same for both, and holds no sentence in any language.
    const stored = await test.db.notification.findMany({ where: { userId: { in: [spanish!.id, english!.id] } }, select: { messageKey: true, messageValues: true } });
    expect(stored).toEqual([0, 1].map(() => ({ messageKey: "measureDue", messageValues: { measure: MEASURE, plan: PLAN, dueDate: "2026-03-20" } })));
  });

  it("reads in the new language once its reader changes language, so nothing in it was stored translated", async () => {
    const [reader] = await organisationWithReaders(["es"]);
    await sendMeasureReminders("2026-03-10");
    const [before] = await notificationsOf(reader!);
    expect(before!.title).toBe(`Medida con vencimiento el 20 mar 2026: ${MEASURE}`);

    await setUserLocale(reader!, { locale: "fr" });
    const [after] = await notificationsOf(reader!);
    expect(after).toMatchObject({
      id: before!.id,
      title: `Mesure à échéance le 20 mars 2026 : ${MEASURE}`,
      body: `La mesure « ${MEASURE} » du plan « ${PLAN} » arrive à échéance le 20 mars 2026. Indiquez son état avant cette date.`,
    });

    await setUserLocale(reader!, { locale: "vi" });
    const [vietnamese] = await notificationsOf(reader!);
    expect(vietnamese!.title).toBe(`Biện pháp đến hạn ngày 20 thg 3, 2026: ${MEASURE}`);
  });
});

describe("the notification API", () => {
  it("writes them in the client's Accept-Language when it sends one, else in the language the caller chose", async () => {
    const [reader] = await organisationWithReaders(["es"]);
    await sendMeasureReminders("2026-03-10");
    const response = await listRoute(apiRequest("/api/v1/notifications", { token: await tokenFor(reader!), language: "fr-CA,fr;q=0.9" }), params({}));
    expect(response.headers.get("content-language")).toBe("fr");
    expect(((await response.json()) as { data: Row[] }).data[0]!.title).toBe(`Mesure à échéance le 20 mars 2026 : ${MEASURE}`);
    expect((await notificationsOf(reader!, "de"))[0]!.title).toBe(`Measure due on Mar 20, 2026: ${MEASURE}`);
    expect((await notificationsOf(reader!))[0]!.title).toBe(`Medida con vencimiento el 20 mar 2026: ${MEASURE}`);
  });

  it("refuses a bad filter and an unknown notification in the client's language", async () => {
    const token = await tokenFor(await createActor(test.db, "CIVIL_SOCIETY"));
    const filter = await listRoute(apiRequest("/api/v1/notifications?unread=maybe", { token, language: "fr" }), params({}));
    expect(filter.status).toBe(400);
    expect(await filter.json()).toMatchObject({ error: { fieldErrors: { unread: ["unread doit valoir true ou false."] } } });
    const unknown = await readRoute(apiRequest("/api/v1/notifications/nope/read", { token, method: "POST", language: "es" }), params({ id: "nope" }));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "NOT_FOUND", message: "No existe esa notificación." } });
  });
});

describe("emails", () => {
  it("are written for each recipient in their language: French for a French reader, English for one who never chose", async () => {
    const [french, unset] = await organisationWithReaders(["fr", null]);
    vi.stubEnv("SMTP_URL", inbox.url);
    try {
      await sendMeasureReminders("2026-03-10");
    } finally {
      vi.unstubAllEnvs();
    }
    expect(await sendPendingEmails(smtpTransport(inbox.url), { settings })).toEqual({ sent: 2, failed: 0 });

    const toFrench = await inbox.waitFor((mail) => mail.envelope.to.includes(french!.email));
    expect(toFrench.subject).toBe(`[Labour Cooperation Tracker] Mesure à échéance le 20 mars 2026 : ${MEASURE}`);
    expect(toFrench.text).toContain(`La mesure « ${MEASURE} » du plan « ${PLAN} » arrive à échéance le 20 mars 2026.`);
    expect(toFrench.text).toContain("Vous recevez ce courriel parce que vous avez un compte sur le Labour Cooperation Tracker.");
    expect(toFrench.text).not.toMatch(/due on|You receive/);

    const toUnset = await inbox.waitFor((mail) => mail.envelope.to.includes(unset!.email));
    expect(toUnset.subject).toBe(`[Labour Cooperation Tracker] Measure due on Mar 20, 2026: ${MEASURE}`);
    expect(toUnset.text).toContain("You receive this email because you have an account on the Labour Cooperation Tracker.");
  });

  it("sends a password reset to a French reader in French, its expiry written as French writes dates", async () => {
    const user = await test.db.$transaction((tx) => createUser(tx, { name: "Camille Martin", password: "an old password of hers" }));
    await test.db.user.update({ where: { id: user.id }, data: { locale: "fr" } });
    const link = await test.db.$transaction((tx) => issuePasswordLink(tx, { actor: null, requestId: "test" }, { userId: user.id, purpose: "PASSWORD_RESET", hours: 24 }));
    const delivered = await deliverPasswordLink(link, user, { settings: { ...settings, smtpUrl: inbox.url } });
    expect(delivered.emailed).toBe(true);

    const mail = await inbox.waitFor((m) => m.envelope.to.includes(user.email));
    expect(mail.subject).toBe("Définir un nouveau mot de passe pour le Labour Cooperation Tracker");
    expect(mail.text).toContain("Bonjour Camille Martin,");
    expect(mail.text).toContain(delivered.url);
    expect(mail.text).toMatch(/jusqu’au \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4} à \d\d:\d\d UTC \(24 heures après son envoi\)/);
  });

  it("sends an invitation in the language the account has when it is sent, and in English to an account without one", async () => {
    const invited = await test.db.$transaction((tx) => createUser(tx, { name: "Lan Nguyen" }));
    const link = () => test.db.$transaction((tx) => issuePasswordLink(tx, { actor: null, requestId: "test" }, { userId: invited.id, purpose: "INVITATION", hours: 24 }));
    await deliverPasswordLink(await link(), invited, { settings: { ...settings, smtpUrl: inbox.url } });
    expect((await inbox.waitFor((m) => m.envelope.to.includes(invited.email))).subject).toBe("Your account on the Labour Cooperation Tracker");

    await test.db.user.update({ where: { id: invited.id }, data: { locale: "vi" } });
    await deliverPasswordLink(await link(), invited, { settings: { ...settings, smtpUrl: inbox.url } });
    const mails = inbox.received.filter((m) => m.envelope.to.includes(invited.email));
    expect(mails.map((m) => m.subject)).toEqual(["Your account on the Labour Cooperation Tracker", "Tài khoản của quý vị trên Labour Cooperation Tracker"]);
    expect(mails[1]!.text).toContain("Kính gửi Lan Nguyen,");
  });
});
