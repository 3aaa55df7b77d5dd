// The main journeys in each of the four languages: a visitor's portal and evidence page, a ministry
// registering a program, and a plan's review. Every expectation is read from that language's message
// files, so these tests prove the pages say what the translation says (and, in Spanish, French and
// Vietnamese, not the English), with dates in the language's own format.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD, ROLES, type RoleKey } from "./demo-accounts";
import { databaseUrl } from "./e2e-database";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const MESSAGES = path.join(ROOT, "lib", "platform", "i18n", "messages");

const LANGUAGES = [
  { locale: "en", browser: "en-GB" },
  { locale: "es", browser: "es-MX" },
  { locale: "fr", browser: "fr-CA" },
  { locale: "vi", browser: "vi-VN" },
] as const;

type Locale = (typeof LANGUAGES)[number]["locale"];

const catalogues = new Map<Locale, Record<string, unknown>>();

/** A language's messages, every file merged, as the app merges them. */
function catalogue(locale: Locale): Record<string, unknown> {
  let messages = catalogues.get(locale);
  if (!messages) {
    const folder = path.join(MESSAGES, locale);
    messages = Object.assign({}, ...fs.readdirSync(folder).filter((file) => file.endsWith(".json")).map((file) => JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"))));
    catalogues.set(locale, messages!);
  }
  return messages!;
}

/** One message ("ProgramForm.title") in `locale`, with plain {placeholders} filled in. */
function say(locale: Locale, key: string, values: Record<string, string> = {}): string {
  const found = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue(locale));
  if (typeof found !== "string") throw new Error(`${locale}: no message ${key}`);
  return found.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** The messages of a namespace that are sentences in English and read differently in `locale`: none of them may show in English. */
function englishSentencesOf(namespace: string, locale: Locale): string[] {
  const english = catalogue("en")[namespace] as Record<string, unknown>;
  const translated = catalogue(locale)[namespace] as Record<string, unknown>;
  return Object.entries(english)
    .filter(([key, text]) => typeof text === "string" && !/[{<]/.test(text) && text.length >= 25 && translated[key] !== text)
    .map(([, text]) => text as string);
}

const dayIn = (locale: Locale, isoDay: string, dateStyle: "long" | "medium" = "long") => new Intl.DateTimeFormat(locale, { dateStyle, timeZone: "UTC" }).format(new Date(`${isoDay}T00:00:00Z`));

/** The end-to-end database: E2E_DATABASE_URL, or the embedded one that tests/e2e/serve.ts started. */
/** A copy of a demo account that has chosen `locale`, so that no other test's pages change language. */
async function accountIn(role: RoleKey, locale: Locale): Promise<string> {
  const email = `journey.${role.toLowerCase()}.${locale}.${randomUUID().slice(0, 8)}@example.test`;
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "organisationId", locale, "updatedAt")
       SELECT $1, $2, name, "passwordHash", role, "organisationId", $4, now() FROM "User" WHERE email = $3`,
      [randomUUID(), email, ROLES[role].email, locale],
    );
  } finally {
    await client.end();
  }
  return email;
}

/** A browser of its own whose language is `browserLocale`, signed in as `email` when one is given. */
async function browserIn(browser: Browser, browserLocale: string, email?: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: browserLocale });
  const page = await context.newPage();
  if (email) {
    await page.goto("/sign-in");
    await page.locator("input[name=email]").fill(email);
    await page.locator("input[name=password]").fill(DEMO_PASSWORD);
    await page.locator("input[name=password]").press("Enter");
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  }
  return { context, page };
}

async function expectNoEnglish(page: Page, namespace: string, locale: Locale) {
  if (locale === "en") return;
  const text = await page.locator("main").innerText();
  for (const sentence of englishSentencesOf(namespace, locale)) expect(text, `${namespace} in ${locale}`).not.toContain(sentence);
}

for (const { locale, browser: browserLocale } of LANGUAGES) {
  test.describe(`in ${locale}`, () => {
    test("a visitor reads the portal and the evidence page", async ({ browser }) => {
      const { context, page } = await browserIn(browser, browserLocale);
      try {
        await page.goto("/");
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(say(locale, "Portal.title"));
        await expect(page.getByRole("link", { name: say(locale, "Portal.evidence") }).first()).toBeVisible();
        await expectNoEnglish(page, "Portal", locale);

        await page.goto("/evidence");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(say(locale, "Evidence.title"));
        await expect(page).toHaveTitle(new RegExp(say(locale, "Evidence.title").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
        await expectNoEnglish(page, "Evidence", locale);
      } finally {
        await context.close();
      }
    });

    test("a ministry registers a program, and is told what is missing in its language", async ({ browser }) => {
      const { context, page } = await browserIn(browser, "en-US", await accountIn("govMx", locale));
      try {
        const title = `${say(locale, "ProgramType.TECHNICAL_COOPERATION")} ${Date.now()}`;
        await page.goto("/programs");
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await page.getByRole("link", { name: say(locale, "Programs.new") }).click();
        // The agreement's official title is the same in every language.
        await page.getByLabel(say(locale, "ProgramForm.agreementId")).selectOption({ label: "USMCA — Agreement between the United States of America, the United Mexican States, and Canada" });
        await page.getByLabel(say(locale, "ProgramForm.identifier"), { exact: true }).fill(`MX-STPS-LANG-${locale}-${Date.now()}`);
        await page.getByLabel(say(locale, "ProgramForm.title"), { exact: true }).fill(title);
        await page.getByLabel(say(locale, "ProgramForm.type"), { exact: true }).selectOption({ label: say(locale, "ProgramType.TECHNICAL_COOPERATION") });
        await page.getByLabel(say(locale, "ProgramForm.summary"), { exact: true }).fill("—");
        await page.getByRole("group", { name: say(locale, "ProgramForm.topics") }).locator('input[type="checkbox"][value="LABOUR_INSPECTION"]').check();
        await page.getByLabel(say(locale, "ProgramForm.currencyCode")).selectOption("MXN");
        await page.getByLabel(say(locale, "ProgramForm.plannedStart")).fill("2027-03-31");
        // The server's answer, as a browser that does not check required fields itself gets it.
        await page.locator("main form").evaluateAll((forms) => forms.forEach((form) => ((form as HTMLFormElement).noValidate = true)));
        await page.getByRole("button", { name: say(locale, "ProgramForm.create") }).click();

        // The area of expertise was left empty: the form says so, in this language, and keeps the rest.
        const missing = say(locale, "Validation.enterField", { field: say(locale, "Field.expertiseArea") });
        await expect(page.getByRole("heading", { name: say(locale, "Forms.problemTitle") })).toBeVisible();
        await expect(page.getByRole("link", { name: missing })).toHaveAttribute("href", "#program-expertiseArea");
        await expect(page.getByText(say(locale, "Problem.fieldsNeedAttention"))).toBeVisible();
        await expect(page.getByLabel(say(locale, "ProgramForm.title"), { exact: true })).toHaveValue(title);

        await page.getByLabel(say(locale, "ProgramForm.expertiseArea")).fill("—");
        await page.getByRole("button", { name: say(locale, "ProgramForm.create") }).click();
        await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
        await expect(page.locator("main")).toContainText(dayIn(locale, "2027-03-31"));
        await expectNoEnglish(page, "Program", locale);
      } finally {
        await context.close();
      }
    });

    test("a plan is drafted, submitted and approved, each step in the language", async ({ browser }) => {
      test.setTimeout(120_000);
      const ministry = await browserIn(browser, "en-US", await accountIn("govMx", locale));
      const secretariat = await browserIn(browser, "en-US", await accountIn("analyst", locale));
      const gov = ministry.page;
      const analyst = secretariat.page;
      try {
        const title = `${say(locale, "PlanKind.REMEDIATION")} ${Date.now()}`;
        await gov.goto("/plans/new");
        const draft = gov.getByRole("form", { name: say(locale, "PlanForm.newTitle") });
        await draft.getByLabel(say(locale, "PlanForm.kind")).selectOption("REMEDIATION");
        await draft.getByLabel(say(locale, "PlanForm.planTitle"), { exact: true }).fill(title);
        await draft.getByLabel(say(locale, "PlanForm.agreement")).selectOption({ label: "USMCA" });
        await draft.getByLabel(say(locale, "PlanForm.origin"), { exact: true }).selectOption("PUBLIC_SUBMISSION");
        await draft.getByLabel(say(locale, "PlanForm.objectives"), { exact: true }).fill("—");
        await draft.getByRole("button", { name: say(locale, "PlanForm.create") }).click();
        await expect(gov.getByRole("heading", { level: 1, name: title })).toBeVisible();
        const planUrl = gov.url();

        const addMeasure = gov.getByRole("form", { name: say(locale, "Plan.addMeasure") });
        await addMeasure.getByLabel(say(locale, "PlanForm.measureTitle"), { exact: true }).fill(`${say(locale, "PlanForm.measureTitle")} 1`);
        await addMeasure.getByLabel(say(locale, "PlanForm.responsible")).selectOption({ index: 1 });
        await addMeasure.getByLabel(say(locale, "PlanForm.dueDate")).fill("2027-06-30");
        await addMeasure.getByRole("button", { name: say(locale, "Plan.addMeasure") }).click();
        await expect(gov.locator("main")).toContainText(dayIn(locale, "2027-06-30", "medium"));

        const submit = gov.getByRole("form", { name: say(locale, "Plan.move.SUBMITTED") });
        await submit.getByRole("button", { name: say(locale, "Plan.move.SUBMITTED") }).click();
        await expect(gov.locator("main .badge").first()).toHaveText(say(locale, "PlanStatus.SUBMITTED"));

        await analyst.goto(planUrl);
        await analyst.getByRole("form", { name: say(locale, "Plan.move.UNDER_REVIEW") }).getByRole("button", { name: say(locale, "Plan.move.UNDER_REVIEW") }).click();
        await expect(analyst.locator("main .badge").first()).toHaveText(say(locale, "PlanStatus.UNDER_REVIEW"));
        const review = analyst.getByRole("form", { name: say(locale, "Plan.reviewTitle") });
        await review.getByLabel(say(locale, "Plan.decision")).selectOption("APPROVE");
        await review.getByLabel(say(locale, "Plan.reviewComment")).fill("—");
        await review.getByRole("button", { name: say(locale, "Plan.sendReview") }).click();
        await expect(analyst.locator("main .badge").first()).toHaveText(say(locale, "PlanStatus.APPROVED"));
        await expectNoEnglish(analyst, "Plan", locale);
      } finally {
        await Promise.all([ministry.context.close(), secretariat.context.close()]);
      }
    });
  });
}

/** Pages whose width must hold their longest translation; the program is one the demo data publishes. */
const PAGES = ["/", "/evidence", "/programs", "/agreements", "/institutions", "/exchanges", "/plans", "/dashboard", "/search?q=trabajo"];

for (const { locale, browser: browserLocale } of LANGUAGES.filter(({ locale }) => locale !== "en")) {
  test(`no page is wider than the window in ${locale}, where sentences run longer than in English`, async ({ browser }) => {
    test.setTimeout(120_000);
    const { context, page } = await browserIn(browser, browserLocale, await accountIn("govMx", locale));
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      const programs = [...new Set(await page.goto("/programs").then(() => page.locator("main table a[href^='/programs/']").evaluateAll((links) => links.slice(0, 2).map((link) => link.getAttribute("href")!))))];
      for (const url of [...PAGES, "/programs/new", "/plans/new", "/account", ...programs]) {
        await page.goto(url);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
        expect(width.page, `${url} in ${locale}`).toBeLessThanOrEqual(width.window);
      }
    } finally {
      await context.close();
    }
  });
}
