import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, ROLES, storageStateOf, type RoleKey } from "./demo-accounts";

for (const key of Object.keys(ROLES) as RoleKey[]) {
  const account = ROLES[key];

  test.describe(`${account.email}`, () => {
    test.use({ storageState: storageStateOf(key) });

    test("sees the links of its role and no others", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByText(`Signed in as ${account.name} (${account.role})`)).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Main" });
      for (const link of account.links) await expect(nav.getByRole("link", { name: link })).toBeVisible();
      for (const link of account.hidden) await expect(nav.getByRole("link", { name: link })).toHaveCount(0);
    });

    test("is kept out of pages its role does not open", async ({ page }) => {
      for (const [path, link] of [["/admin/users", "Users"], ["/admin/organisations", "Organisations"], ["/audit", "Audit trail"]] as const) {
        const response = await page.goto(path);
        if ((account.links as readonly string[]).includes(link)) {
          expect(response?.status(), path).toBe(200);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        } else {
          expect(response?.status(), path).toBe(404);
        }
      }
    });
  });
}

test("each demo account signs in and signs out", async ({ page }) => {
  for (const account of Object.values(ROLES)) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText(`Signed in as ${account.name} (${account.role})`)).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/account/tokens");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%2Ftokens/);
  }
});

test("a wrong password is refused with the same message as an unknown account", async ({ page }) => {
  const messages: string[] = [];
  for (const email of ["nobody@demo.test", "nobody.else@demo.test"]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toBeVisible();
    messages.push((await alert.textContent()) ?? "");
  }
  expect(messages[0]).toBe("That email and password do not match an active account.");
  expect(messages[1]).toBe(messages[0]);
});

test("a signed-out visitor of a signed-in page comes back to it after signing in", async ({ page }) => {
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faudit/);
  await page.getByLabel("Email").fill(ROLES.analyst.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
});

test.describe("API tokens", () => {
  test.use({ storageState: storageStateOf("govMx") });

  test("a token is shown once, works as its owner, and stops working when revoked", async ({ page, request }) => {
    await page.goto("/account/tokens");
    await page.getByLabel("Name").fill("e2e export");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
    expect(token).toMatch(/^lct_/);

    const me = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect((await me.json()).data).toMatchObject({ email: ROLES.govMx.email, role: "GOVERNMENT" });

    await page.reload();
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    const row = page.getByRole("row", { name: /e2e export/ });
    await row.getByRole("button", { name: /Revoke/ }).click();
    await expect(row.getByRole("cell", { name: "Revoked" })).toBeVisible();

    const after = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
    expect(after.status()).toBe(401);
  });

  test("an empty name gets a field-level error", async ({ page }) => {
    await page.goto("/account/tokens");
    await page.getByLabel("Expires after (days)").fill("0");
    await page.getByLabel("Name").fill(" ");
    await page.getByRole("button", { name: "Create token" }).click();
    // Both problems at once, at the top of the form (each a link to its field) and under each field.
    await expect(page.getByRole("link", { name: "Give the token a name." })).toBeVisible();
    await expect(page.getByRole("link", { name: "At least 1 day." })).toBeVisible();
    await page.getByRole("link", { name: "At least 1 day." }).click();
    await expect(page.getByLabel("Expires after (days)")).toBeFocused();
  });
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test("pages carry a Content-Security-Policy, a Permissions-Policy and the server's request id", async ({ request }) => {
  // A page rendered per request has a nonce of its own; a page from the shared cache, the hashes of its scripts.
  for (const [path, scripts] of [["/sign-in", /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/], ["/", /script-src 'self'( 'sha256-[^']+')+;/]] as const) {
    const response = await request.get(path, { headers: { "X-Request-Id": "client-chosen-id-0001" } });
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(scripts);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-request-id"]).toMatch(UUID);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["permissions-policy"]).toContain("camera=(), ");
  }
  // The build's script files are no documents: nosniff, and none of the documents' policies.
  const script = (await (await request.get("/")).text()).match(/src="(\/_next\/static\/chunks\/[^"]+\.js)"/)?.[1];
  expect(script, "the home page loads the build's scripts").toBeTruthy();
  const file = await request.get(script!);
  expect(file.status()).toBe(200);
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  for (const policy of ["permissions-policy", "x-frame-options", "referrer-policy"]) expect(file.headers()[policy], policy).toBeUndefined();
});

test.describe("the API with the session cookie", () => {
  test.use({ storageState: storageStateOf("govMx") });

  test("refuses a write from another site and takes one from the app's own origin", async ({ page, baseURL }) => {
    const stamp = Date.now();
    const refused = await page.request.post("/api/v1/tokens", { headers: { origin: "http://evil.example" }, data: { name: `elsewhere ${stamp}` } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("another site") });
    const silent = await page.request.post("/api/v1/tokens", { data: { name: `unsaid ${stamp}` } });
    expect(silent.status()).toBe(403);
    const accepted = await page.request.post("/api/v1/tokens", { headers: { origin: baseURL! }, data: { name: `here ${stamp}` } });
    expect(accepted.status()).toBe(201);
    const names = ((await (await page.request.get("/api/v1/tokens")).json()).data as { name: string }[]).map((token) => token.name);
    expect(names).toContain(`here ${stamp}`);
    expect(names).not.toContain(`elsewhere ${stamp}`);
    expect(names).not.toContain(`unsaid ${stamp}`);
  });

  test("serves an uploaded document with its own sandboxing policy", async ({ page, baseURL }) => {
    const stamp = Date.now();
    const headers = { origin: baseURL! };
    const agreements = await (await page.request.get("/api/v1/agreements?q=USMCA")).json();
    const program = await page.request.post("/api/v1/programs", {
      headers,
      data: { agreementId: agreements.data[0].id, identifier: `MX-STPS-DOC-${stamp}`, title: `Documented ${stamp}`, type: "TECHNICAL_COOPERATION", expertiseArea: "Labour inspection", currencyCode: "USD" },
    });
    expect(program.status()).toBe(201);
    const programId = (await program.json()).data.id as string;
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    const upload = await page.request.post(`/api/v1/programs/${programId}/documents`, {
      headers,
      multipart: { title: "Inspection report", category: "A01", file: { name: "report.pdf", mimeType: "application/pdf", buffer: pdf } },
    });
    expect(upload.status()).toBe(201);
    const file = await page.request.get(`/api/v1/documents/${(await upload.json()).data.id}/file`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
    expect(file.headers()["permissions-policy"]).toContain("camera=()");
  });
});
