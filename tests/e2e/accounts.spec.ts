// Accounts end to end, with the app emailing through real SMTP to a mail server this file runs: an
// administrator invites someone, the invitation arrives, its link sets their password and signs them
// in; later they forget it, ask for a link, and set a new one. The one file that listens on the
// app's SMTP port (E2E_SMTP_PORT), so its tests run one after the other.
import { expect, test, type Browser } from "@playwright/test";
import { startSmtpInbox, type SmtpInbox } from "../support/smtp-inbox";
import { storageStateOf } from "./demo-accounts";

test.describe.configure({ mode: "serial" });

/** The port playwright.config.ts gives the app in SMTP_URL. */
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 25_250);

let inbox: SmtpInbox;
test.beforeAll(async () => {
  inbox = await startSmtpInbox(SMTP_PORT);
});
test.afterAll(async () => {
  await inbox?.close();
});

const email = `new.official.${Date.now()}@example.test`;
const NAME = "Nueva Funcionaria";
const LINK = /(http:\/\/localhost:\d+\/set-password\/[A-Za-z0-9_-]{43})/;

/** A browser of the invited person's own, signed out. */
async function ownBrowser(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

test("an ADMIN invites someone by email; the link sets their password and they sign in; a duplicate email is refused", async ({ browser }) => {
  const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await adminContext.newPage();
  await page.goto("/admin/users/new");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill(NAME);
  await page.getByLabel("Role").selectOption({ label: "Government" });
  await page.getByLabel("Organisation").selectOption({ label: "Secretaría del Trabajo y Previsión Social (STPS) · MX" });
  await page.getByRole("button", { name: "Invite user" }).click();
  await expect(page.getByText(`An invitation to choose a password has been emailed to them`)).toBeVisible();
  // Emailed, so not shown: the administrator never holds the link.
  await expect(page.getByTestId("set-password-link")).toHaveCount(0);

  // The same email again: a field-level error, and what was typed is kept.
  await page.goto("/admin/users/new");
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Role").selectOption({ label: "Analyst" });
  await page.getByLabel("Organisation").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Invite user" }).click();
  await expect(page.locator("#new-user-email-error")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Someone Else");

  const mail = await inbox.waitFor((m) => m.envelope.to.includes(email));
  expect(mail.subject).toBe("Your account on the Labour Cooperation Tracker");
  expect(mail.text).toContain(`Hello ${NAME},`);
  expect(mail.text).toMatch(/works once, until .* UTC \(24 hours/);
  const link = LINK.exec(mail.text)![1]!;

  const them = await ownBrowser(browser);
  await them.page.goto(link);
  // The token leaves the address at once: nothing the page loads carries it in a Referer header.
  await expect(them.page).toHaveURL(/\/set-password$/);
  await expect(them.page.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  await expect(them.page.getByText(`Welcome, ${NAME}.`)).toBeVisible();
  // Field by field: too short, then two different passwords.
  await them.page.getByLabel("New password").fill("short");
  await them.page.getByLabel("The same password again").fill("short");
  await them.page.getByRole("button", { name: "Save password" }).click();
  await expect(them.page.locator("#set-password-password-error")).toContainText("at least 12 characters");
  await them.page.getByLabel("New password").fill("a long invited password");
  await them.page.getByLabel("The same password again").fill("a long invited passwort");
  await them.page.getByRole("button", { name: "Save password" }).click();
  await expect(them.page.locator("#set-password-confirmPassword-error")).toContainText("not the same");
  await them.page.getByLabel("New password").fill("a long invited password");
  await them.page.getByLabel("The same password again").fill("a long invited password");
  await them.page.getByRole("button", { name: "Save password" }).click();
  await expect(them.page.getByText(`Signed in as ${NAME} (Government)`)).toBeVisible();

  // The link worked once.
  await them.page.goto(link);
  await expect(them.page.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
  await expect(them.page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
  await them.context.close();

  await page.goto("/audit?action=user.invite");
  // The audit trail says the entry in words, not as its action code.
  await expect(page.getByRole("cell", { name: /sent .* an invitation to set a password/ }).first()).toBeVisible();
  await adminContext.close();
});

test("Forgot your password? sends a link by email that sets a new one, with the same answer for an unknown address", async ({ browser }) => {
  const { context, page } = await ownBrowser(browser);
  const neutral = "If an account exists for that address, we have sent a link to choose a new password.";

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page has an Email field too: wait for the new page before filling in its own.
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill("nobody.at.all@example.test");
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByText(neutral)).toBeVisible();

  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByText(neutral)).toBeVisible();

  const mail = await inbox.waitFor((m) => m.envelope.to.includes(email) && m.subject === "Set a new password for the Labour Cooperation Tracker");
  expect(inbox.received.some((m) => m.envelope.to.includes("nobody.at.all@example.test"))).toBe(false);
  await page.goto(LINK.exec(mail.text)![1]!);
  await page.getByLabel("New password").fill("my second long password");
  await page.getByLabel("The same password again").fill("my second long password");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByText(`Signed in as ${NAME} (Government)`)).toBeVisible();
  await context.close();

  // The new password signs in from a fresh browser; the old one no longer does.
  const fresh = await ownBrowser(browser);
  await fresh.page.goto("/sign-in");
  await fresh.page.getByLabel("Email").fill(email);
  await fresh.page.getByLabel("Password").fill("my second long password");
  await fresh.page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(fresh.page.getByText(`Signed in as ${NAME} (Government)`)).toBeVisible();
  await fresh.context.close();
});
