// A union officer drafts a public submission in their own language, on a desktop and on a phone.
// Expectations are read from the message files, so the test proves the form says what the
// translation says.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, ROLES, storageStateOf } from "./demo-accounts";
import { sql } from "./e2e-database";
import { checkPage, SIZES } from "./page-checks";

const MESSAGES = path.resolve(import.meta.dirname, "..", "..", "lib", "platform", "i18n", "messages");
const USMCA = "USMCA — Agreement between the United States of America, the United Mexican States, and Canada";

/** One message ("SubmissionForm.title") in `locale`, with plain {placeholders} filled in. */
function say(locale: string, key: string, values: Record<string, string> = {}): string {
  const folder = path.join(MESSAGES, locale);
  const catalogue = Object.assign({}, ...fs.readdirSync(folder).filter((file) => file.endsWith(".json")).map((file) => JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"))));
  const found = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
  if (typeof found !== "string") throw new Error(`${locale}: no message ${key}`);
  return found.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** A copy of the civil-society demo account (same organisation) that chose `locale`; its email. */
async function memberIn(locale: string): Promise<string> {
  const email = `submission-form.${locale}.${randomUUID().slice(0, 8)}@example.test`;
  await sql(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId", locale, "updatedAt")
     SELECT $1, $2, name, "passwordHash", role, "organisationId", $4, now() FROM "User" WHERE email = $3`,
    [randomUUID(), email, ROLES.cso.email, locale],
  );
  return email;
}

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(DEMO_PASSWORD);
  await page.locator("input[name=password]").press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

const optionsOf = (select: Locator) => select.locator("option").allTextContents();

/** The server's answer, as a browser that does not check required fields itself gets it. */
const withoutBrowserChecks = (page: Page) => page.locator("main form").evaluateAll((forms) => forms.forEach((form) => ((form as HTMLFormElement).noValidate = true)));

test("a union officer drafts a submission in Spanish, is told what is missing, and edits the draft", async ({ browser }) => {
  const es = (key: string, values?: Record<string, string>) => say("es", key, values);
  const stamp = Date.now();
  const title = `Despidos de sindicalistas en una planta de autopartes ${stamp}`;
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "es-MX" });
  try {
    const page = await context.newPage();
    await signIn(page, await memberIn("es"));
    await page.goto("/submissions/new");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(es("SubmissionForm.newTitle"));
    await expect(page.getByText(es("SubmissionForm.draftNote"))).toBeVisible();

    // An empty form: each missing field is named in Spanish, in the summary and under the field.
    await withoutBrowserChecks(page);
    await page.getByRole("button", { name: es("SubmissionForm.create") }).click();
    await expect(page.getByRole("heading", { name: es("Forms.problemTitle") })).toBeVisible();
    await expect(page.getByText(es("Problem.fieldsNeedAttention"))).toBeVisible();
    const enterTitle = es("Validation.enterField", { field: es("SubmissionField.title") });
    await expect(page.getByRole("link", { name: enterTitle })).toHaveAttribute("href", "#submission-title");
    await expect(page.getByRole("link", { name: es("SubmissionProblems.agreement") })).toHaveAttribute("href", "#submission-agreementId");
    await expect(page.getByRole("link", { name: es("SubmissionProblems.contactPoint") })).toHaveAttribute("href", "#submission-contactPointId");
    await expect(page.locator("#submission-title-error")).toHaveText(enterTitle);
    await expect(page.locator("#submission-summary-error")).toHaveText(es("Validation.enterField", { field: es("SubmissionField.summary") }));

    // Choosing the agreement narrows the contact points and provisions to its own.
    const form = page.getByRole("form", { name: es("SubmissionForm.newTitle") });
    const contactPoint = form.getByLabel(es("SubmissionForm.contactPointId"));
    const provisions = form.getByRole("group", { name: es("SubmissionForm.provisionIds") });
    expect(await optionsOf(contactPoint)).toContain("CAFTA-DR: Office of Trade and Labor Affairs — U.S. contact point (United States of America)");
    await expect(provisions.getByLabel("CAFTA-DR: Art. 16.2 — Enforcement of Labor Laws", { exact: true })).toHaveCount(1);
    await form.getByLabel(es("SubmissionForm.agreementId")).selectOption({ label: USMCA });
    const usmcaContactPoints = await optionsOf(contactPoint);
    expect(usmcaContactPoints).toContain("Office of Trade and Labor Affairs — U.S. contact point (United States of America)");
    expect(usmcaContactPoints).toContain("Punto de contacto de México — Capítulo 23 del T-MEC (Mexico)");
    expect(usmcaContactPoints.filter((label) => /CAFTA|Costa Rica|Viet Nam/.test(label))).toEqual([]);
    expect(await optionsOf(form.getByLabel(es("SubmissionForm.concernsCountryCode")))).toEqual([es("SubmissionForm.choose"), "Canada (CA)", "Mexico (MX)", "United States of America (US)"]);
    await expect(provisions.getByLabel("CAFTA-DR: Art. 16.2 — Enforcement of Labor Laws", { exact: true })).toHaveCount(0);
    expect((await provisions.locator("label").allTextContents()).some((label) => label.startsWith("CAFTA-DR"))).toBe(false);

    await form.getByLabel(es("SubmissionForm.concernsCountryCode")).selectOption("MX");
    await contactPoint.selectOption({ label: "Office of Trade and Labor Affairs — U.S. contact point (United States of America)" });
    await form.getByLabel(es("SubmissionForm.title"), { exact: true }).fill(title);
    await form.getByLabel(es("SubmissionForm.facts"), { exact: true }).fill("Doce integrantes de la directiva sindical fueron despedidos tras pedir una votación.");
    await form.getByLabel(es("SubmissionForm.request"), { exact: true }).fill("Que el punto de contacto examine el caso y consulte al gobierno de México.");
    await provisions.getByLabel("Art. 23.5 — Enforcement of Labor Laws", { exact: true }).check();
    await form.getByRole("group", { name: es("SubmissionForm.topics") }).getByLabel(es("LabourTopic.FREEDOM_OF_ASSOCIATION"), { exact: true }).check();
    const coSubmitter = "Sindicato Independiente Nacional de Trabajadores y Trabajadoras de la Industria Automotriz (SINTTIA)";
    await form.getByRole("group", { name: es("SubmissionForm.coSubmitterIds") }).getByLabel(coSubmitter, { exact: true }).check();
    await form.getByLabel(es("SubmissionForm.identityWithheld")).check();
    await form.getByLabel(es("SubmissionForm.withholdCoSubmitters")).check();

    // Without its summary the draft is refused, and everything that was chosen and typed stays.
    await withoutBrowserChecks(page);
    await form.getByRole("button", { name: es("SubmissionForm.create") }).click();
    await expect(page.locator("#submission-summary-error")).toHaveText(es("Validation.enterField", { field: es("SubmissionField.summary") }));
    const again = page.getByRole("form", { name: es("SubmissionForm.newTitle") });
    await expect(again.getByLabel(es("SubmissionForm.title"), { exact: true })).toHaveValue(title);
    await expect(again.getByLabel(es("SubmissionForm.agreementId")).locator("option:checked")).toHaveText(USMCA);
    await expect(again.getByLabel(es("SubmissionForm.concernsCountryCode"))).toHaveValue("MX");
    await expect(again.getByLabel(es("SubmissionForm.contactPointId")).locator("option:checked")).toHaveText("Office of Trade and Labor Affairs — U.S. contact point (United States of America)");
    await expect(again.getByLabel("Art. 23.5 — Enforcement of Labor Laws", { exact: true })).toBeChecked();
    await expect(again.getByLabel(coSubmitter, { exact: true })).toBeChecked();
    await expect(again.getByLabel(es("SubmissionForm.identityWithheld"))).toBeChecked();
    await expect(again.getByLabel(es("SubmissionForm.withholdCoSubmitters"))).toBeChecked();
    await again.getByLabel(es("SubmissionForm.summary"), { exact: true }).fill("La autoridad laboral no protegió a quienes organizaban un sindicato independiente.");
    await again.getByRole("button", { name: es("SubmissionForm.create") }).click();

    // Saved as a draft, the officer lands on the submission's page.
    // The form's action redirects within the app: the address is polled, not a page load awaited.
    await expect(page).toHaveURL(/\/submissions\/(?!new$)[^/]+$/, { timeout: 30_000 });
    const id = new URL(page.url()).pathname.split("/")[2]!;
    const [saved] = await sql<{ status: string; title: string; identityWithheld: boolean; concernsCountryCode: string; topics: string[]; language: string }>(
      `SELECT status, title, "identityWithheld", "concernsCountryCode", topics::text[] AS topics, language FROM "Submission" WHERE id = $1`,
      [id],
    );
    expect(saved).toEqual({ status: "DRAFT", title, identityWithheld: true, concernsCountryCode: "MX", topics: ["FREEDOM_OF_ASSOCIATION"], language: "es" });
    const coSubmitters = await sql<{ acronym: string; identityWithheld: boolean }>(
      `SELECT o.acronym, c."identityWithheld" FROM "SubmissionCoSubmitter" c JOIN "Organisation" o ON o.id = c."organisationId" WHERE c."submissionId" = $1`,
      [id],
    );
    expect(coSubmitters).toEqual([{ acronym: "SINTTIA", identityWithheld: true }]);

    await expect(page.getByRole("status").filter({ hasText: es("Flash.submissionCreated") })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);

    // The draft opens again with what was saved, and saving a change keeps it a draft.
    await page.locator(`main a[href="/submissions/${id}/edit"]`).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(es("SubmissionForm.editTitle"));
    const edit = page.getByRole("form", { name: es("SubmissionForm.editTitle") });
    await expect(edit.getByLabel(es("SubmissionForm.title"), { exact: true })).toHaveValue(title);
    await expect(edit.getByLabel(es("SubmissionForm.concernsCountryCode"))).toHaveValue("MX");
    await expect(edit.getByLabel("Art. 23.5 — Enforcement of Labor Laws", { exact: true })).toBeChecked();
    await expect(edit.getByLabel(coSubmitter, { exact: true })).toBeChecked();
    await expect(edit.getByLabel(es("SubmissionForm.identityWithheld"))).toBeChecked();
    await expect(edit.getByLabel(es("SubmissionForm.withholdCoSubmitters"))).toBeChecked();
    await edit.getByLabel(es("SubmissionForm.withholdCoSubmitters")).uncheck();
    await edit.getByLabel(es("SubmissionForm.title"), { exact: true }).fill(`${title} (revisado)`);
    await edit.getByRole("button", { name: es("SubmissionForm.save") }).click();
    await expect(page).toHaveURL(new RegExp(`/submissions/${id}$`), { timeout: 30_000 });
    await expect(page.getByRole("status").filter({ hasText: es("Flash.submissionSaved") })).toBeVisible();
    const [edited] = await sql<{ title: string; version: number; status: string }>(`SELECT title, version, status FROM "Submission" WHERE id = $1`, [id]);
    expect(edited).toEqual({ title: `${title} (revisado)`, version: 2, status: "DRAFT" });
    expect(await sql(`SELECT "identityWithheld" FROM "SubmissionCoSubmitter" WHERE "submissionId" = $1`, [id])).toEqual([{ identityWithheld: false }]);
  } finally {
    await context.close();
  }
});

test.describe("on a phone", () => {
  test.use({ storageState: storageStateOf("cso"), viewport: SIZES.phone });

  test("the form fits the screen, before and after a refusal", async ({ page }) => {
    expect((await checkPage(page, "/submissions/new")).problems).toEqual([]);
    const form = page.getByRole("form", { name: say("en", "SubmissionForm.newTitle") });
    // The longest choices: an agreement's full title and a contact point's name.
    await form.getByLabel(say("en", "SubmissionForm.agreementId")).selectOption({ label: USMCA });
    await form.getByLabel(say("en", "SubmissionForm.contactPointId")).selectOption({ label: "Punto de contacto de México — Capítulo 23 del T-MEC (Mexico)" });
    await withoutBrowserChecks(page);
    await form.getByRole("button", { name: say("en", "SubmissionForm.create") }).click();
    await expect(page.getByRole("heading", { name: say("en", "Forms.problemTitle") })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SIZES.phone.width);
  });
});
