// Corrections in IATI files: a transaction with a negative value (a disbursement reversed, a
// commitment reduced). The export writes it as it is, in a schema-valid file; the import keeps it,
// with a warning that it is read as a correction, and the program's totals go down by it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { getProgramFunding } from "@/lib/domain/funding/get-program-funding";
import type { IatiImportView } from "@/lib/domain/iati/import/view";
import { createAgreement, createOrganisation, createProgram, createTransactions } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";
import { iatiSchemaErrors } from "./helpers/xmllint";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: exportRoute } = await import("@/app/api/v1/programs/[id]/iati.xml/route");
const { POST: uploadRoute } = await import("@/app/api/v1/iati/import/route");
const { POST: confirmRoute } = await import("@/app/api/v1/iati/import/[id]/confirm/route");

const test = provideTestDatabase();
bindAppDatabase(test);

let admin: Actor;
let token = "";
let agreementId = "";
let program = { id: "", identifier: "" };

beforeAll(async () => {
  const setup = await test.db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const stps = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX", iatiIdentifier: `MX-STPS-${Date.now()}` });
    const created = await createProgram(tx, { agreementId: agreement.id, reportingOrganisationId: stps.id, visibility: "PUBLISHED", expertiseArea: "Labour inspection" });
    return { agreement, program: created };
  });
  agreementId = setup.agreement.id;
  program = { id: setup.program.id, identifier: setup.program.identifier };
  await createTransactions(test.db, [
    { programId: program.id, type: "DISBURSEMENT", date: new Date("2025-03-01"), amount: "125000.5", currencyCode: "USD", reference: "D-1" },
    { programId: program.id, type: "DISBURSEMENT", date: new Date("2025-09-01"), amount: "-25000.25", currencyCode: "USD", reference: "D-1-R" },
  ]);
  admin = await createActor(test.db, "ADMIN");
  token = await tokenFor(admin);
});

async function exported() {
  const response = await exportRoute(apiRequest(`/api/v1/programs/${program.id}/iati.xml`, { token }), params({ id: program.id }));
  expect(response.status).toBe(200);
  return response.text();
}

async function upload(text: string) {
  const form = new FormData();
  form.set("file", new File([text], "activities.xml", { type: "application/xml" }));
  form.set("agreementId", agreementId);
  const response = await uploadRoute(new Request("http://localhost/api/v1/iati/import", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form }), undefined);
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { data: IatiImportView }).data;
}

async function confirm(id: string, activities: string[]) {
  const response = await confirmRoute(apiRequest(`/api/v1/iati/import/${id}/confirm`, { method: "POST", token, body: { activities } }), params({ id }));
  expect(response.status, await response.clone().text()).toBe(200);
}

const transactionProblems = (view: IatiImportView) => view.activities[0]!.problems.filter((problem) => problem.where.startsWith("transaction") && problem.line === undefined).map((problem) => `${problem.tier} ${problem.where}: ${problem.message}`);

describe("the export", () => {
  it("writes a correction's negative value as it is, in a schema-valid file", async () => {
    const text = await exported();
    expect(await iatiSchemaErrors(text)).toEqual([]);
    expect(text).toContain('<value currency="USD" value-date="2025-09-01">-25000.25</value>');
  });
});

describe("the import", () => {
  it("keeps a correction, says it is read as one, and the program's total goes down by it", async () => {
    const identifier = `${program.identifier}-COPY`;
    const view = await upload((await exported()).replaceAll(program.identifier, identifier));
    expect(view.activities[0]!.action).toBe("new");
    expect(transactionProblems(view)).toEqual(["warning transaction 2: The value -25000.25 is negative: the transaction is kept as a correction, which lowers the total of its type."]);
    await confirm(view.id, [identifier]);
    const copy = await test.db.cooperationProgram.findUniqueOrThrow({ where: { identifier }, include: { transactions: { orderBy: { date: "asc" } } } });
    expect(copy.transactions.map((row) => [row.reference, row.amount.toString()])).toEqual([
      ["D-1", "125000.5"],
      ["D-1-R", "-25000.25"],
    ]);
    expect((await getProgramFunding(admin, copy.id)).totals).toEqual([{ type: "DISBURSEMENT", currencyCode: "USD", amount: "100000.25" }]);
  });

  it("takes the amount of assistance as the commitments less their corrections", async () => {
    const identifier = `XM-DAC-41302-CORR-${Date.now()}`;
    const transaction = (code: string, date: string, value: string) =>
      `<transaction><transaction-type code="${code}"/><transaction-date iso-date="${date}"/><value value-date="${date}">${value}</value></transaction>`;
    const view = await upload(`<iati-activities version="2.03"><iati-activity default-currency="USD"><iati-identifier>${identifier}</iati-identifier>
      <reporting-org ref="XM-DAC-41302" type="40"><narrative>ILO</narrative></reporting-org>
      <title><narrative>Assistance with a reduced commitment</narrative></title><description><narrative>About it</narrative></description>
      <participating-org ref="US-GOV-1" type="10" role="1"><narrative>U.S. Department of Labor</narrative></participating-org>
      <activity-status code="2"/><activity-date type="2" iso-date="2024-01-01"/><default-aid-type code="C01"/>
      ${transaction("2", "2024-01-10", "100000")}${transaction("2", "2024-06-10", "-20000.50")}
    </iati-activity></iati-activities>`);
    const messages = view.activities[0]!.problems.map((problem) => problem.message);
    expect(messages).toContain("The amount of assistance is taken as the sum of the activity's commitments in USD: 79999.5.");
    await confirm(view.id, [identifier]);
    const created = await test.db.cooperationProgram.findUniqueOrThrow({ where: { identifier } });
    expect([created.type, created.fundingAmount?.toString()]).toEqual(["FINANCIAL_ASSISTANCE", "79999.5"]);
  });
});
