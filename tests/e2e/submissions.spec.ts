import { expect, type Page, test } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";

const UNION = "Trade Union Confederation of the Americas";

/** Clicks the one button of the form named `name` (the move forms are named by their button). */
async function move(page: Page, name: string, fill: Record<string, string> = {}) {
  const form = page.getByRole("form", { name });
  for (const [label, value] of Object.entries(fill)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole("button", { name }).click();
}

test("a union files a submission with its name withheld, the contact point's ministry handles it within the deadlines, a plan follows it, and a visitor follows it all without seeing the name", async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const title = `Dismissals after a union vote at a Querétaro seat factory ${stamp}`;
  const unionContext = await browser.newContext({ storageState: storageStateOf("cso") });
  const ministryContext = await browser.newContext({ storageState: storageStateOf("govUs") });
  const visitorContext = await browser.newContext();
  try {
    // The union drafts the submission, asking that its name be withheld, and files it.
    const union = await unionContext.newPage();
    await union.goto("/submissions/new");
    const draft = union.getByRole("form", { name: "Draft a public submission" });
    const agreement = draft.getByLabel("Trade agreement");
    await agreement.selectOption(await agreement.locator("option", { hasText: "USMCA" }).first().getAttribute("value") ?? "");
    const concerned = draft.getByLabel("Party concerned");
    await concerned.selectOption(await concerned.locator("option", { hasText: "Mexico" }).first().getAttribute("value") ?? "");
    const contactPoint = draft.getByLabel("Contact point it is filed with");
    await contactPoint.selectOption(await contactPoint.locator("option", { hasText: "U.S. contact point" }).first().getAttribute("value") ?? "");
    await draft.getByLabel("Title", { exact: true }).fill(title);
    await draft.getByLabel("Summary", { exact: true }).fill("Forty workers were dismissed after voting for an independent union; the labour authorities did not act.");
    await draft.getByLabel("Facts", { exact: true }).fill("On 3 February the plant dismissed forty workers who had voted for an independent union.");
    await draft.getByLabel("What the submission asks for", { exact: true }).fill("That the contact point review Mexico's enforcement of freedom of association at the plant.");
    await draft.getByRole("checkbox", { name: "Freedom of association" }).first().check();
    await draft.getByLabel("Withhold our organisation's name from the public").check();
    await draft.getByRole("button", { name: "Save the draft" }).click();
    await expect(union.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const url = new URL(union.url()).pathname;
    expect(url).toMatch(/^\/submissions\/[a-z0-9]+$/);
    await expect(union.getByText("withheld from the public").first()).toBeVisible();
    await move(union, "File the submission");
    await expect(union.getByText("Filed. The contact point’s ministry has been told.")).toBeVisible();

    // The US ministry, whose contact point it is filed with, acknowledges and accepts it, reviews it and reports.
    const ministry = await ministryContext.newPage();
    await ministry.goto("/notifications");
    await expect(ministry.getByText(`Public submission filed with your contact point: ${title}`)).toBeVisible();
    await ministry.goto(url);
    await expect(ministry.getByText(UNION).first()).toBeVisible();
    await move(ministry, "Acknowledge receipt");
    await expect(ministry.getByText("Receipt acknowledged. The submitters have been told.")).toBeVisible();
    await move(ministry, "Accept for review", { "What the review will look at (optional, published)": "Whether the dismissals were remedied and a free vote held." });
    await expect(ministry.getByText("Accepted for review. The submitters have been told.")).toBeVisible();
    await expect(ministry.getByText(/0 days of 60/)).toBeVisible();
    await move(ministry, "Begin the review");
    await expect(ministry.getByText("Review begun. The submitters have been told.")).toBeVisible();
    const hearing = ministry.getByRole("form", { name: "Record a consultation or hearing" });
    const meeting = hearing.getByLabel("Meeting");
    await meeting.selectOption(await meeting.locator("option").nth(1).getAttribute("value") ?? "");
    await hearing.getByLabel("Kind").selectOption("HEARING");
    await hearing.getByRole("button", { name: "Record a consultation or hearing" }).click();
    await expect(ministry.getByText("Recorded.")).toBeVisible();
    await move(ministry, "Publish the report", {
      Findings: "The dismissals were retaliation for the vote; the local labour board did not act on the workers' complaints.",
      Recommendations: "Reinstate the dismissed workers with back pay.\nHold an observed vote on union representation.",
    });
    await expect(ministry.getByText("Report published. The submitters have been told.")).toBeVisible();

    // A remediation plan follows the first recommendation.
    const link = ministry.getByRole("form", { name: "Link a plan or program that follows a recommendation" });
    const recommendation = link.getByLabel("Recommendation");
    await recommendation.selectOption(await recommendation.locator("option", { hasText: "Reinstate the dismissed workers" }).getAttribute("value") ?? "");
    const plan = link.getByLabel("Plan", { exact: true });
    await plan.selectOption(await plan.locator("option", { hasText: "Course of remediation at an auto-parts facility in Matamoros" }).getAttribute("value") ?? "");
    await link.getByRole("button", { name: "Link a plan or program that follows a recommendation" }).click();
    await expect(ministry.getByText("Linked. The plan or program now shows the recommendation it follows.")).toBeVisible();

    // The union was told of each move.
    await union.goto("/notifications");
    await expect(union.getByText(`The report on your submission is published: ${title}`)).toBeVisible();

    // A visitor follows it on the public docket, from the submission to the plan and back, and never sees the union's name.
    const visitor = await visitorContext.newPage();
    await visitor.goto(`/submissions?q=${stamp}`);
    const row = visitor.getByRole("row").filter({ hasText: title });
    await expect(row).toContainText("Name withheld at the submitter’s request");
    await expect(row).toContainText("Reported");
    await expect(row).toContainText("within the deadline");
    await row.getByRole("link", { name: title }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(visitor.getByText("Reinstate the dismissed workers with back pay.")).toBeVisible();
    await expect(visitor.getByRole("heading", { name: "Timeline" })).toBeVisible();
    expect(await visitor.content()).not.toContain(UNION);
    await visitor.getByRole("link", { name: "Course of remediation at an auto-parts facility in Matamoros, Tamaulipas" }).click();
    await expect(visitor.getByRole("heading", { name: "Follows a public submission" })).toBeVisible();
    await visitor.getByRole("link", { name: title }).click();
    await expect(visitor).toHaveURL(new RegExp(`${url}$`));
    expect(await visitor.content()).not.toContain(UNION);
    const exported = await visitor.request.get(`/api/v1/exports/submissions?format=csv&q=${stamp}`);
    expect(exported.ok()).toBe(true);
    const csv = await exported.text();
    expect(csv).toContain(title);
    expect(csv).not.toContain(UNION);
  } finally {
    await Promise.all([unionContext.close(), ministryContext.close(), visitorContext.close()]);
  }
});

test("the docket flags decisions and reports past their deadlines", async ({ page }) => {
  await page.goto("/submissions?deadline=overdue");
  await expect(page.getByRole("status")).not.toHaveText(/No submissions match/);
  await expect(page.getByText(/overdue by \d+ days?/).first()).toBeVisible();
});
