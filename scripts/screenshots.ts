// `npm run screenshots`: pictures of ten main pages on a desktop (1366x900) and on a phone
// (390x844), into docs/screenshots/, taken from a running demo app (`npm start`) at BASE_URL
// (http://localhost:3000 by default) as the Mexican ministry's demo account sees it. Each picture is
// the top of the page, at most MAX_HEIGHT pixels of it, so the files stay small.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { mainPages } from "../tests/e2e/main-pages";
import { SIZES, type SizeName } from "../tests/e2e/page-checks";
import { DEMO_PASSWORD, ROLES } from "../tests/e2e/demo-accounts";

const BASE_URL = process.env.BASE_URL ?? "http://localhost:3000";
const OUT = path.resolve("docs", "screenshots");
const MAX_HEIGHT = { desktop: 1400, phone: 1800 } satisfies Record<SizeName, number>;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The ten pages, by the name their pictures are saved under. */
async function tenPages(page: Page): Promise<[string, string][]> {
  const pages = await mainPages(page, true);
  return [
    ["home", "/"],
    ["programs", "/programs"],
    ["program", pages.program!],
    ["program-form", pages.programForm ?? "/programs/new"],
    ["plan", pages.plan!],
    ["dashboard", "/dashboard"],
    ["evidence", "/evidence"],
    ["agreements", "/agreements"],
    ["event", pages.event!],
    ["notifications", "/notifications"],
  ];
}

async function signIn(page: Page) {
  const account = ROLES.govMx;
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByText(`Signed in as ${account.name}`).waitFor();
}

async function shoot(browser: Browser, size: SizeName) {
  const viewport = SIZES[size];
  const context = await browser.newContext({ baseURL: BASE_URL, viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await signIn(page);
  for (const [name, address] of await tenPages(page)) {
    await page.goto(address);
    if (await page.locator(".chart").count()) await page.locator(".chart svg").first().waitFor();
    const height = Math.min(MAX_HEIGHT[size], await page.evaluate(() => document.documentElement.scrollHeight));
    const file = path.join(OUT, `${name}-${size}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height } });
    process.stdout.write(`${path.relative(process.cwd(), file)} (${address})\n`);
  }
  await context.close();
}

fs.mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: fs.existsSync(CHROMIUM) ? CHROMIUM : undefined, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
try {
  for (const size of Object.keys(SIZES) as SizeName[]) await shoot(browser, size);
} finally {
  await browser.close();
}
