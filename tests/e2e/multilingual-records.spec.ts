// A plan in the reader's language: its translation when it has one, else its title as written with
// a note saying which language that is, named in the reader's language.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import pg from "pg";
import { databaseUrl } from "./e2e-database";

/** The end-to-end database: E2E_DATABASE_URL, or the embedded one that tests/e2e/serve.ts started. */
async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** A signed-out visitor whose browser asks for `locale`. */
async function reader(browser: Browser, locale: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale });
  return { context, page: await context.newPage() };
}

const SPANISH_TITLE = "Plan de inspección en el sector de la maquila";
const FRENCH_TITLE = "Plan d’inspection dans le secteur des maquilas";

/** A published plan of this test's own, written in Spanish and translated into French only. */
async function spanishPlan(): Promise<string> {
  const id = randomUUID();
  await query(
    `INSERT INTO "Plan" (id, kind, title, "agreementId", "countryCode", origin, "ownerOrganisationId", status, language, translations, "updatedAt")
     SELECT $1, 'ACTION', $2, p."agreementId", p."countryCode", 'OTHER', p."ownerOrganisationId", 'APPROVED', 'es', $3::jsonb, now()
     FROM "Plan" p WHERE p.title = 'Labor Rights Monitoring and Action Plan — 2026 follow-up'`,
    [id, SPANISH_TITLE, JSON.stringify({ title: { fr: FRENCH_TITLE } })],
  );
  return id;
}

test("a French reader sees a demo plan's French title, in French and without a note", async ({ browser }) => {
  const [plan] = await query<{ id: string }>(`SELECT id FROM "Plan" WHERE title = $1`, ["Remediation plan on the protection of trade union leaders"]);
  const { context, page } = await reader(browser, "fr-FR");
  try {
    await page.goto(`/plans/${plan!.id}`);
    const title = page.getByRole("heading", { level: 1 });
    await expect(title).toHaveText("Plan de mesures correctives relatif à la protection des dirigeants syndicaux");
    await expect(title.locator("[lang]")).toHaveAttribute("lang", "fr");
    // No note under the title (the objectives, which the demo has in English only, carry theirs).
    await expect(page.locator("h1 + p")).not.toContainText("Langue d’origine");
    await expect(page.getByText("Langue d’origine : anglais. Pas encore traduit en français.")).toHaveCount(1);
    // The list names it in French too.
    await page.goto("/plans");
    await expect(page.getByRole("link", { name: "Plan de mesures correctives relatif à la protection des dirigeants syndicaux" })).toBeVisible();
  } finally {
    await context.close();
  }
});

test("a reader whose language a plan has no translation into sees its title as written, with a note naming that language", async ({ browser }) => {
  const id = await spanishPlan();
  const english = await reader(browser, "en-GB");
  const vietnamese = await reader(browser, "vi-VN");
  const french = await reader(browser, "fr-CA");
  try {
    await english.page.goto(`/plans/${id}`);
    await expect(english.page.getByRole("heading", { level: 1 })).toHaveText(SPANISH_TITLE);
    await expect(english.page.getByRole("heading", { level: 1 }).locator("[lang]")).toHaveAttribute("lang", "es");
    await expect(english.page.locator("h1 + p")).toHaveText("Original language: Spanish. Not yet translated into English.");

    await vietnamese.page.goto(`/plans/${id}`);
    await expect(vietnamese.page.getByRole("heading", { level: 1 })).toHaveText(SPANISH_TITLE);
    await expect(vietnamese.page.locator("h1 + p")).toHaveText("Ngôn ngữ gốc: tiếng Tây Ban Nha. Chưa được dịch sang tiếng Việt.");

    await french.page.goto(`/plans/${id}`);
    await expect(french.page.getByRole("heading", { level: 1 })).toHaveText(FRENCH_TITLE);
    await expect(french.page.locator("h1 + p")).not.toContainText("Langue d’origine");
  } finally {
    await Promise.all([english.context.close(), vietnamese.context.close(), french.context.close()]);
  }
});
