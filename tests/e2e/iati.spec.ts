import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";

test.use({ storageState: storageStateOf("admin") });

const FIXTURE = fs.readFileSync(path.resolve("tests/fixtures/iati/publisher-activities.xml"), "utf8");

test("an administrator downloads the programs as IATI, then imports a publisher's file activity by activity", async ({ page }) => {
  // The filtered list as an IATI file, valid against the standard's schema.
  await page.goto("/programs?type=JOINT_RESEARCH");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download these programs as IATI XML" }).click();
  const file = await (await download).path();
  await promisify(execFile)("xmllint", ["--noout", "--nonet", "--schema", path.resolve("lib/domain/iati/schema/iati-activities-schema.xsd"), file]);
  const exported = fs.readFileSync(file, "utf8");
  expect(exported.match(/<iati-activity /g)?.length).toBeGreaterThan(0);
  expect(exported.match(/<lct:program type="(\w+)"/g)?.every((match) => match.includes("JOINT_RESEARCH"))).toBe(true);

  // A file with a document type declaration is refused, with the reason on the file field.
  await page.getByRole("link", { name: "Import an IATI file" }).click();
  await page.getByLabel("IATI activities file").setInputFiles({
    name: "laughs.xml",
    mimeType: "application/xml",
    buffer: Buffer.from('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><iati-activities version="2.03"><iati-activity>&b;</iati-activity></iati-activities>'),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.locator("#iati-upload-file-error")).toContainText("declares a document type");

  // A publisher's file: three activities, one of which cannot be imported.
  const stamp = Date.now();
  const xml = FIXTURE.replaceAll("CA-3-P012345001", `CA-3-P${stamp}`).replaceAll("XM-DAC-41302-COL-22-01", `XM-DAC-41302-COL-${stamp}`);
  await page.getByLabel("IATI activities file").setInputFiles({ name: "gac-colombia.xml", mimeType: "application/xml", buffer: Buffer.from(xml) });
  await page.getByLabel("Agreement").selectOption({ label: "CCOFTA" });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: "Preview of gac-colombia.xml" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "3 activities: 2 new, 0 to update, 1 skipped." })).toBeVisible();
  const table = page.getByRole("table", { name: "The file's activities and what importing each would do" });
  await expect(table.getByRole("row", { name: /GB-GOV-1-300999-101/ })).toContainText("The activity has no default currency");
  await expect(table.getByRole("checkbox")).toHaveCount(2);

  // Only the second activity is imported.
  await table.getByRole("checkbox", { name: `Import CA-3-P${stamp}` }).uncheck();
  await page.getByRole("button", { name: "Import the chosen activities" }).click();
  await expect(page.getByRole("heading", { name: "Imported" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "1 program created" })).toBeVisible();
  const agreements = await (await page.request.get("/api/v1/agreements?q=CCOFTA")).json();
  const drafts = await (await page.request.get(`/api/v1/programs?agreement=${agreements.data[0].id}&visibility=DRAFT&sort=identifier&limit=100`)).json();
  const imported = (drafts.data as { identifier: string }[]).map((program) => program.identifier).filter((identifier) => identifier.includes(String(stamp)));
  expect(imported).toEqual([`XM-DAC-41302-COL-${stamp}`]);

  // The program keeps its narratives in both languages.
  await page.getByRole("link", { name: "Fortalecimiento de la inspección laboral en Colombia" }).click();
  // An English reader reads its English narratives; the Spanish ones are kept beside them.
  await expect(page.getByRole("heading", { level: 1, name: "Strengthening labour inspection in Colombia" })).toBeVisible();
  await page.getByText("Other languages: Spanish").click();
  await expect(page.locator("details").getByText("Fortalecimiento de la inspección laboral en Colombia")).toBeVisible();
});

test("the preview says what breaks the IATI standard, against its activity and with its line", async ({ page }) => {
  const stamp = Date.now();
  const xml = fs.readFileSync(path.resolve("tests/fixtures/iati/invalid/second-title.xml"), "utf8").replaceAll("XM-EXAMPLE-", `XM-EXAMPLE-${stamp}-`);
  await page.goto("/iati/import");
  await page.getByLabel("IATI activities file").setInputFiles({ name: "second-title.xml", mimeType: "application/xml", buffer: Buffer.from(xml) });
  await page.getByLabel("Agreement").selectOption({ label: "CCOFTA" });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: "Preview of second-title.xml" })).toBeVisible();
  const table = page.getByRole("table", { name: "The file's activities and what importing each would do" });
  const broken = table.getByRole("row", { name: new RegExp(`XM-EXAMPLE-${stamp}-1\\b`) });
  await broken.getByText(/problems: 0 critical/).click();
  await expect(broken).toContainText("title (line 8): A second <title>: IATI allows only one in <iati-activity>.");
  // A warning: the activity can still be imported.
  await expect(table.getByRole("checkbox")).toHaveCount(2);
});

test("an update from another tool's file shows what it changes, field by field, and keeps what the file cannot say", async ({ page }) => {
  const identifier = `XM-EXAMPLE-${Date.now()}`;
  const activity = (title: string, extension: string) => `<iati-activities version="2.03" xmlns:lct="urn:labour-cooperation-tracker:iati:1"><iati-activity default-currency="USD">
    <iati-identifier>${identifier}</iati-identifier><reporting-org ref="XM-DAC-41302" type="40"><narrative>ILO</narrative></reporting-org>
    <title><narrative>${title}</narrative></title><description type="1"><narrative>Surveys of informal work.</narrative></description>
    <participating-org ref="XM-DAC-41302" type="40" role="4"><narrative>International Labour Organization</narrative></participating-org>
    <activity-status code="2"/><activity-date type="2" iso-date="2025-01-01"/><default-aid-type code="D02" vocabulary="1"/>${extension}</iati-activity></iati-activities>`;
  const ours = `<lct:program type="JOINT_RESEARCH" agreement="CCOFTA"><lct:topic code="CHILD_LABOUR"/><lct:detail name="researchQuestions">Who works informally?</lct:detail><lct:detail name="researchOutputs">A survey.</lct:detail></lct:program>`;
  const upload = async (name: string, xml: string) => {
    await page.goto("/iati/import");
    await page.getByLabel("IATI activities file").setInputFiles({ name, mimeType: "application/xml", buffer: Buffer.from(xml) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByRole("heading", { name: `Preview of ${name}` })).toBeVisible();
  };
  await upload("ours.xml", activity("Informal work survey", ours));
  await page.getByRole("button", { name: "Import the chosen activities" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 program created" })).toBeVisible();

  // The same activity from another tool: a new title, and nothing of the tracker's own.
  await upload("theirs.xml", activity("Informal work survey, second phase", ""));
  const row = page.getByRole("table", { name: "The file's activities and what importing each would do" }).getByRole("row", { name: new RegExp(identifier) });
  await row.getByText("What the update changes: 1 field changes").click();
  await expect(row).toContainText("Title: from Informal work survey to Informal work survey, second phase");
  await page.getByRole("button", { name: "Import the chosen activities" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 updated" })).toBeVisible();
  await page.getByRole("link", { name: "Informal work survey, second phase" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Informal work survey, second phase" })).toBeVisible();
  await expect(page.getByText("Joint research").first()).toBeVisible();
  await expect(page.getByText("Who works informally?")).toBeVisible();

  // Imported once more, it changes nothing, and is marked so and left unticked.
  await upload("again.xml", activity("Informal work survey, second phase", ""));
  const again = page.getByRole("table", { name: "The file's activities and what importing each would do" }).getByRole("row", { name: new RegExp(identifier) });
  await expect(again).toContainText("Unchanged: the program already has everything this activity says.");
  await expect(again.getByRole("checkbox")).not.toBeChecked();
});
