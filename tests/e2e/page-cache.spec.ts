// The public pages a signed-out visitor sees come from the shared page cache (docs/caching.md):
// in a real browser, a cached page runs its scripts under the policy of hashes with no violation,
// its client components work, a second load is served from the cache, and an edit made by a
// signed-in person shows on the public page at once.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";

/** Collects what the browser refuses under the page's policy, and the errors it logs. */
async function watchProblems(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction("reportViolation", (text: string) => problems.push(`policy: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

test("a signed-out visitor gets public pages from the cache, working, and sees an edit at once", async ({ browser, baseURL }) => {
  // A published program of this test's own, so that no other test's write to it can refuse the edit below.
  const stamp = Date.now();
  const ministry = await browser.newContext({ storageState: storageStateOf("govMx") });
  const agreements = await (await ministry.request.get("/api/v1/agreements?q=USMCA")).json();
  const created = await ministry.request.post("/api/v1/programs", {
    headers: { origin: baseURL! },
    data: {
      agreementId: agreements.data[0].id,
      identifier: `MX-STPS-CACHE-${stamp}`,
      title: `Cached inspection program ${stamp}`,
      summary: "Inspectors visit subcontracted workplaces.",
      type: "TECHNICAL_COOPERATION",
      expertiseArea: "Labour inspection",
      currencyCode: "MXN",
      status: "IMPLEMENTATION",
      plannedStart: "2026-01-15",
      actualStart: "2026-02-01",
      visibility: "PUBLISHED",
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const url = `/programs/${((await created.json()) as { data: { id: string } }).data.id}`;
  await ministry.close();

  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "en-GB", timezoneId: "America/Mexico_City" });
  const page = await visitor.newPage();
  const problems = await watchProblems(page);
  try {
    for (const path of ["/", "/evidence", "/programs", url]) {
      const response = await page.goto(path);
      expect(response!.status()).toBe(200);
      expect(response!.headers()["x-cache"]).toMatch(/^(hit|miss)$/);
      expect(response!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
      expect(response!.headers()["content-security-policy"]).not.toContain("nonce");
    }
    // A client component ran: the time zone detection told the server this browser's zone.
    await expect.poll(async () => (await visitor.cookies()).find((cookie) => cookie.name === "tz")?.value).toBe("America/Mexico_City");

    // With the zone known, the page is one entry; loaded again it comes from the cache.
    await page.goto(url);
    const again = await page.goto(url);
    expect(again!.headers()["x-cache"]).toBe("hit");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // Client-side navigation from a cached page works (Next.js's own requests pass the cache by).
    await page.getByRole("link", { name: "Programs" }).first().click();
    await expect(page).toHaveURL(/\/programs$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // A signed-in administrator edits the program; the public page shows it on the next load.
    const summary = `Summary edited at ${Date.now()} for the cache check.`;
    const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
    const admin = await adminContext.newPage();
    const signedIn = await admin.goto(url);
    expect(signedIn!.headers()["x-cache"]).toBeUndefined();
    expect(signedIn!.headers()["content-security-policy"]).toMatch(/'nonce-/);
    await admin.goto(`${url}/edit`);
    await admin.getByLabel("Summary", { exact: true }).fill(summary);
    await admin.getByRole("button", { name: "Save changes" }).click();
    // The saved program's page, not the form (whose text area holds the summary whether or not it was saved).
    await expect(admin.getByRole("status").filter({ hasText: "Program saved." })).toBeVisible();
    await expect(admin).toHaveURL(new RegExp(`${url}$`));
    await expect(admin.getByText(summary).first()).toBeVisible();
    await adminContext.close();

    const fresh = await page.goto(url);
    expect(fresh!.headers()["x-cache"]).toBe("miss");
    await expect(page.getByText(summary).first()).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    await visitor.close();
  }
});
