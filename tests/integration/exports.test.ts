// Streamed exports through /api/v1/exports/{dataset}: each dataset as CSV and XLSX holds exactly the
// rows of its filters within the caller's read scope (checked against independent Prisma queries),
// money stays exact, spreadsheet formulas stay text, and bad requests are refused before streaming.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor, Viewer } from "@/lib/platform/authz";
import { planReadWhere, programReadWhere } from "@/lib/platform/authz";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import messages from "@/lib/platform/i18n/messages/en/exports.json";
import { createAgreement, createAttendance, createAttendances, createEvent, createIndicator, createIndicatorPeriod, createIndicatorPeriods, createMeasures, createOrganisation, createPlan, createProgram, createTransactions } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: exportRoute } = await import("@/app/api/v1/exports/[dataset]/route");
const english = (await loadMessages("en")) as Record<string, Record<string, string>>;

const test = provideTestDatabase();
bindAppDatabase(test);

type Who = "govMx" | "govCl" | "cso" | "analyst" | "admin";
const actors = {} as Record<Who, Actor>;
const tokens = {} as Record<Who, string>;
const refs = {} as { usmca: string; chile: string; pubMx: string; draftMx: string; pubCl: string; stps: string; union: string };

const FORMULA = '=HYPERLINK("http://evil.test","click")';

beforeAll(async () => {
  const db = test.db;
  await db.$transaction(async (tx) => {
    const usmca = await createAgreement(tx, { parties: ["MX", "US"] });
    const chile = await createAgreement(tx, { parties: ["CL", "US"] });
    const stps = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const mintrab = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "CL" });
    const union = await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" });
    const program = (agreementId: string, owner: string, visibility: "DRAFT" | "PUBLISHED", title: string) =>
      createProgram(tx, { agreementId, title, visibility, reportingOrganisationId: owner, participants: { create: [{ organisationId: owner, role: "ACCOUNTABLE" }] } });
    const pubMx = await program(usmca.id, stps.id, "PUBLISHED", "Labour inspection");
    const draftMx = await program(usmca.id, stps.id, "DRAFT", "Child labour survey");
    const pubCl = await program(chile.id, mintrab.id, "PUBLISHED", "Collective bargaining");
    Object.assign(refs, { usmca: usmca.id, chile: chile.id, pubMx: pubMx.id, draftMx: draftMx.id, pubCl: pubCl.id, stps: stps.id, union: union.id });

    await createTransactions(tx, [
      { programId: pubMx.id, type: "DISBURSEMENT", date: new Date("2024-03-01"), amount: "1234567.8900", currencyCode: "USD", providerId: stps.id, receiverId: union.id, reference: "=SUM(A1:A9)", description: FORMULA },
      { programId: pubMx.id, type: "COMMITMENT", date: new Date("2023-01-15"), amount: "0.1000", currencyCode: "USD" },
      { programId: pubMx.id, type: "DISBURSEMENT", date: new Date("2025-02-01"), amount: "99999999999999.9999", currencyCode: "MXN" },
      { programId: draftMx.id, type: "DISBURSEMENT", date: new Date("2024-05-01"), amount: "10.0000", currencyCode: "USD", description: "Draft money" },
      { programId: pubCl.id, type: "EXPENDITURE", date: new Date("2024-06-30"), amount: "250.5000", currencyCode: "CLP" },
    ]);

    const inspections = await createIndicator(tx, { programId: pubMx.id, title: "Inspections", level: "OUTPUT", measure: "UNIT", unit: "inspections", baselineValue: "12.5", baselineYear: 2023 });
    await createIndicatorPeriods(tx, [
      { indicatorId: inspections.id, periodStart: new Date("2024-01-01"), periodEnd: new Date("2024-12-31"), dueDate: new Date("2025-01-31"), targetValue: "100.5", actualValue: "50.25", reportedAt: new Date("2025-01-20T10:00:00Z") },
      { indicatorId: inspections.id, periodStart: new Date("2025-01-01"), periodEnd: new Date("2025-12-31"), dueDate: new Date("2026-01-31"), targetValue: "200" },
    ]);
    await createIndicator(tx, { programId: pubMx.id, title: "Dialogue quality", level: "OUTCOME", measure: "QUALITATIVE", baselineText: "Weak" });
    const draftIndicator = await createIndicator(tx, { programId: draftMx.id, title: "Children surveyed", level: "OUTPUT", measure: "UNIT" });
    await createIndicatorPeriod(tx, { indicatorId: draftIndicator.id, periodStart: new Date("2027-01-01"), periodEnd: new Date("2027-12-31"), dueDate: new Date("2028-01-31"), targetText: "All regions" });

    const plan = (data: Partial<Prisma.PlanUncheckedCreateInput> & { title: string }) =>
      createPlan(tx, { kind: "ACTION", agreementId: usmca.id, countryCode: "MX", origin: "OTHER", ownerOrganisationId: stps.id, ...data });
    const approved = await plan({ title: "Inspection plan", status: "APPROVED" });
    const draft = await plan({ title: "Draft plan", status: "DRAFT" });
    await plan({ title: "Chilean plan", status: "IN_PROGRESS", agreementId: chile.id, countryCode: "CL", ownerOrganisationId: mintrab.id, kind: "REMEDIATION" });
    await createMeasures(tx, [
      { planId: approved.id, title: "Hire inspectors", responsibleOrganisationId: stps.id, dueDate: new Date("2020-01-01"), status: "SCHEDULED" },
      { planId: approved.id, title: "Train inspectors", responsibleOrganisationId: union.id, dueDate: new Date("2020-02-01"), status: "MET", verifiedAt: new Date("2020-03-01T09:30:00Z") },
      { planId: approved.id, title: "Publish results", responsibleOrganisationId: stps.id, dueDate: new Date("2999-01-01") },
      { planId: draft.id, title: "Secret measure", responsibleOrganisationId: stps.id, dueDate: new Date("2030-01-01") },
    ]);

    const workshop = await createEvent(tx, { programId: pubMx.id, kind: "WORKSHOP", title: "Inspection workshop", startDate: new Date("2024-04-10"), place: "Monterrey" });
    await createAttendances(tx, [
      { eventId: workshop.id, organisationId: union.id, constituency: "WORKERS", women: 3, men: 2 },
      { eventId: workshop.id, organisationId: null, constituency: "OTHER", women: 1, men: 0 },
    ]);
    await createEvent(tx, { programId: pubMx.id, kind: "PUBLICATION", title: "Guide", startDate: new Date("2024-09-01") });
    const internal = await createEvent(tx, { programId: draftMx.id, kind: "CONSULTATION", title: "Internal consultation", startDate: new Date("2026-01-10") });
    await createAttendance(tx, { eventId: internal.id, organisationId: stps.id, constituency: "GOVERNMENT", women: 0, men: 75 });
  });
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: refs.stps });
  actors.govCl = await createActor(db, "GOVERNMENT", { country: "CL" });
  actors.cso = await createActor(db, "CIVIL_SOCIETY", { organisationId: refs.union });
  actors.analyst = await createActor(db, "ANALYST");
  actors.admin = await createActor(db, "ADMIN");
  for (const key of Object.keys(actors) as Who[]) tokens[key] = await tokenFor(actors[key]);
});

// ───────────────────────────── Reading an export back ─────────────────────────────

type Format = "csv" | "xlsx";
type Dataset = keyof typeof messages.Exports.columns;
type TextRow = Record<string, string>;

const FORMATS: Format[] = ["csv", "xlsx"];
const VIEWERS: (Who | null)[] = [null, "govCl", "govMx", "cso", "analyst"];
const viewerOf = (who: Who | null): Viewer => (who ? actors[who] : null);
const headersOf = (dataset: Dataset) => Object.values(messages.Exports.columns[dataset]);

function call(dataset: string, query: string, who: Who | null = null, headers: Record<string, string> = {}) {
  const request = apiRequest(`/api/v1/exports/${dataset}?${query}`, { token: who ? tokens[who] : undefined });
  for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
  return exportRoute(request, params({ dataset }));
}

async function readXlsx(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push(row));
  return { sheet: sheet.name, rows };
}

/** The export's header row and its rows as header → text, checking the response on the way. */
async function download(dataset: Dataset, query: string, format: Format, who: Who | null = null, headers: Record<string, string> = {}) {
  const response = await call(dataset, `${query}&format=${format}`, who, headers);
  expect(response.status, await response.clone().text()).toBe(200);
  expect(response.headers.get("content-type")).toBe(format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${dataset}-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`));
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.body).toBeInstanceOf(ReadableStream);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (format === "csv") {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parse(new TextDecoder().decode(bytes), { bom: true }) as string[][];
    return { header: header!, rows: records.map((record) => Object.fromEntries(header!.map((name, index) => [name, record[index]!]))), cells: [] as ExcelJS.Row[], sheet: "" };
  }
  const { sheet, rows: [header, ...rows] } = await readXlsx(bytes);
  const names = (header!.values as unknown[]).slice(1).map(String);
  const text = (value: ExcelJS.CellValue) => (value === null || value === undefined ? "" : String(value));
  return { header: names, rows: rows.map((row) => Object.fromEntries(names.map((name, index) => [name, text(row.getCell(index + 1).value)]))), cells: rows, sheet };
}

/** What a spreadsheet-safe CSV holds for a text: formulas get an apostrophe, as the app documents. */
const inCsv = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const sorted = (rows: TextRow[]) => rows.map((row) => JSON.stringify(row)).sort();

/** The columns (by English header) whose codes an export words for people, and the labels' namespace. */
const CODED: Record<Dataset, Record<string, string>> = {
  programs: { Type: "ProgramType", Status: "ProgramStatus", Visibility: "Exports.values.visibility", Topics: "LabourTopic" },
  transactions: { Type: "TransactionType" },
  indicators: { Level: "Exports.values.level", Measure: "Exports.values.measure" },
  plans: { Kind: "PlanKind", Status: "PlanStatus", "Measure status": "MeasureStatus" },
  events: { Kind: "EventKind", Constituency: "Constituency" },
  submissions: { Status: "SubmissionStatus", Topics: "LabourTopic" },
};
const labelOf = (namespace: string, code: string) => namespace.split(".").concat(code).reduce((node: unknown, key) => (node as Record<string, unknown>)[key], english) as string;

/** An expected row (English headers, codes, "yes"/"no") as the English export words it for people. */
function worded(dataset: Dataset, row: TextRow): TextRow {
  return Object.fromEntries(Object.entries(row).map(([header, value]) => {
    if (header === "Overdue" && value) return [header, value === "yes" ? messages.Exports.yes : messages.Exports.no];
    return [header, CODED[dataset][header] && value ? labelOf(CODED[dataset][header], value) : value];
  }));
}

/** An expected row as the machine export writes it: column keys, raw codes, true/false. */
function machine(dataset: Dataset, row: TextRow): TextRow {
  const keyOf = new Map(Object.entries(messages.Exports.columns[dataset]).map(([key, header]) => [header as string, key]));
  return Object.fromEntries(Object.entries(row).map(([header, value]) => [keyOf.get(header)!, header === "Overdue" && value ? String(value === "yes") : value]));
}

/**
 * Compares the export with the rows expected, in either format (in CSV, text is spreadsheet-safe),
 * worded for people (English, as no language is asked for) and with machine names.
 */
async function expectExport(dataset: Dataset, query: string, who: Who | null, expected: TextRow[]) {
  for (const format of FORMATS) {
    const safe = (rows: TextRow[]) => (format === "csv" ? rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, inCsv(value)]))) : rows);
    const { header, rows } = await download(dataset, query, format, who);
    expect(header).toEqual(headersOf(dataset));
    expect(sorted(rows), `${dataset} ${format} for ${who ?? "anonymous"}`).toEqual(sorted(safe(expected.map((row) => worded(dataset, row)))));
    const keyed = await download(dataset, `${query}&headers=keys`, format, who);
    expect(keyed.header).toEqual(Object.keys(messages.Exports.columns[dataset]));
    expect(sorted(keyed.rows), `${dataset} ${format} with keys for ${who ?? "anonymous"}`).toEqual(sorted(safe(expected.map((row) => machine(dataset, row)))));
  }
}

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

// ───────────────────────────── Independent expectations ─────────────────────────────

async function expectedTransactions(viewer: Viewer, where: Prisma.TransactionWhereInput = {}) {
  const rows = await test.db.transaction.findMany({
    where: { AND: [{ program: programReadWhere(viewer) }, where] },
    select: { type: true, date: true, amount: true, currencyCode: true, reference: true, description: true, program: { select: { identifier: true, title: true } }, provider: { select: { name: true } }, receiver: { select: { name: true } } },
  });
  return rows.map((row) => ({
    "Program identifier": row.program.identifier,
    "Program title": row.program.title,
    Type: row.type,
    Date: day(row.date),
    Amount: row.amount.toFixed(4),
    Currency: row.currencyCode,
    Provider: row.provider?.name ?? "",
    Receiver: row.receiver?.name ?? "",
    Reference: row.reference ?? "",
    Description: row.description,
  }));
}

async function expectedIndicators(viewer: Viewer) {
  const indicators = await test.db.indicator.findMany({ where: { program: programReadWhere(viewer) }, include: { program: { select: { identifier: true } }, periods: true } });
  return indicators.flatMap((indicator) => {
    const base = {
      "Program identifier": indicator.program.identifier,
      Indicator: indicator.title,
      Level: indicator.level,
      Measure: indicator.measure,
      Unit: indicator.unit ?? "",
      Baseline: indicator.baselineValue?.toFixed(4) ?? indicator.baselineText ?? "",
      "Baseline year": indicator.baselineYear === null ? "" : String(indicator.baselineYear),
    };
    const none = { "Period start": "", "Period end": "", Target: "", Actual: "", "Report due": "", "Reported at": "" };
    if (!indicator.periods.length) return [{ ...base, ...none }];
    return indicator.periods.map((period) => ({
      ...base,
      "Period start": day(period.periodStart),
      "Period end": day(period.periodEnd),
      Target: period.targetValue?.toFixed(4) ?? period.targetText ?? "",
      Actual: period.actualValue?.toFixed(4) ?? period.actualText ?? "",
      "Report due": day(period.dueDate),
      "Reported at": period.reportedAt?.toISOString() ?? "",
    }));
  });
}

async function expectedPlans(viewer: Viewer, where: Prisma.PlanWhereInput = {}) {
  const today = new Date().toISOString().slice(0, 10);
  const plans = await test.db.plan.findMany({
    where: { AND: [planReadWhere(viewer), where] },
    include: { agreement: true, ownerOrganisation: true, measures: { include: { responsibleOrganisation: true } } },
  });
  return plans.flatMap((plan) => {
    const base = { Plan: plan.title, Kind: plan.kind, Status: plan.status, Agreement: plan.agreement.shortName, Country: plan.countryCode, Owner: plan.ownerOrganisation.name };
    if (!plan.measures.length) return [{ ...base, Measure: "", "Responsible organisation": "", "Due date": "", "Measure status": "", Overdue: "", "Verified at": "" }];
    return plan.measures.map((measure) => ({
      ...base,
      Measure: measure.title,
      "Responsible organisation": measure.responsibleOrganisation.name,
      "Due date": day(measure.dueDate),
      "Measure status": measure.status,
      Overdue: day(measure.dueDate) < today && measure.status !== "MET" ? "yes" : "no",
      "Verified at": measure.verifiedAt?.toISOString() ?? "",
    }));
  });
}

async function expectedEvents(viewer: Viewer) {
  const events = await test.db.event.findMany({ where: { program: programReadWhere(viewer) }, include: { program: true, attendance: { include: { organisation: true } } } });
  return events.flatMap((event) => {
    const base = { "Program identifier": event.program.identifier, "Event date": day(event.startDate), Kind: event.kind, Title: event.title, Place: event.place ?? "" };
    if (!event.attendance.length) return [{ ...base, Organisation: "", Constituency: "", Women: "", Men: "" }];
    return event.attendance.map((row) => ({ ...base, Organisation: row.organisation?.name ?? "", Constituency: row.constituency, Women: String(row.women), Men: String(row.men) }));
  });
}

const identifierOf = async (id: string) => (await test.db.cooperationProgram.findUniqueOrThrow({ where: { id } })).identifier;

// ───────────────────────────── The datasets ─────────────────────────────

describe("scope", () => {
  it("exports a draft program's transactions to its ministry and analysts only", async () => {
    const draft = await identifierOf(refs.draftMx);
    const sees = { null: false, govCl: false, govMx: true, cso: false, analyst: true, admin: true };
    for (const who of VIEWERS) {
      const expected = await expectedTransactions(viewerOf(who));
      // The expectation itself must tell the viewers apart, or the comparison proves nothing.
      expect(expected.some((row) => row["Program identifier"] === draft)).toBe(sees[who ?? "null"]);
      await expectExport("transactions", "", who, expected);
    }
  });

  it("exports indicators, events and programs within the same scope", async () => {
    const draft = await identifierOf(refs.draftMx);
    for (const who of VIEWERS) {
      const viewer = viewerOf(who);
      const indicators = await expectedIndicators(viewer);
      const events = await expectedEvents(viewer);
      expect(indicators.some((row) => row["Program identifier"] === draft)).toBe(who === "govMx" || who === "analyst");
      expect(events.some((row) => row["Program identifier"] === draft)).toBe(who === "govMx" || who === "analyst");
      await expectExport("indicators", "", who, indicators);
      await expectExport("events", "", who, events);
      const programs = await test.db.cooperationProgram.findMany({ where: programReadWhere(viewer), select: { identifier: true } });
      for (const format of FORMATS) {
        const { rows } = await download("programs", "sort=identifier", format, who);
        expect(rows.map((row) => row.Identifier).sort()).toEqual(programs.map((program) => program.identifier).sort());
      }
    }
  });

  it("exports plans past review to everyone and drafts to their ministry only", async () => {
    for (const who of VIEWERS) {
      const expected = await expectedPlans(viewerOf(who));
      expect(expected.some((row) => row.Plan === "Draft plan")).toBe(who === "govMx" || who === "analyst");
      await expectExport("plans", "", who, expected);
    }
  });
});

describe("filters", () => {
  it("exports the transactions of the program filters, type and date range", async () => {
    const query = `agreement=${refs.usmca}&transactionType=DISBURSEMENT&from=2024-01-01&to=2024-12-31`;
    const expected = await expectedTransactions(actors.admin, { program: { agreementId: refs.usmca }, type: "DISBURSEMENT", date: { gte: new Date("2024-01-01"), lte: new Date("2024-12-31") } });
    expect(expected.map((row) => row.Amount).sort()).toEqual(["10.0000", "1234567.8900"]);
    await expectExport("transactions", query, "admin", expected);
  });

  it("exports the programs of a filter in the list's order, as the old CSV does", async () => {
    for (const format of FORMATS) {
      const { rows } = await download("programs", `agreement=${refs.usmca}&sort=title`, format, "analyst");
      expect(rows.map((row) => row.Title)).toEqual(["Child labour survey", "Labour inspection"]);
    }
  });

  it("exports indicators and events of the filtered programs only", async () => {
    const query = `agreement=${refs.chile}`;
    for (const format of FORMATS) {
      expect((await download("indicators", query, format, "admin")).rows).toEqual([]);
      expect((await download("events", query, format, "admin")).rows).toEqual([]);
    }
    const published = `agreement=${refs.usmca}&visibility=PUBLISHED`;
    const identifier = await identifierOf(refs.pubMx);
    await expectExport("events", published, "admin", (await expectedEvents(actors.admin)).filter((row) => row["Program identifier"] === identifier));
    await expectExport("indicators", published, "admin", (await expectedIndicators(actors.admin)).filter((row) => row["Program identifier"] === identifier));
  });

  it("exports the plans of the plan list's filters, one row per measure and flags the overdue ones", async () => {
    const expected = await expectedPlans(actors.analyst, { status: "APPROVED" });
    expect(expected.map((row) => `${row.Measure}:${row.Overdue}`).sort()).toEqual(["Hire inspectors:yes", "Publish results:no", "Train inspectors:no"]);
    await expectExport("plans", "status=APPROVED", "analyst", expected);
    await expectExport("plans", "country=CL&kind=REMEDIATION", "analyst", await expectedPlans(actors.analyst, { countryCode: "CL", kind: "REMEDIATION" }));
  });
});

describe("cells", () => {
  it("keeps money exact: a decimal string in CSV and text in XLSX", async () => {
    const csv = await download("transactions", `agreement=${refs.usmca}`, "csv", "admin");
    expect(csv.rows.map((row) => row.Amount).sort()).toEqual(["0.1000", "10.0000", "1234567.8900", "99999999999999.9999"]);
    const xlsx = await download("transactions", `agreement=${refs.usmca}`, "xlsx", "admin");
    const amountColumn = xlsx.header.indexOf("Amount") + 1;
    const amounts = xlsx.cells.map((row) => row.getCell(amountColumn));
    expect(amounts.every((cell) => cell.type === ExcelJS.ValueType.String)).toBe(true);
    expect(amounts.map((cell) => cell.value).sort()).toEqual(["0.1000", "10.0000", "1234567.8900", "99999999999999.9999"]);
  });

  it("writes counts as numbers in XLSX and leaves unaffiliated attendance without an organisation", async () => {
    const { header, rows, cells } = await download("events", `agreement=${refs.usmca}&visibility=PUBLISHED`, "xlsx", null);
    const women = header.indexOf("Women") + 1;
    const workers = cells.find((row) => row.getCell(header.indexOf("Constituency") + 1).value === english.Constituency!.WORKERS)!;
    expect(workers.getCell(women).type).toBe(ExcelJS.ValueType.Number);
    expect(workers.getCell(women).value).toBe(3);
    expect(rows.find((row) => row.Constituency === english.Constituency!.OTHER)).toMatchObject({ Organisation: "", Women: "1", Men: "0" });
    expect(rows.find((row) => row.Title === "Guide")).toMatchObject({ Organisation: "", Constituency: "", Women: "", Men: "" });
  });

  it("neutralises formulas: an apostrophe in CSV, a text cell in XLSX", async () => {
    const csv = await download("transactions", "transactionType=DISBURSEMENT&from=2024-03-01&to=2024-03-01", "csv", null);
    expect(csv.rows).toHaveLength(1);
    expect(csv.rows[0]).toMatchObject({ Description: `'${FORMULA}`, Reference: "'=SUM(A1:A9)" });
    const xlsx = await download("transactions", "transactionType=DISBURSEMENT&from=2024-03-01&to=2024-03-01", "xlsx", null);
    const cell = xlsx.cells[0]!.getCell(xlsx.header.indexOf("Description") + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(FORMULA);
  });
});

describe("refused requests", () => {
  const error = async (response: Response, status: number) => {
    expect(response.status, await response.clone().text()).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    return ((await response.json()) as { error: { code: string; fieldErrors?: Record<string, string[]> } }).error;
  };

  it("answers an unknown dataset with 404", async () => {
    expect((await error(await call("budgets", "format=csv"), 404)).code).toBe("NOT_FOUND");
    expect((await error(await call("constructor", ""), 404)).code).toBe("NOT_FOUND");
  });

  it("answers a bad format or filter with 400 and every field's problem", async () => {
    const bad = await error(await call("transactions", "format=pdf&from=2024-13-01&transactionType=GIFT&year=abc"), 400);
    expect(bad.code).toBe("INVALID_INPUT");
    expect(Object.keys(bad.fieldErrors!).sort()).toEqual(["format", "from", "transactionType", "year"]);
    expect((await error(await call("transactions", "from=2024-06-01&to=2024-01-01"), 400)).fieldErrors).toHaveProperty("to");
    expect((await error(await call("plans", "format=xlsx&status=NOPE"), 400)).fieldErrors).toHaveProperty("status");
    expect((await error(await call("programs", "sort=random"), 400)).fieldErrors).toHaveProperty("sort");
  });

  it("refuses a token that is not valid rather than exporting public data", async () => {
    const response = await exportRoute(apiRequest("/api/v1/exports/programs", { token: "not-a-token" }), params({ dataset: "programs" }));
    expect((await error(response, 401)).code).toBe("UNAUTHENTICATED");
  });
});

describe("languages", () => {
  const french = loadMessages("fr") as Promise<Record<string, Record<string, unknown>>>;
  const FRENCH = { "Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5" };

  it("writes an export in French: French headers, sheet name and words, and the same rows", async () => {
    const fr = await french;
    const frExports = fr.Exports as typeof messages.Exports;
    for (const dataset of ["plans", "events", "transactions", "indicators", "programs"] as const) {
      for (const format of FORMATS) {
        const codes = await download(dataset, "headers=keys", format, "analyst");
        const inFrench = await download(dataset, "", format, "analyst", FRENCH);
        const columns = frExports.columns[dataset] as Record<string, string>;
        expect(inFrench.header).toEqual(Object.values(columns));
        if (format === "xlsx") expect(inFrench.sheet).toBe(frExports.sheets[dataset]);
        // The same rows in the same order: each cell is the code's French label, or the same text.
        expect(inFrench.rows).toHaveLength(codes.rows.length);
        inFrench.rows.forEach((row, index) => {
          for (const [key, header] of Object.entries(columns)) {
            const code = codes.rows[index]![key]!;
            const englishHeader = (messages.Exports.columns[dataset] as Record<string, string>)[key]!;
            const namespace = CODED[dataset][englishHeader];
            const inFr = (space: string, value: string) => space.split(".").concat(value).reduce((node: unknown, part) => (node as Record<string, unknown> | undefined)?.[part], fr) as string;
            // Lists of codes are worded code by code; a participant's role is the code in parentheses.
            const want =
              key === "overdue" && code ? (code === "true" ? frExports.yes : frExports.no)
              : key === "participants" ? code.replace(/\(([A-Z_]+)\)/g, (_, role: string) => `(${inFr("ParticipantRole", role)})`)
              : namespace && code ? code.split("; ").map((value) => inFr(namespace, value)).join("; ")
              : code;
            expect(row[header], `${dataset} ${format} ${key}`).toBe(want);
          }
        });
      }
    }
    // Spot checks in words, so that the comparison above cannot agree with itself on nothing.
    const plans = await download("plans", "status=APPROVED", "xlsx", "analyst", FRENCH);
    expect(plans.sheet).toBe("Plans et mesures");
    expect(plans.header).toContain("Organisation responsable");
    expect(plans.rows.map((row) => row["En retard"]).sort()).toEqual(["Non", "Non", "Oui"]);
    const transactions = await download("transactions", "transactionType=COMMITMENT", "csv", "admin", FRENCH);
    expect(transactions.rows.map((row) => row.Montant)).toEqual(["0.1000"]);
    expect(transactions.rows[0]!.Type).not.toBe("COMMITMENT");
  });

  it("takes the language from lang=, the account's choice, the cookie, then Accept-Language", async () => {
    const header = async (query: string, headers: Record<string, string>, who: Who | null = null) => (await download("events", query, "csv", who, headers)).header[0];
    const fr = (await french).Exports as typeof messages.Exports;
    expect(await header("", {})).toBe(messages.Exports.columns.events.program_identifier);
    expect(await header("", FRENCH)).toBe(fr.columns.events.program_identifier);
    expect(await header("", { cookie: "theme=dark; locale=fr" })).toBe(fr.columns.events.program_identifier);
    expect(await header("lang=fr", { "Accept-Language": "es" })).toBe(fr.columns.events.program_identifier);
    expect(await header("lang=en", FRENCH)).toBe(messages.Exports.columns.events.program_identifier);
    await test.db.user.update({ where: { id: actors.cso.id }, data: { locale: "fr" } });
    try {
      expect(await header("", { "Accept-Language": "en" }, "cso")).toBe(fr.columns.events.program_identifier);
    } finally {
      await test.db.user.update({ where: { id: actors.cso.id }, data: { locale: null } });
    }
  });

  it("writes the machine-named CSV byte for byte the same whatever language is asked for", async () => {
    const asks: Record<string, string>[] = [{}, { "Accept-Language": "es" }, FRENCH, { "Accept-Language": "vi" }, { cookie: "locale=vi" }];
    for (const dataset of ["programs", "transactions", "indicators", "plans", "events"] as const) {
      const bytes = async (query: string, headers: Record<string, string>) => new Uint8Array(await (await call(dataset, query, "analyst", headers)).arrayBuffer());
      const reference = await bytes("headers=keys", {});
      expect(parse(new TextDecoder().decode(reference), { bom: true })[0]).toEqual(Object.keys(messages.Exports.columns[dataset]));
      for (const ask of asks) expect(await bytes("headers=keys&format=csv", ask), `${dataset} ${JSON.stringify(ask)}`).toEqual(reference);
      expect(await bytes("headers=keys&lang=fr", {})).toEqual(reference);
      // Worded for people, the same export does change with the language.
      expect(await bytes("", FRENCH)).not.toEqual(await bytes("", {}));
    }
  });

  it("says why an export is refused in the caller's language", async () => {
    type Refusal = { error: { code: string; message: string; fieldErrors: Record<string, string[]> } };
    const refusal = async (dataset: string, headers: Record<string, string>) => ((await (await call(dataset, "format=pdf&from=2024-06-01&to=2024-01-01", null, headers)).json()) as Refusal).error;
    const french = await refusal("transactions", FRENCH);
    expect(french.code).toBe("INVALID_INPUT");
    expect(french.message).toBe("Le format ou les filtres de l’exportation ne sont pas valides.");
    expect(french.fieldErrors).toMatchObject({ format: ["Choisissez un format\u00a0: csv ou xlsx."], to: ["La fin de la période ne peut pas précéder son début."] });
    expect((await refusal("transactions", {})).fieldErrors).toMatchObject({ format: ["Choose a format: csv or xlsx."], to: ["The end of the date range cannot be before its start."] });
    const unknown = await refusal("budgets", { "Accept-Language": "es" });
    expect(unknown).toMatchObject({ code: "NOT_FOUND", message: "No existe ninguna exportación llamada “budgets”. Las exportaciones son: programs, transactions, indicators, plans, events, submissions." });
  });

  it("refuses an unknown header mode or language with their field errors", async () => {
    const response = await call("plans", "headers=names&lang=de");
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["headers", "lang"]);
  });
});

// Adds rows of its own, so it comes after the tests that count the base set.
describe("streaming", () => {
  it("streams thousands of transactions in both formats", async () => {
    const agreement = await test.db.$transaction((tx) => createAgreement(tx, { parties: ["PE", "US"] }));
    const program = await test.db.$transaction((tx) => createProgram(tx, { agreementId: agreement.id, visibility: "PUBLISHED" }));
    const count = 3210;
    await createTransactions(test.db, Array.from({ length: count }, (_, index) => ({
      programId: program.id,
      type: "DISBURSEMENT" as const,
      date: new Date(Date.UTC(2024, 0, 1 + (index % 365))),
      amount: `${index}.${String(index % 10_000).padStart(4, "0")}`,
      currencyCode: "USD",
      reference: `REF-${index}`,
    })));
    for (const format of FORMATS) {
      const { rows } = await download("transactions", `agreement=${agreement.id}`, format, null);
      expect(rows).toHaveLength(count);
      expect(new Set(rows.map((row) => row.Reference)).size).toBe(count);
      expect(rows.find((row) => row.Reference === "REF-1234")!.Amount).toBe("1234.1234");
    }
  });

  it("stops cleanly when the client goes away part-way", async () => {
    for (const format of FORMATS) {
      const response = await call("transactions", `format=${format}`, "admin");
      const reader = response.body!.getReader();
      expect((await reader.read()).done).toBe(false);
      await reader.cancel();
    }
    // The database is still answering exports afterwards (no connection was left hanging).
    expect((await download("plans", "status=APPROVED", "csv", "admin")).rows).toHaveLength(3);
  });
});
