// The public submissions docket as a download (/api/v1/exports/submissions): the rows of the docket's
// filters within what the caller may read, in CSV and XLSX, for people and for programs, and never
// what a submission withholds (its submitter's name, withheld co-submitters) from a caller who may
// not see it: checked in the rows and in every byte of the file.
import { inflateRawSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import messages from "@/lib/platform/i18n/messages/en/exports.json";
import { createAgreement, createInstitution, createOrganisation } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: exportRoute } = await import("@/app/api/v1/exports/[dataset]/route");
const english = (await loadMessages("en")) as Record<string, Record<string, string>>;

const test = provideTestDatabase();
bindAppDatabase(test);

/** The submitter's name, which it withholds from the public. */
const WITHHELD_NAME = "Sindicato Reservado Ocho";
/** A co-submitter that withholds its name too. */
const HIDDEN_CO = "Colectivo Discreto Nueve";
const VISIBLE_CO = "Red Abierta Siete";
const OPEN_NGO = "Public Voices Network";

type Who = "otherCso" | "submitter" | "hiddenCo" | "govMx" | "govUs" | "analyst" | "admin";
const actors = {} as Record<Who, Actor>;
const tokens = {} as Record<Who, string>;
const refs = {} as { usmca: string; usmcaName: string; chile: string; chileName: string; cpMx: string; union: string; visibleCo: string; hiddenCo: string };
const ids = {} as { withheld: string; open: string; declined: string; draft: string };

beforeAll(async () => {
  await test.db.$transaction(async (tx) => {
    const usmca = await createAgreement(tx, { parties: ["MX", "US"] });
    const chile = await createAgreement(tx, { parties: ["CL", "US"] });
    const contactPoint = (agreementId: string, countryCode: string, name: string) => createInstitution(tx, { agreementId, kind: "CONTACT_POINT", countryCode, name });
    const cpMx = await contactPoint(usmca.id, "MX", "Punto de Contacto Nacional de México");
    const cpUs = await contactPoint(usmca.id, "US", "US National Contact Point");
    const cpCl = await contactPoint(chile.id, "CL", "Punto de Contacto de Chile");
    const union = await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX", name: WITHHELD_NAME });
    const visibleCo = await createOrganisation(tx, { kind: "NGO", countryCode: "MX", name: VISIBLE_CO });
    const hiddenCo = await createOrganisation(tx, { kind: "NGO", countryCode: "MX", name: HIDDEN_CO });
    const ngo = await createOrganisation(tx, { kind: "NGO", countryCode: "US", name: OPEN_NGO });
    Object.assign(refs, { usmca: usmca.id, usmcaName: usmca.shortName, chile: chile.id, chileName: chile.shortName, cpMx: cpMx.id, union: union.id, visibleCo: visibleCo.id, hiddenCo: hiddenCo.id });

    const submission = (data: Omit<Prisma.SubmissionUncheckedCreateInput, "agreementId"> & { agreementId?: string }) => tx.submission.create({ data: { agreementId: usmca.id, ...data } });
    const withheld = await submission({
      title: "Inspections in the maquilas",
      summary: "Inspectors never came.",
      concernsCountryCode: "MX",
      contactPointId: cpMx.id,
      organisationId: union.id,
      identityWithheld: true,
      topics: ["FREEDOM_OF_ASSOCIATION", "CHILD_LABOUR"],
      status: "REPORTED",
      filedAt: new Date("2024-01-10T09:00:00Z"),
      decisionDueOn: new Date("2024-04-10"),
      acknowledgedAt: new Date("2024-01-20T09:00:00Z"),
      decidedAt: new Date("2024-03-01T15:00:00Z"),
      reportDueOn: new Date("2024-09-01"),
      reportedAt: new Date("2024-10-01T12:00:00Z"),
      coSubmitters: { create: [{ organisationId: visibleCo.id }, { organisationId: hiddenCo.id, identityWithheld: true }] },
      recommendations: { create: [{ position: 1, text: "Hire inspectors." }, { position: 2, text: "Publish the results." }] },
    });
    const open = await submission({
      title: "Wage theft at the ports",
      concernsCountryCode: "US",
      contactPointId: cpUs.id,
      organisationId: ngo.id,
      topics: ["WAGES_AND_HOURS"],
      status: "FILED",
      filedAt: new Date("2025-02-03T10:00:00Z"),
      decisionDueOn: new Date("2025-05-04"),
    });
    const declined = await submission({
      agreementId: chile.id,
      title: "Collective bargaining in the mines",
      concernsCountryCode: "CL",
      contactPointId: cpCl.id,
      organisationId: ngo.id,
      topics: ["SOCIAL_DIALOGUE"],
      status: "DECLINED",
      filedAt: new Date("2023-06-01T08:00:00Z"),
      decisionDueOn: new Date("2023-09-01"),
      decidedAt: new Date("2023-10-15T08:00:00Z"),
      decisionReason: "Outside the agreement's scope.",
    });
    const draft = await submission({ title: "Unfinished draft", concernsCountryCode: "MX", contactPointId: cpMx.id, organisationId: union.id, topics: [], status: "DRAFT" });
    Object.assign(ids, { withheld: withheld.id, open: open.id, declined: declined.id, draft: draft.id });
  });
  actors.otherCso = await createActor(test.db, "CIVIL_SOCIETY");
  actors.submitter = await createActor(test.db, "CIVIL_SOCIETY", { organisationId: refs.union });
  actors.hiddenCo = await createActor(test.db, "CIVIL_SOCIETY", { organisationId: refs.hiddenCo });
  actors.govMx = await createActor(test.db, "GOVERNMENT", { country: "MX" });
  actors.govUs = await createActor(test.db, "GOVERNMENT", { country: "US" });
  actors.analyst = await createActor(test.db, "ANALYST");
  actors.admin = await createActor(test.db, "ADMIN");
  for (const key of Object.keys(actors) as Who[]) tokens[key] = await tokenFor(actors[key]);
});

// ───────────────────────────── Reading an export back ─────────────────────────────

type Format = "csv" | "xlsx";
type Key = keyof typeof messages.Exports.columns.submissions;
type KeyRow = Record<Key, string>;

const FORMATS: Format[] = ["csv", "xlsx"];
const KEYS = Object.keys(messages.Exports.columns.submissions) as Key[];

function call(query: string, who: Who | null, headers: Record<string, string> = {}) {
  const request = apiRequest(`/api/v1/exports/submissions?${query}`, { token: who ? tokens[who] : undefined });
  for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
  return exportRoute(request, params({ dataset: "submissions" }));
}

/** The text of every file inside an XLSX (a zip), whatever the writer compressed. */
function xlsxParts(bytes: Buffer): string {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const parts: string[] = [];
  let entry = bytes.readUInt32LE(end + 16);
  for (let count = bytes.readUInt16LE(end + 10); count > 0; count--) {
    const method = bytes.readUInt16LE(entry + 10);
    const size = bytes.readUInt32LE(entry + 20);
    const local = bytes.readUInt32LE(entry + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    parts.push((method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    entry += 46 + bytes.readUInt16LE(entry + 28) + bytes.readUInt16LE(entry + 30) + bytes.readUInt16LE(entry + 32);
  }
  return parts.join("\n");
}

/** The export's header row, its rows as header → text, its XLSX cells and sheet, and all the text the file holds. */
async function download(query: string, format: Format, who: Who | null, headers: Record<string, string> = {}) {
  const response = await call(`${query}&format=${format}`, who, headers);
  expect(response.status, await response.clone().text()).toBe(200);
  expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="submissions-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`));
  const bytes = Buffer.from(await response.arrayBuffer());
  if (format === "csv") {
    const text = bytes.toString("utf8");
    const [header, ...records] = parse(text, { bom: true }) as string[][];
    return { header: header!, rows: records.map((record) => Object.fromEntries(header!.map((name, index) => [name, record[index]!]))), cells: [] as ExcelJS.Row[], sheet: "", text };
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const worksheet = workbook.worksheets[0]!;
  const all: ExcelJS.Row[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => all.push(row));
  const [header, ...cells] = all;
  const names = (header!.values as unknown[]).slice(1).map(String);
  const text = (value: ExcelJS.CellValue) => (value === null || value === undefined ? "" : String(value));
  const rows = cells.map((row) => Object.fromEntries(names.map((name, index) => [name, text(row.getCell(index + 1).value)])));
  return { header: names, rows, cells, sheet: worksheet.name, text: xlsxParts(bytes) };
}

/** An expected row as the English export words it: English headers, status and topic labels, Yes/No. */
function worded(row: KeyRow): Record<string, string> {
  const values = english.SubmissionStatus!;
  const yesNo = (value: string) => (value === "true" ? messages.Exports.yes : value === "false" ? messages.Exports.no : value);
  const word: Partial<Record<Key, (value: string) => string>> = {
    status: (code) => values[code]!,
    topics: (codes) => codes.split("; ").map((code) => english.LabourTopic![code]!).join("; "),
    decided_in_time: yesNo,
    reported_in_time: yesNo,
  };
  return Object.fromEntries(
    KEYS.map((key) => {
      const wording = word[key];
      return [messages.Exports.columns.submissions[key], row[key] && wording ? wording(row[key]) : row[key]];
    }),
  );
}

/** Compares the export, in order, in both formats and both kinds of header, with the rows expected (as codes). */
async function expectExport(query: string, who: Who | null, expected: KeyRow[]) {
  const label = `${query || "no filter"} for ${who ?? "anonymous"}`;
  for (const format of FORMATS) {
    const people = await download(query, format, who);
    expect(people.header).toEqual(Object.values(messages.Exports.columns.submissions));
    expect(people.rows, `${label} ${format}`).toEqual(expected.map(worded));
    const programs = await download(`${query}&headers=keys`, format, who);
    expect(programs.header).toEqual(KEYS);
    expect(programs.rows, `${label} ${format} with keys`).toEqual(expected);
  }
}

// ───────────────────────────── The rows expected ─────────────────────────────

/** The reported submission, as a viewer who sees its withheld parts (`whole`) or not. */
function withheldRow(whole: boolean): KeyRow {
  // Co-submitters come in the order of their organisation's id.
  const coSubmitters = [
    { id: refs.visibleCo, name: VISIBLE_CO },
    { id: refs.hiddenCo, name: HIDDEN_CO },
  ].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    id: ids.withheld,
    title: "Inspections in the maquilas",
    status: "REPORTED",
    agreement: refs.usmcaName,
    party_concerned: "MX",
    contact_point: "Punto de Contacto Nacional de México",
    organisation: whole ? WITHHELD_NAME : "",
    co_submitters: whole ? coSubmitters.map((entry) => entry.name).join("; ") : VISIBLE_CO,
    topics: "FREEDOM_OF_ASSOCIATION; CHILD_LABOUR",
    filed_on: "2024-01-10",
    decision_due_on: "2024-04-10",
    decided_on: "2024-03-01",
    // 10 January to 1 March 2024 (a leap year); 1 March to 1 October.
    days_to_decision: "51",
    decided_in_time: "true",
    report_due_on: "2024-09-01",
    reported_on: "2024-10-01",
    days_to_report: "214",
    reported_in_time: "false",
    recommendations: "2",
  };
}

const none = { decided_on: "", days_to_decision: "", decided_in_time: "", report_due_on: "", reported_on: "", days_to_report: "", reported_in_time: "" };

const openRow = (): KeyRow => ({
  id: ids.open,
  title: "Wage theft at the ports",
  status: "FILED",
  agreement: refs.usmcaName,
  party_concerned: "US",
  contact_point: "US National Contact Point",
  organisation: OPEN_NGO,
  co_submitters: "",
  topics: "WAGES_AND_HOURS",
  filed_on: "2025-02-03",
  decision_due_on: "2025-05-04",
  ...none,
  recommendations: "0",
});

const declinedRow = (): KeyRow => ({
  id: ids.declined,
  title: "Collective bargaining in the mines",
  status: "DECLINED",
  agreement: refs.chileName,
  party_concerned: "CL",
  contact_point: "Punto de Contacto de Chile",
  organisation: OPEN_NGO,
  co_submitters: "",
  topics: "SOCIAL_DIALOGUE",
  filed_on: "2023-06-01",
  decision_due_on: "2023-09-01",
  ...none,
  decided_on: "2023-10-15",
  days_to_decision: "136",
  decided_in_time: "false",
  recommendations: "0",
});

const draftRow = (): KeyRow => ({
  id: ids.draft,
  title: "Unfinished draft",
  status: "DRAFT",
  agreement: refs.usmcaName,
  party_concerned: "MX",
  contact_point: "Punto de Contacto Nacional de México",
  organisation: WITHHELD_NAME,
  co_submitters: "",
  topics: "",
  filed_on: "",
  decision_due_on: "",
  ...none,
  recommendations: "0",
});

// ───────────────────────────── The dataset ─────────────────────────────

describe("what each caller may see", () => {
  it("leaves the withheld names out for the public and a civil-society user of another organisation, in every byte", async () => {
    for (const who of [null, "otherCso"] as const) {
      // Latest filed first; no draft.
      await expectExport("", who, [openRow(), withheldRow(false), declinedRow()]);
      for (const format of FORMATS) {
        for (const query of ["", "headers=keys", "lang=fr", `contactPoint=${refs.cpMx}`]) {
          const { text } = await download(query, format, who);
          // The same file does hold the visible co-submitter, so that the absence below means something.
          expect(text).toContain(VISIBLE_CO);
          expect(text, `${format} ${query} for ${who ?? "anonymous"}`).not.toContain(WITHHELD_NAME);
          expect(text, `${format} ${query} for ${who ?? "anonymous"}`).not.toContain(HIDDEN_CO);
        }
      }
    }
  });

  it("leaves them out for the ministry of a contact point the submission was not filed with", async () => {
    await expectExport("", "govUs", [openRow(), withheldRow(false), declinedRow()]);
    for (const format of FORMATS) expect((await download("", format, "govUs")).text).not.toContain(WITHHELD_NAME);
  });

  it("shows them to the submitting organisation, a co-submitter, the contact point's ministry, analysts and administrators", async () => {
    // The submitter also sees its own draft, before the filed ones.
    await expectExport("", "submitter", [draftRow(), openRow(), withheldRow(true), declinedRow()]);
    await expectExport("", "hiddenCo", [openRow(), withheldRow(true), declinedRow()]);
    await expectExport("", "govMx", [openRow(), withheldRow(true), declinedRow()]);
    for (const who of ["analyst", "admin"] as const) await expectExport("", who, [draftRow(), openRow(), withheldRow(true), declinedRow()]);
    for (const format of FORMATS) {
      const { text } = await download("", format, "govMx");
      expect(text).toContain(WITHHELD_NAME);
      expect(text).toContain(HIDDEN_CO);
    }
  });

  it("never exports a draft to anyone outside its organisation, even when asked for drafts", async () => {
    for (const who of [null, "otherCso", "hiddenCo", "govMx", "govUs"] as const) {
      for (const format of FORMATS) expect((await download("status=DRAFT", format, who)).rows, `${format} for ${who ?? "anonymous"}`).toEqual([]);
    }
    await expectExport("status=DRAFT", "submitter", [draftRow()]);
    await expectExport("status=DRAFT", "admin", [draftRow()]);
  });
});

describe("filters", () => {
  it("exports what the docket shows for each of its filters", async () => {
    await expectExport("status=FILED", null, [openRow()]);
    await expectExport(`agreement=${refs.chile}`, null, [declinedRow()]);
    await expectExport("concerns=US", null, [openRow()]);
    await expectExport(`contactPoint=${refs.cpMx}`, "admin", [draftRow(), withheldRow(true)]);
    await expectExport("topic=CHILD_LABOUR", null, [withheldRow(false)]);
    await expectExport("year=2024", "govMx", [withheldRow(true)]);
    // Still waiting on a decision due in May 2025.
    await expectExport("deadline=overdue", null, [openRow()]);
    await expectExport("q=maquila", null, [withheldRow(false)]);
    await expectExport(`agreement=${refs.usmca}&status=DECLINED`, null, []);
  });

  it("exports in the docket's order", async () => {
    for (const format of FORMATS) {
      const titles = async (sort: string) => (await download(`sort=${sort}&headers=keys`, format, null)).rows.map((row) => row.title);
      expect(await titles("title")).toEqual(["Collective bargaining in the mines", "Inspections in the maquilas", "Wage theft at the ports"]);
      expect(await titles("-title")).toEqual(["Wage theft at the ports", "Inspections in the maquilas", "Collective bargaining in the mines"]);
      expect(await titles("filed")).toEqual(["Collective bargaining in the mines", "Inspections in the maquilas", "Wage theft at the ports"]);
    }
  });

  it("refuses a bad filter with 400 and every field's problem, before anything is written", async () => {
    const response = await call("format=xlsx&status=NOPE&year=abc&deadline=soon&sort=random", null);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["deadline", "sort", "status", "year"]);
  });
});

describe("cells and languages", () => {
  it("writes days and counts as numbers in XLSX", async () => {
    const { header, cells } = await download("year=2024&headers=keys", "xlsx", null);
    expect(cells).toHaveLength(1);
    for (const [key, value] of [["days_to_decision", 51], ["days_to_report", 214], ["recommendations", 2]] as const) {
      const cell = cells[0]!.getCell(header.indexOf(key) + 1);
      expect(cell.type, key).toBe(ExcelJS.ValueType.Number);
      expect(cell.value, key).toBe(value);
    }
  });

  it("writes its headers, sheet name and words in the reader's language", async () => {
    for (const locale of ["es", "fr", "vi"] as const) {
      const all = await loadMessages(locale);
      const translated = (all as { Exports: typeof messages.Exports }).Exports;
      const { LabourTopic: topics, SubmissionStatus: statuses } = all as Record<string, Record<string, string>>;
      const columns = translated.columns.submissions;
      const { header, rows, sheet } = await download(`year=2024&lang=${locale}`, "xlsx", null);
      expect(header).toEqual(Object.values(columns));
      expect(sheet).toBe(translated.sheets.submissions);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        [columns.status]: statuses!.REPORTED,
        [columns.topics]: `${topics!.FREEDOM_OF_ASSOCIATION}; ${topics!.CHILD_LABOUR}`,
        [columns.decided_in_time]: translated.yes,
        [columns.reported_in_time]: translated.no,
        [columns.organisation]: "",
        [columns.filed_on]: "2024-01-10",
      });
    }
    const french = await download("year=2024", "csv", null, { "Accept-Language": "fr" });
    expect(french.header).toContain("Organisation auteure");
    expect(french.rows[0]).toMatchObject({ État: "Rapport publié", "Décidée dans le délai": "Oui", "Rapport rendu dans le délai": "Non" });
  });
});

// Adds rows of its own, so it comes after the tests that count the base set.
describe("streaming", () => {
  it("exports more submissions than one batch holds, each once and each redacted", async () => {
    const agreement = await test.db.$transaction((tx) => createAgreement(tx, { parties: ["PE", "US"] }));
    const contactPoint = await test.db.$transaction((tx) => createInstitution(tx, { agreementId: agreement.id, kind: "CONTACT_POINT", countryCode: "PE", name: "Punto de Contacto del Perú" }));
    const count = 1203;
    await test.db.submission.createMany({
      data: Array.from({ length: count }, (_, index) => ({
        agreementId: agreement.id,
        concernsCountryCode: "PE",
        contactPointId: contactPoint.id,
        organisationId: refs.union,
        identityWithheld: index % 2 === 0,
        title: `Submission ${index}`,
        topics: [],
        status: "FILED" as const,
        filedAt: new Date(Date.UTC(2022, 0, 1) + (index % 50) * 86_400_000),
        decisionDueOn: new Date("2022-06-30"),
      })),
    });
    for (const format of FORMATS) {
      const { rows, text } = await download(`agreement=${agreement.id}&headers=keys`, format, null);
      expect(rows).toHaveLength(count);
      expect(new Set(rows.map((row) => row.id)).size).toBe(count);
      expect(rows.filter((row) => row.organisation === WITHHELD_NAME)).toHaveLength(Math.floor(count / 2));
      expect(rows.find((row) => row.title === "Submission 0")!.organisation).toBe("");
      expect(rows.find((row) => row.title === "Submission 1")!.organisation).toBe(WITHHELD_NAME);
      expect(text).toContain(WITHHELD_NAME);
      const whole = await download(`agreement=${agreement.id}&headers=keys`, format, "submitter");
      expect(whole.rows.every((row) => row.organisation === WITHHELD_NAME)).toBe(true);
    }
  });
});
