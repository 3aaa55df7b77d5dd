// Importing a program's transactions from CSV: a preview that writes nothing, partial imports,
// and clear refusals of files that cannot be read.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { MAX_IMPORT_BYTES } from "@/lib/domain/funding/transaction-import/import-file";
import { createAgreement, createOrganisation, createProgram, createTransaction } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { POST: importRoute } = await import("@/app/api/v1/programs/[id]/transactions/import/route");
const { GET: templateRoute } = await import("@/app/api/v1/programs/[id]/transactions/template.csv/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"govMx" | "cso", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;
let programId = "";

beforeAll(async () => {
  const db = test.db;
  const setup = await db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const stps = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX", name: "Secretaría del Trabajo", acronym: "STPS" });
    await createOrganisation(tx, { kind: "INTERNATIONAL_ORGANISATION", countryCode: null, name: "International Labour Organization", acronym: "ILO", iatiIdentifier: "XM-DAC-41302" });
    const program = await createProgram(tx, { agreementId: agreement.id, currencyCode: "USD", visibility: "PUBLISHED", reportingOrganisationId: stps.id, participants: { create: [{ organisationId: stps.id, role: "ACCOUNTABLE" }] } });
    await createTransaction(tx, { programId: program.id, type: "COMMITMENT", date: new Date("2026-01-10"), amount: "500000", currencyCode: "USD" });
    return { stps, program };
  });
  programId = setup.program.id;
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.cso = await createActor(db, "CIVIL_SOCIETY");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

type Preview = { counts: { valid: number; warning: number; error: number }; rows: { line: number; status: string; reasons: string[] }[] };

function send(content: BlobPart, fields: Record<string, string> = {}, name = "transactions.csv", token = tokens.govMx) {
  const form = new FormData();
  form.set("file", new File([content], name, { type: "text/csv" }));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return importRoute(new Request(`http://localhost/api/v1/programs/${programId}/transactions/import`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form }), params({ id: programId }));
}

const FILE = [
  "type,date,amount,currency,provider,receiver,reference,description",
  "DISBURSEMENT,2026-02-01,125000.50,USD,STPS,ILO,T-1,First tranche", // valid
  "disbursement,2026-03-01,1000,MXN,XM-DAC-41302,,T-2,Pesos", // warning: currency differs
  "COMMITMENT,2026-01-10,500000.00,USD,,,,", // warning: same as an existing transaction
  "EXPENDITURE,2026-03-15,N/A,USD,,,,", // error: amount
  "DISBURSEMENT,2026-03-20,10,USD,Nobody Inc.,,,", // error: unknown organisation
  "DISBURSEMENT,2099-01-01,10,USD,,,,", // error: future date
  "LOAN,2026-03-20,10,USD,,,,", // error: type
].join("\n");

describe("preview", () => {
  it("reports every row with its status and reason, and writes nothing", async () => {
    const before = await test.db.transaction.count({ where: { programId } });
    const response = await send(FILE);
    expect(response.status, await response.clone().text()).toBe(200);
    const { data } = (await response.json()) as { data: Preview };
    expect(data.counts).toEqual({ valid: 1, warning: 2, error: 4 });
    expect(data.rows.map((row) => [row.line, row.status])).toEqual([
      [2, "valid"],
      [3, "warning"],
      [4, "warning"],
      [5, "error"],
      [6, "error"],
      [7, "error"],
      [8, "error"],
    ]);
    expect(data.rows[1]!.reasons.join(" ")).toMatch(/currency differs/);
    expect(data.rows[2]!.reasons.join(" ")).toMatch(/duplicate/);
    expect(data.rows[3]!.reasons.join(" ")).toMatch(/^amount:/);
    expect(data.rows[4]!.reasons.join(" ")).toMatch(/no organisation is called "Nobody Inc."/);
    expect(data.rows[5]!.reasons.join(" ")).toMatch(/^date: Only a commitment/);
    expect(data.rows[6]!.reasons.join(" ")).toMatch(/^type:/);
    expect(await test.db.transaction.count({ where: { programId } })).toBe(before);
  });
});

describe("import", () => {
  it("writes only the valid rows, or the valid rows and those with warnings, and audits each", async () => {
    const before = await test.db.transaction.count({ where: { programId } });
    const valid = await send(FILE, { mode: "import" });
    expect(valid.status).toBe(201);
    expect(((await valid.json()) as { data: { imported: number; skipped: number } }).data).toMatchObject({ imported: 1, skipped: 6 });
    expect(await test.db.transaction.count({ where: { programId } })).toBe(before + 1);
    const stored = await test.db.transaction.findFirstOrThrow({ where: { programId, reference: "T-1" }, include: { provider: true, receiver: true } });
    expect(stored.amount.toString()).toBe("125000.5");
    expect([stored.provider?.acronym, stored.receiver?.acronym]).toEqual(["STPS", "ILO"]);

    const withWarnings = await send(FILE.split("\n").filter((_, index) => index !== 1).join("\n"), { mode: "import", withWarnings: "true" });
    expect(((await withWarnings.json()) as { data: { imported: number } }).data.imported).toBe(2);
    expect(await test.db.transaction.count({ where: { programId } })).toBe(before + 3);
    expect(await test.db.auditEvent.count({ where: { entityId: programId, action: "transaction.import" } })).toBe(3);
  });

  it("refuses a file where no row can be imported as chosen", async () => {
    const response = await send("type,date,amount,currency\nLOAN,2026-01-01,1,USD\n", { mode: "import" });
    expect(response.status).toBe(400);
  });

  it("is for those who may change the program's money", async () => {
    expect((await send(FILE, {}, "transactions.csv", tokens.cso)).status).toBe(403);
  });
});

describe("an Excel workbook", () => {
  it("is read by its first sheet as the CSV is: dates and amounts typed as a spreadsheet keeps them", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Transactions");
    sheet.addRow(["Type", "Date", "Amount", "Currency", "Provider", "Receiver", "Reference", "Description"]);
    sheet.addRow(["DISBURSEMENT", new Date(Date.UTC(2026, 1, 5)), 7500.25, "USD", "STPS", "ILO", "X-1", "From a workbook"]);
    sheet.addRow(["EXPENDITURE", "2026-02-06", "N/A", "USD"]);
    book.addWorksheet("Notes").addRow(["not read"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const preview = (await (await send(bytes, {}, "transactions.xlsx")).json()) as { data: Preview };
    expect(preview.data.rows.map((row) => [row.line, row.status])).toEqual([[2, "valid"], [3, "error"]]);
    expect((await send(bytes, { mode: "import" }, "transactions.xlsx")).status).toBe(201);
    const stored = await test.db.transaction.findFirstOrThrow({ where: { programId, reference: "X-1" } });
    expect([stored.date.toISOString().slice(0, 10), stored.amount.toString(), stored.description]).toEqual(["2026-02-05", "7500.25", "From a workbook"]);
  });
});

describe("corrections", () => {
  const CORRECTIONS = [
    "type,date,amount,currency,provider,receiver,reference,description",
    "DISBURSEMENT,2026-04-01,-25000.25,USD,ILO,STPS,T-1-R,Part of the first tranche returned", // valid: a correction
    "COMMITMENT,2026-04-02,0,USD,,,,", // error: zero
  ].join("\n");

  it("takes a row with a negative amount as a correction, refuses one of zero saying why, and writes the correction as it is", async () => {
    const preview = (await (await send(CORRECTIONS)).json()) as { data: Preview };
    expect(preview.data.rows.map((row) => [row.line, row.status, row.reasons.join(" ")])).toEqual([
      [2, "valid", ""],
      [3, "error", "amount: Enter an amount other than zero; write a correction with a minus sign, such as -1250.50."],
    ]);
    const imported = await send(CORRECTIONS, { mode: "import" });
    expect(imported.status).toBe(201);
    const stored = await test.db.transaction.findFirstOrThrow({ where: { programId, reference: "T-1-R" } });
    expect([stored.type, stored.amount.toString(), stored.currencyCode]).toEqual(["DISBURSEMENT", "-25000.25", "USD"]);
  });
});

describe("refuses files it cannot read, with a clear message and nothing written", () => {
  it.each<[string, BlobPart, string, RegExp]>([
    ["a file that is not CSV", "%PDF-1.4", "report.pdf", /Upload a \.csv or \.xlsx file/],
    ["a workbook that is not one", "PK\u0003\u0004 not a zip", "transactions.xlsx", /cannot be read as an Excel workbook/],
    ["an empty file", "", "empty.csv", /empty/],
    ["a header without rows", "type,date,amount,currency\n", "header.csv", /no rows/],
    ["a file in Latin-1", new Uint8Array([...new TextEncoder().encode("type,date,amount,currency,description\nDISBURSEMENT,2026-01-01,1,USD,"), 0xe9, 0x0a]), "latin1.csv", /not in UTF-8/],
    ["malformed CSV", 'type,date,amount,currency\nDISBURSEMENT,"2026-01-01,1,USD\n', "broken.csv", /not valid CSV/],
    ["rows with a different number of fields", "type,date,amount,currency\nDISBURSEMENT,2026-01-01\n", "short.csv", /not valid CSV/],
    ["missing columns", "kind,when,how much\nX,Y,Z\n", "other.csv", /lacks the columns type, date, amount, currency/],
    ["a file over the size limit", "type,date,amount,currency\n" + "DISBURSEMENT,2026-01-01,1,USD\n".repeat(Math.ceil(MAX_IMPORT_BYTES / 28)), "big.csv", /larger than 2 MB|upload is larger/],
  ])("%s", async (_label, content, name, message) => {
    const before = await test.db.transaction.count();
    const response = await send(content, { mode: "import" }, name);
    expect([400, 413]).toContain(response.status);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toMatch(message);
    expect(await test.db.transaction.count()).toBe(before);
  });
});

it("offers a template with the columns the import reads", async () => {
  const response = await templateRoute(apiRequest(`/api/v1/programs/${programId}/transactions/template.csv`), params({ id: programId }));
  expect(response.headers.get("content-disposition")).toContain("transactions-template.csv");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder().decode(bytes).split("\n")[0]).toBe("type,date,amount,currency,provider,receiver,reference,description");
});
