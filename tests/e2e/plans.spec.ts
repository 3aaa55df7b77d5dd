import { expect, type Page, test } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";

test("a remediation plan goes from draft through requested changes to approval, and a measure is met, evidenced and verified", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Remediation of reprisals at a Querétaro plant ${stamp}`;
  const ministry = await browser.newContext({ storageState: storageStateOf("govMx") });
  const secretariat = await browser.newContext({ storageState: storageStateOf("analyst") });
  try {
    const gov = await ministry.newPage();
    const analyst = await secretariat.newPage();
    const me = (await (await gov.request.get("/api/v1/me")).json()).data as { organisation: { id: string } };

    // The ministry drafts the plan.
    await gov.goto("/plans/new");
    const draft = gov.getByRole("form", { name: "Draft a plan" });
    await draft.getByLabel("Kind").selectOption("REMEDIATION");
    await draft.getByLabel("Title", { exact: true }).fill(title);
    await draft.getByLabel("Agreement").selectOption({ label: "USMCA" });
    await expect(draft.getByLabel("Country")).toHaveValue("MX");
    await draft.getByLabel("Origin", { exact: true }).selectOption("PUBLIC_SUBMISSION");
    await draft.getByLabel("Objectives", { exact: true }).fill("Organisers reinstated and a free vote held.");
    await draft.getByRole("button", { name: "Save the draft" }).click();
    await expect(gov.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const planUrl = gov.url();

    // Submitting before there is a measure is refused, with the reason.
    await gov.getByRole("form", { name: "Submit for review" }).getByRole("button", { name: "Submit for review" }).click();
    await expect(gov.getByText("A plan needs at least one measure before it is submitted.").first()).toBeVisible();

    // Two measures.
    const addMeasure = async (measure: string, due: string) => {
      const form = gov.getByRole("form", { name: "Add a measure" });
      await form.getByLabel("Measure", { exact: true }).fill(measure);
      await form.getByLabel("Responsible organisation").selectOption(me.organisation.id);
      await form.getByLabel("Due date").fill(due);
      await form.getByRole("button", { name: "Add a measure" }).click();
    };
    await addMeasure("Reinstate the dismissed organisers", "2027-01-31");
    await expect(gov.getByRole("listitem", { name: "Reinstate the dismissed organisers" })).toBeVisible();
    await addMeasure("Observed vote on union representation", "2027-03-31");
    await expect(gov.getByRole("listitem", { name: "Observed vote on union representation" })).toBeVisible();
    await submit(gov);
    await expectStatus(gov, "Submitted");

    // The analyst takes it up and asks for changes.
    await analyst.goto(planUrl);
    await analyst.getByRole("form", { name: "Take up for review" }).getByRole("button", { name: "Take up for review" }).click();
    await expectStatus(analyst, "Under review");
    await sendReview(analyst, "REQUEST_CHANGES", "Say who observes the vote.");
    await expectStatus(analyst, "Changes requested");

    // The ministry resubmits; the analyst approves.
    await gov.goto(planUrl);
    await expect(gov.getByText("Say who observes the vote.").first()).toBeVisible();
    await submit(gov);
    await analyst.goto(planUrl);
    await analyst.getByRole("form", { name: "Take up for review" }).getByRole("button", { name: "Take up for review" }).click();
    await expectStatus(analyst, "Under review");
    await sendReview(analyst, "APPROVE", "The measures answer every finding.");
    await expectStatus(analyst, "Approved");

    // The ministry carries it out: the first measure is met, with evidence.
    await gov.goto(planUrl);
    await gov.getByRole("form", { name: "Start carrying out the plan" }).getByRole("button", { name: "Start carrying out the plan" }).click();
    await expectStatus(gov, "In progress");
    const measure = gov.getByRole("listitem", { name: "Reinstate the dismissed organisers" });
    await measure.getByLabel("Status").selectOption("MET");
    await measure.getByRole("button", { name: "Report" }).click();
    await expect(gov.getByRole("listitem", { name: "Reinstate the dismissed organisers" }).locator("strong", { hasText: /^Met$/ })).toBeVisible();
    const evidence = gov.getByRole("listitem", { name: "Reinstate the dismissed organisers" });
    await evidence.getByText("Add evidence").click();
    await evidence.getByLabel("Title").fill("Reinstatement record");
    await evidence.getByLabel("IATI document category").selectOption("A08");
    await evidence.getByLabel("Link").fill("https://example.org/reinstatement.pdf");
    await evidence.getByRole("button", { name: "Attach document" }).click();
    await expect(gov.getByRole("link", { name: "Reinstatement record" })).toBeVisible();

    // The analyst verifies it against the evidence.
    await analyst.goto(planUrl);
    await analyst.getByRole("listitem", { name: "Reinstate the dismissed organisers" }).getByRole("button", { name: "Verify" }).click();
    await expect(analyst.getByText(/verified by Anna Schmidt/)).toBeVisible();
    await expect(analyst.getByRole("region", { name: "Timeline" }).getByText("verified the measure “Reinstate the dismissed organisers”")).toBeVisible();
  } finally {
    await ministry.close();
    await secretariat.close();
  }
});

async function submit(page: Page) {
  await page.getByRole("form", { name: "Submit for review" }).getByRole("button", { name: "Submit for review" }).click();
  await expectStatus(page, "Submitted");
}

/** The plan's status, as its badge under the title shows it. */
async function expectStatus(page: Page, status: string) {
  await expect(page.locator("main .badge").first()).toHaveText(status);
}

async function sendReview(page: Page, decision: "APPROVE" | "REQUEST_CHANGES", comment: string) {
  const form = page.getByRole("form", { name: "Review" });
  await form.getByLabel("Decision").selectOption(decision);
  await form.getByLabel("Comment").fill(comment);
  await form.getByRole("button", { name: "Send the review" }).click();
}
