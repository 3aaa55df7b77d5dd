// The IATI import, through its API: a publisher's file previewed with its problems in three tiers
// and written only as far as confirmed; files that cannot be trusted refused whole with nothing
// written; and the round trip — the demo seed exported, imported into an empty database and
// exported again gives an equivalent, schema-valid file.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createPrismaClient, type Db } from "@/lib/platform/db/create-client";
import { activityBatches } from "@/lib/domain/iati/export/query";
import { iatiActivitiesStream } from "@/lib/domain/iati/export/stream";
import type { IatiImportView } from "@/lib/domain/iati/import/view";
import { MAX_IATI_FILE_BYTES } from "@/lib/domain/iati/read-file";
import { ZProgramFilter } from "@/lib/domain/programs/schemas";
import { seed } from "@/prisma/seed";
import { createTransaction } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { adminQuery, dropDatabase, withDatabaseName } from "./helpers/database-url";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";
import { iatiSchemaErrors } from "./helpers/xmllint";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { POST: uploadRoute } = await import("@/app/api/v1/iati/import/route");
const { GET: readRoute } = await import("@/app/api/v1/iati/import/[id]/route");
const { POST: confirmRoute } = await import("@/app/api/v1/iati/import/[id]/confirm/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const PUBLISHER_TEXT = fs.readFileSync(path.resolve("tests/fixtures/iati/publisher-activities.xml"), "utf8");
const PUBLISHER_FILE = new TextEncoder().encode(PUBLISHER_TEXT);

let admin: Actor;
let adminToken: string;
let ccofta: string;

beforeAll(async () => {
  await seed(test.db, { demo: true });
  admin = await createActor(test.db, "ADMIN");
  adminToken = await tokenFor(admin);
  ccofta = (await test.db.agreement.findUniqueOrThrow({ where: { shortName: "CCOFTA" } })).id;
}, 120_000);

/** Uploads `body` as multipart/form-data, as the import page and API clients do. */
async function upload(body: Uint8Array<ArrayBuffer> | string, { token = adminToken, agreementId, fileName = "activities.xml" }: { token?: string; agreementId?: string; fileName?: string } = {}) {
  const form = new FormData();
  form.set("file", new File([body], fileName, { type: "application/xml" }));
  if (agreementId) form.set("agreementId", agreementId);
  const request = new Request("http://localhost/api/v1/iati/import", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  const response = await uploadRoute(request, undefined);
  return { status: response.status, body: (await response.json()) as { data: IatiImportView; error: { code: string; message: string; fieldErrors?: Record<string, string[]> } } };
}

async function confirm(id: string, activities: string[], token = adminToken) {
  const response = await confirmRoute(apiRequest(`/api/v1/iati/import/${id}/confirm`, { method: "POST", token, body: { activities } }), params({ id }));
  return { status: response.status, body: (await response.json()) as { data: IatiImportView; error: { code: string; message: string } } };
}

/** What an import could have written: counted before and after each refusal, which must change nothing. */
async function footprint(db: Db = test.db) {
  const [programs, organisations, transactions, imports, audit] = await Promise.all([
    db.cooperationProgram.count(),
    db.organisation.count(),
    db.transaction.count(),
    db.iatiImport.count(),
    db.auditEvent.count({ where: { action: { endsWith: ".import" } } }),
  ]);
  return { programs, organisations, transactions, imports, audit };
}

describe("files that cannot be trusted are refused whole", () => {
  const cases: [string, string | Uint8Array<ArrayBuffer>, number, RegExp][] = [
    ["malformed XML", '<?xml version="1.0"?><iati-activities version="2.03"><iati-activity><iati-identifier>X-1</iati-activity>', 400, /not well-formed XML \(line 1, column \d+\)/],
    [
      "a billion laughs",
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><iati-activities version="2.03"><iati-activity><iati-identifier>&lol3;</iati-identifier></iati-activity></iati-activities>',
      400,
      /document type/,
    ],
    [
      "an external entity",
      '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><iati-activities version="2.03"><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>',
      400,
      /document type/,
    ],
    ["an undeclared entity", '<iati-activities version="2.03"><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>', 400, /undefined entity/],
    ["an empty file", "", 400, /The file is empty\./],
    ["a file of blanks", "  \n\t ", 400, /The file is empty\./],
    ["another IATI version", '<iati-activities version="1.05"><iati-activity><iati-identifier>X-1</iati-identifier></iati-activity></iati-activities>', 400, /IATI version 1\.05\. The import reads versions 2\.01, 2\.02, 2\.03/],
    ["no version", "<iati-activities><iati-activity/></iati-activities>", 400, /does not say which IATI version/],
    ["an organisation file", '<iati-organisations version="2.03"><iati-organisation/></iati-organisations>', 400, /IATI organisation file \(<iati-organisations>\).*Organisation files are not imported/],
    ["no activities", '<iati-activities version="2.03"></iati-activities>', 400, /no activities/],
    ["not UTF-8", new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]), 400, /not UTF-8/],
    [
      "duplicate identifiers",
      PUBLISHER_TEXT.replace("<iati-identifier>GB-GOV-1-300999-101</iati-identifier>", "<iati-identifier>CA-3-P012345001</iati-identifier>"),
      400,
      /same iati-identifier to more than one activity.*CA-3-P012345001 \(\d+, \d+\)\. Nothing was imported\./,
    ],
  ];
  for (const [name, body, status, message] of cases) {
    it(`refuses ${name} with a clear message and writes nothing`, async () => {
      const before = await footprint();
      const { status: got, body: answer } = await upload(body, { agreementId: ccofta });
      expect(got).toBe(status);
      expect(answer.error.fieldErrors?.file?.join(" ") ?? answer.error.message).toMatch(message);
      expect(await footprint()).toEqual(before);
    });
  }

  it("refuses a file over the size limit before reading it, and writes nothing", async () => {
    const before = await footprint();
    const padding = `<!--${"x".repeat(MAX_IATI_FILE_BYTES)}-->`;
    const { status, body } = await upload(`${PUBLISHER_TEXT}${padding}`, { agreementId: ccofta });
    expect(status).toBe(413);
    expect(body.error.message).toMatch(/larger than 10 MB/);
    // The same through the raw-XML form of the endpoint, whose body is read only up to the limit.
    const raw = await uploadRoute(
      new Request("http://localhost/api/v1/iati/import", { method: "POST", headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/xml" }, body: padding }),
      undefined,
    );
    expect(raw.status).toBe(413);
    expect(await footprint()).toEqual(before);
  });

  it("refuses an upload without a file, or of another content type", async () => {
    const form = new FormData();
    form.set("agreementId", ccofta);
    const missing = await uploadRoute(new Request("http://localhost/api/v1/iati/import", { method: "POST", headers: { authorization: `Bearer ${adminToken}` }, body: form }), undefined);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors.file).toEqual(["Choose the IATI file to import."]);
    const json = await uploadRoute(apiRequest("/api/v1/iati/import", { method: "POST", token: adminToken, body: { file: "x" } }), undefined);
    expect(json.status).toBe(415);
  });

  it("lets only administrators and ministries import", async () => {
    const cso = await tokenFor(await createActor(test.db, "CIVIL_SOCIETY"));
    expect((await upload(PUBLISHER_FILE, { token: cso, agreementId: ccofta })).status).toBe(403);
    const anonymous = await uploadRoute(new Request("http://localhost/api/v1/iati/import", { method: "POST", body: new FormData() }), undefined);
    expect(anonymous.status).toBe(401);
  });
});

describe("a publisher's file", () => {
  let preview: IatiImportView;

  beforeAll(async () => {
    const { status, body } = await upload(PUBLISHER_FILE, { agreementId: ccofta, fileName: "gac-colombia.xml" });
    expect(status).toBe(201);
    preview = body.data;
  });

  const activity = (identifier: string) => preview.activities.find((entry) => entry.identifier === identifier)!;
  const messages = (identifier: string, tier: string) => activity(identifier).problems.filter((problem) => problem.tier === tier).map((problem) => `${problem.where}: ${problem.message}`);

  it("previews each activity as new, update or skipped, and writes no program", async () => {
    expect(preview.fileName).toBe("gac-colombia.xml");
    expect(preview.activities.map((entry) => [entry.identifier, entry.action])).toEqual([
      ["CA-3-P012345001", "new"],
      ["XM-DAC-41302-COL-22-01", "new"],
      ["GB-GOV-1-300999-101", "skip"],
    ]);
    expect(await test.db.cooperationProgram.count({ where: { identifier: { in: preview.activities.map((entry) => entry.identifier) } } })).toBe(0);
    const stored = await readRoute(apiRequest(`/api/v1/iati/import/${preview.id}`, { token: adminToken }), params({ id: preview.id }));
    expect(((await stored.json()) as { data: IatiImportView }).data.activities).toEqual(preview.activities);
  });

  it("says every problem in the language the reader asks for, from the same stored preview", async () => {
    const read = async (language: string) => {
      const response = await readRoute(apiRequest(`/api/v1/iati/import/${preview.id}`, { token: adminToken, language }), params({ id: preview.id }));
      const problems = ((await response.json()) as { data: IatiImportView }).data.activities.find((entry) => entry.identifier === "GB-GOV-1-300999-101")!.problems;
      return problems.filter((problem) => problem.tier === "critical").map((problem) => `${problem.where}: ${problem.message}`);
    };
    expect(await read("es")).toEqual(["default-currency: La actividad no tiene moneda por defecto ni ningún valor con moneda."]);
    expect(await read("fr-CA")).toEqual(["default-currency: L’activité n’a ni devise par défaut ni valeur assortie d’une devise."]);
    const vietnamese = (await readRoute(apiRequest(`/api/v1/iati/import/${preview.id}`, { token: adminToken, language: "vi" }), params({ id: preview.id })).then((response) => response.json())) as { data: IatiImportView };
    const everything = vietnamese.data.activities.flatMap((entry) => entry.problems.map((problem) => problem.message));
    expect(everything.length).toBeGreaterThan(10);
    expect(everything.filter((message) => /\u001f|Not kept|is not in IATI/.test(message))).toEqual([]);
  });

  it("skips an activity with a critical problem and says why", () => {
    expect(messages("GB-GOV-1-300999-101", "critical")).toEqual(["default-currency: The activity has no default currency and no value with a currency."]);
  });

  it("reports fields dropped as errors: unknown codes, unsupported elements, values it cannot store", () => {
    const errors = messages("CA-3-P012345001", "error");
    for (const expected of [
      /^description type 3: .*Target Groups.* not kept/,
      /^participating-org 5: The role "7" is not in IATI's OrganisationRole codelist/,
      /^activity-date: The date type "9" is not in IATI's ActivityDateType codelist/,
      /^sector 160: Sectors of vocabulary 2 .* are not kept/,
      /^sector 99999: "99999" is not in the DAC 5-digit Sector codelist/,
      /^budget 2: Not kept: A budget period is at most one year/,
      /^transaction 4: Not kept: Interest Payment \(type 5\) is not one of the four kinds/,
      /^transaction 5: Not kept: "XYZ" is not in IATI's Currency codelist/,
      /^result 1 indicator 1 period 2: Not kept: Enter a number/,
      /^result 2: Not kept: the result type "9" \(Other\)/,
      /^location: The element <location> \(1\) has no place in the tracker/,
      /^policy-marker: /,
      /^other-identifier: /,
      /^contact-info: /,
    ]) {
      expect(errors.some((message) => expected.test(message)), `${expected} in\n${errors.join("\n")}`).toBe(true);
    }
    // A negative value is a correction: kept, and said so.
    expect(messages("CA-3-P012345001", "warning")).toContain("transaction 3: The value -20000 is negative: the transaction is kept as a correction, which lowers the total of its type.");
  });

  it("reports what it kept with a note as warnings", () => {
    const warnings = messages("CA-3-P012345001", "warning");
    expect(warnings).toContain("sector 16070: Sector 16070 (Labour rights) does not say which labour right; the program is given the topic OTHER.");
    expect(warnings).toContain("document-link 2: B03 (Country strategy paper) is a category for an organisation's documents; it is kept as given.");
    expect(warnings).toContain("funding-amount: The amount of assistance is taken as the sum of the activity's commitments in CAD: 4500000.");
    expect(warnings.some((message) => /^\{http:\/\/publisher\.example\/ns\}internal-code: An extension element/.test(message))).toBe(true);
    expect(messages("XM-DAC-41302-COL-22-01", "warning").join("\n")).toMatch(/area of expertise is not in the file; it is recorded as "Employment creation"/);
  });

  it("names the organisations it will create, matching the others", () => {
    // The ILO is known by its identifier and the Escuela Nacional Sindical by its name; the role-7 observatory is not kept.
    expect(activity("CA-3-P012345001").newOrganisations).toEqual(["Global Affairs Canada"]);
    expect(activity("XM-DAC-41302-COL-22-01").newOrganisations).toEqual(["Ministerio del Trabajo", "Global Affairs Canada"]);
    expect(preview.summary).toMatchObject({ activities: 3, new: 2, update: 0, skip: 1, critical: 1, newOrganisations: 2 });
  });

  it("refuses to confirm a skipped activity or one not in the file, and writes nothing", async () => {
    const before = await footprint();
    expect((await confirm(preview.id, ["GB-GOV-1-300999-101"])).status).toBe(400);
    expect((await confirm(preview.id, ["NOT-IN-FILE"])).status).toBe(400);
    expect((await confirm(preview.id, [])).status).toBe(400);
    expect(await footprint()).toEqual(before);
  });

  it("writes only the chosen activity, audited with the import", async () => {
    const before = await footprint();
    const { status, body } = await confirm(preview.id, ["XM-DAC-41302-COL-22-01"]);
    expect(status).toBe(200);
    expect(body.data.result).toEqual({ created: ["XM-DAC-41302-COL-22-01"], updated: [], organisationsCreated: 2 });
    expect(await test.db.cooperationProgram.count({ where: { identifier: "CA-3-P012345001" } })).toBe(0);

    const program = await test.db.cooperationProgram.findUniqueOrThrow({
      where: { identifier: "XM-DAC-41302-COL-22-01" },
      include: { participants: { include: { organisation: true } }, transactions: { include: { provider: true } } },
    });
    expect(program).toMatchObject({
      agreementId: ccofta,
      type: "TECHNICAL_COOPERATION",
      status: "IMPLEMENTATION",
      visibility: "DRAFT",
      language: "es",
      title: "Fortalecimiento de la inspección laboral en Colombia",
      translations: { title: { en: "Strengthening labour inspection in Colombia" }, summary: { en: "Training of inspectors and case-management tools." } },
      topics: ["INFORMAL_EMPLOYMENT"],
      currencyCode: "USD",
    });
    // The ILO is matched by its IATI identifier; the ministry, unknown by that name, is created.
    const ilo = await test.db.organisation.findUniqueOrThrow({ where: { iatiIdentifier: "XM-DAC-41302" } });
    expect(program.participants.map((participant) => [participant.role, participant.organisation.name]).sort()).toEqual([
      ["ACCOUNTABLE", ilo.name],
      ["IMPLEMENTER", "Ministerio del Trabajo"],
    ]);
    expect(program.participants.find((participant) => participant.role === "IMPLEMENTER")!.organisation).toMatchObject({
      kind: "GOVERNMENT_MINISTRY",
      iatiIdentifier: null,
      translations: { name: { en: "Ministry of Labour" } },
    });
    expect(program.transactions.map((transaction) => [transaction.type, transaction.amount.toFixed(), transaction.provider?.iatiIdentifier ?? null]).sort()).toEqual([
      ["EXPENDITURE", "210000", null],
      ["INCOMING_FUNDS", "750000", "CA-3"],
    ]);

    const after = await footprint();
    expect(after.programs - before.programs).toBe(1);
    expect(after.organisations - before.organisations).toBe(2);
    expect(after.transactions - before.transactions).toBe(2);
    // Every record written is audited with the import's id: the program, 2 participants, 2 transactions, 2 organisations.
    const audited = await test.db.auditEvent.findMany({ where: { after: { path: ["importId"], equals: preview.id } } });
    expect(audited.map((event) => event.action).sort()).toEqual(["organisation.create", "organisation.create", "participant.import", "participant.import", "program.import", "transaction.import", "transaction.import"]);
    expect(await test.db.auditEvent.count({ where: { action: "iati_import.confirm", entityId: preview.id } })).toBe(1);
  });

  it("refuses to confirm an import twice", async () => {
    const { status, body } = await confirm(preview.id, ["CA-3-P012345001"]);
    expect(status).toBe(409);
    expect(body.error.message).toBe("This import has already been confirmed.");
  });

  it("keeps every language of the narratives, matches organisations created before, and updates by identifier", async () => {
    const again = (await upload(PUBLISHER_FILE, { agreementId: ccofta })).body.data;
    expect(again.activities.map((entry) => entry.action)).toEqual(["new", "update", "skip"]);
    // Global Affairs Canada now exists: no new organisation for the activity that names only it and ours.
    expect(again.activities[1]!.newOrganisations).toEqual([]);
    const { status } = await confirm(again.id, ["CA-3-P012345001"]);
    expect(status).toBe(200);
    const program = await test.db.cooperationProgram.findUniqueOrThrow({
      where: { identifier: "CA-3-P012345001" },
      include: { funder: true, budgets: true, transactions: true, indicators: { include: { periods: true } }, documents: true },
    });
    expect(program).toMatchObject({
      type: "FINANCIAL_ASSISTANCE",
      language: "en",
      translations: {
        title: { fr: "Travail décent dans l'agro-industrie - Colombie" },
        summary: { fr: "Renforce l'inspection du travail et le dialogue social dans l'huile de palme et le sucre." },
        objectives: { fr: "Plus de travailleurs couverts par des conventions collectives." },
      },
      topics: ["OTHER", "SOCIAL_DIALOGUE"],
    });
    expect(program.fundingAmount?.toFixed()).toBe("4500000");
    // The funder is the organisation the first confirmation created, found again by its IATI identifier.
    expect(program.funder).toMatchObject({ name: "Global Affairs Canada", iatiIdentifier: "CA-3", kind: "GOVERNMENT_MINISTRY" });
    expect(await test.db.organisation.count({ where: { name: "Global Affairs Canada" } })).toBe(1);
    expect(program.budgets).toHaveLength(1);
    expect(program.transactions.map((transaction) => transaction.amount.toFixed()).sort()).toEqual(["-20000", "1200000.5", "4500000"]);
    expect(program.transactions.find((transaction) => transaction.reference === "C-2022-001")?.translations).toEqual({ description: { fr: "Accord de contribution" } });
    const qualitative = program.indicators.find((indicator) => indicator.measure === "QUALITATIVE")!;
    expect(qualitative).toMatchObject({ baselineText: "Sporadic meetings without agreements.", description: "Improved compliance with labour law" });
    expect(qualitative.periods).toMatchObject([{ targetText: "Quarterly tripartite meetings.", actualText: "Three meetings, one agreement signed." }]);
    const numeric = program.indicators.find((indicator) => indicator.measure === "UNIT")!;
    expect(numeric.periods.map((period) => [period.actualValue?.toFixed(), period.comment])).toEqual([["280", "Two provinces reported late."]]);
    expect(program.documents.map((document) => [document.category, document.url, document.translations]).sort()).toEqual([
      ["A02", "https://www.international.gc.ca/projects/P012345001-summary.pdf", { title: { fr: "Sommaire du projet" } }],
      ["B03", "https://www.international.gc.ca/strategy.pdf", {}],
    ]);
  });

  it("refuses the confirmation when a program changed after the preview, and writes nothing", async () => {
    const pending = (await upload(PUBLISHER_FILE, { agreementId: ccofta })).body.data;
    await test.db.cooperationProgram.update({ where: { identifier: "CA-3-P012345001" }, data: { version: { increment: 1 } } });
    const before = await footprint();
    const { status, body } = await confirm(pending.id, ["CA-3-P012345001", "XM-DAC-41302-COL-22-01"]);
    expect(status).toBe(409);
    expect(body.error.message).toMatch(/changed since the preview for CA-3-P012345001/);
    expect(await footprint()).toEqual(before);
  });

  it("lets a ministry import only for its own country's agreements", async () => {
    const govVn = await tokenFor(await createActor(test.db, "GOVERNMENT", { country: "VN" }));
    const { body } = await upload(PUBLISHER_FILE, { token: govVn, agreementId: ccofta });
    expect(body.data.activities.map((entry) => entry.action)).toEqual(["skip", "skip", "skip"]);
    expect(body.data.activities[1]!.problems.some((problem) => problem.tier === "critical" && /exists and you may not change it/.test(problem.message))).toBe(true);
    const other = (await upload(PUBLISHER_TEXT.replaceAll("XM-DAC-41302-COL-22-01", "XM-DAC-41302-COL-22-99"), { token: govVn, agreementId: ccofta })).body.data;
    expect(other.activities[1]!.problems).toContainEqual({ tier: "critical", where: "agreement", message: "You may register programs only for agreements your country is party to." });
  });
});

describe("the IATI standard, checked", () => {
  const fixture = (file: string) => new TextEncoder().encode(fs.readFileSync(path.resolve("tests/fixtures/iati/invalid", file), "utf8"));
  const schemaProblems = (view: IatiImportView, identifier: string) =>
    view.activities.find((entry) => entry.identifier === identifier)!.problems.filter((problem) => problem.line !== undefined).map((problem) => `${problem.tier} ${problem.where} (line ${problem.line}): ${problem.message}`);

  it("reports every schema violation against its activity, with its line, in words, and skips nothing for it", async () => {
    const { status, body } = await upload(fixture("several.xml"), { agreementId: ccofta });
    expect(status).toBe(201);
    expect(schemaProblems(body.data, "XM-EXAMPLE-1")).toEqual([
      "warning title (line 8): A second <title>: IATI allows only one in <iati-activity>.",
      "warning participating-org (line 10): <participating-org> lacks its attribute role, which IATI requires.",
      "warning activity-status (line 12): A second <activity-status>: IATI allows only one in <iati-activity>.",
      "warning activity-date (line 13): In the attribute iso-date of <activity-date>, “soon” is not a date: write it as 2024-03-31.",
      "warning value (line 16): In <value>, “a quarter of a million” is not a number: write it with a point before the decimals and no thousands separators, as 1250000.50.",
    ]);
    expect(body.data.activities[0]!.action).toBe("new");
  });

  it("reports against the activity it is in, and nothing against a valid one in the same file", async () => {
    const { body } = await upload(fixture("second-title.xml"), { agreementId: ccofta });
    expect(schemaProblems(body.data, "XM-EXAMPLE-1")).toEqual(["warning title (line 8): A second <title>: IATI allows only one in <iati-activity>."]);
    expect(schemaProblems(body.data, "XM-EXAMPLE-2")).toEqual([]);
  });

  it("says the violations in the reader's language", async () => {
    const { body } = await upload(fixture("wrong-order.xml"), { agreementId: ccofta });
    const response = await readRoute(apiRequest(`/api/v1/iati/import/${body.data.id}`, { token: adminToken, language: "es" }), params({ id: body.data.id }));
    const spanish = ((await response.json()) as { data: IatiImportView }).data;
    expect(schemaProblems(spanish, "XM-EXAMPLE-1")).toEqual(["warning activity-status (line 9): <activity-status> está fuera de orden: IATI pone <participating-org> antes."]);
  });
});

describe("the round trip", () => {
  it("exports the seed, imports it into an empty database, and exports an equivalent, schema-valid file", async () => {
    const first = await exportAll(test.db);
    expect(await iatiSchemaErrors(first)).toEqual([]);

    // The empty database has the reference data (countries, currencies) and the agreements with
    // their provisions and institutions, which programs belong to but IATI files do not carry.
    const adminUrl = inject("adminUrl");
    const name = `lct_test_roundtrip_${Date.now()}`;
    await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
    const empty = createPrismaClient(withDatabaseName(adminUrl, name), { poolSize: 4 });
    try {
      await copyAgreements(test.db, empty);
      expect(await empty.cooperationProgram.count()).toBe(0);
      const importer = await createActor(empty, "ADMIN");
      const token = await withDatabase(empty, () => tokenFor(importer));

      const preview = await withDatabase(empty, async () => (await upload(first, { token })).body.data);
      expect(preview.activities.every((entry) => entry.action === "new"), JSON.stringify(preview.activities.filter((entry) => entry.action !== "new"))).toBe(true);
      const errors = preview.activities.flatMap((entry) => entry.problems.filter((problem) => problem.tier !== "warning").map((problem) => `${entry.identifier} ${problem.where}: ${problem.message}`));
      expect(errors).toEqual([]);
      const confirmed = await withDatabase(empty, () => confirm(preview.id, preview.activities.map((entry) => entry.identifier), token));
      expect(confirmed.status).toBe(200);

      const second = await exportAll(empty);
      expect(await iatiSchemaErrors(second)).toEqual([]);
      expect(comparable(second)).toEqual(comparable(first));
    } finally {
      await empty.$disconnect();
      await dropDatabase(adminUrl, name);
    }
  }, 120_000);
});

/** Runs `task` with the app's database switched to `db`. */
async function withDatabase<T>(db: Db, task: () => Promise<T>): Promise<T> {
  const slot = globalThis as unknown as { prisma?: unknown };
  const previous = slot.prisma;
  slot.prisma = db;
  try {
    return await task();
  } finally {
    slot.prisma = previous;
  }
}

/** Every program of `db` as one IATI file, as an administrator exports it. */
async function exportAll(db: Db): Promise<string> {
  return withDatabase(db, async () => {
    const stream = iatiActivitiesStream(activityBatches({ role: "ADMIN" } as Actor, ZProgramFilter.parse({})), (id) => `https://tracker.test/api/v1/documents/${id}/file`);
    return new Response(stream).text();
  });
}

/** The file without the moments it was written and its records last changed, which differ between databases by nature. */
function comparable(xml: string): string[] {
  return xml
    .replace(/ generated-datetime="[^"]*"/, "")
    .replace(/ last-updated-datetime="[^"]*"/g, "")
    .split("\n");
}

/** Copies the agreements, their parties, provisions and institutions from one database to another. */
async function copyAgreements(from: Db, to: Db) {
  const agreements = await from.agreement.findMany({ include: { parties: true, provisions: true, institutions: true } });
  for (const { parties, provisions, institutions, ...agreement } of agreements) {
    await to.agreement.create({
      data: {
        ...agreement,
        translations: agreement.translations ?? {},
        parties: { create: parties.map(({ countryCode }) => ({ countryCode })) },
        provisions: { create: provisions.map(({ agreementId: _agreementId, ...provision }) => provision) },
        institutions: { create: institutions.map(({ agreementId: _agreementId, hostOrganisationId: _host, ...institution }) => institution) },
      },
    });
  }
}

/** A minimal valid activity with `extra` elements and attributes, for the cases below. */
function activityXml(identifier: string, { attributes = "", participants = '<participating-org ref="XM-DAC-41302" type="40" role="4"><narrative>International Labour Organization</narrative></participating-org>', extra = "" } = {}) {
  return `<iati-activity default-currency="USD" ${attributes}><iati-identifier>${identifier}</iati-identifier>
    <reporting-org ref="XM-DAC-41302" type="40"><narrative>ILO</narrative></reporting-org>
    <title><narrative>Activity ${identifier}</narrative></title><description><narrative>About ${identifier}</narrative></description>
    ${participants}<activity-status code="2"/><activity-date type="2" iso-date="2023-01-01"/><default-aid-type code="D02"/>${extra}</iati-activity>`;
}
const fileOf = (...activities: string[]) => `<iati-activities version="2.03" xmlns:acme="http://acme.example/ns" xmlns:lct="urn:labour-cooperation-tracker:iati:1">${activities.join("")}</iati-activities>`;

describe("what no file can break", () => {
  it("drops values the database cannot hold instead of failing: retired currencies, unknown countries, year 0", async () => {
    const stamp = Date.now();
    const xml = fileOf(
      activityXml(`XM-TEST-${stamp}-1`, {
        participants: `<participating-org type="22" role="4" lct:country="ZZ"><narrative>Ghost Union ${stamp}</narrative></participating-org>`,
        extra: `<transaction><transaction-type code="4"/><transaction-date iso-date="2023-05-01"/><value currency="VEF" value-date="2023-05-01">100</value></transaction>
          <transaction><transaction-type code="4"/><transaction-date iso-date="0000-02-01"/><value currency="USD" value-date="0000-02-01">100</value></transaction>
          <budget type="1" status="1"><period-start iso-date="2023-01-01"/><period-end iso-date="2023-12-31"/><value currency="EEK" value-date="2023-01-01">5</value></budget>`,
      }),
    );
    const preview = (await upload(xml, { agreementId: ccofta })).body.data;
    const problems = preview.activities[0]!.problems.map((problem) => `${problem.tier} ${problem.where}: ${problem.message}`);
    expect(problems).toContain("error transaction 1: Not kept: the tracker has no currency VEF.");
    expect(problems.some((problem) => problem.startsWith("error transaction 2: Not kept:"))).toBe(true);
    expect(problems).toContain("error budget 1: Not kept: the tracker has no currency EEK.");
    expect(problems).toContain("warning participant 1: The tracker has no country ZZ; the organisation is kept without one.");
    const { status } = await confirm(preview.id, [`XM-TEST-${stamp}-1`]);
    expect(status).toBe(200);
    const program = await test.db.cooperationProgram.findUniqueOrThrow({ where: { identifier: `XM-TEST-${stamp}-1` }, include: { transactions: true, budgets: true } });
    expect(program.transactions).toEqual([]);
    expect(program.budgets).toEqual([]);
    expect(await test.db.organisation.findFirst({ where: { name: `Ghost Union ${stamp}` } })).toMatchObject({ countryCode: null });
  });

  it("reports a missing or malformed transaction date instead of silently taking the value date", async () => {
    const stamp = Date.now();
    const transaction = (date: string, valueDate: string) =>
      `<transaction><transaction-type code="3"/>${date}<value currency="USD"${valueDate ? ` value-date="${valueDate}"` : ""}>100</value></transaction>`;
    const xml = fileOf(
      activityXml(`XM-TEST-${stamp}-D`, {
        extra: [
          transaction("", "2023-05-01"),
          transaction('<transaction-date iso-date="2023-02-30"/>', "2023-05-02"),
          transaction("", ""),
          transaction('<transaction-date iso-date="soon"/>', ""),
          transaction('<transaction-date iso-date="2023-06-01"/>', "2023-05-03"),
        ].join(""),
      }),
    );
    const preview = (await upload(xml, { agreementId: ccofta })).body.data;
    const problems = preview.activities[0]!.problems.filter((problem) => problem.where.startsWith("transaction") && problem.line === undefined).map((problem) => `${problem.tier} ${problem.where}: ${problem.message}`);
    expect(problems).toEqual([
      "warning transaction 1: The transaction has no transaction-date; its value date 2023-05-01 is used.",
      "warning transaction 2: The transaction-date “2023-02-30” is not a date; its value date 2023-05-02 is used.",
      "error transaction 3: Not kept: the transaction has no transaction-date and no value date.",
      "error transaction 4: Not kept: the transaction-date “soon” is not a date, and the transaction has no value date to use instead.",
    ]);
    const { status } = await confirm(preview.id, [`XM-TEST-${stamp}-D`]);
    expect(status).toBe(200);
    const program = await test.db.cooperationProgram.findUniqueOrThrow({ where: { identifier: `XM-TEST-${stamp}-D` }, include: { transactions: { orderBy: { date: "asc" } } } });
    // The one with its own date keeps it, not its value date.
    expect(program.transactions.map((row) => row.date.toISOString().slice(0, 10))).toEqual(["2023-05-01", "2023-05-02", "2023-06-01"]);
  });

  it("names what is missing instead of quoting an empty code", async () => {
    const stamp = Date.now();
    const xml = fileOf(
      activityXml(`XM-TEST-${stamp}-E`, {
        extra: `<recipient-country percentage="100"/><sector vocabulary="1"/>
          <transaction><transaction-type/><transaction-date iso-date="2023-05-01"/><value currency="USD" value-date="2023-05-01">100</value></transaction>
          <result><title><narrative>No type</narrative></title></result>
          <result type="7"><title><narrative>Unknown type</narrative></title></result>
          <result type="1"><title><narrative>Output</narrative></title><indicator><title><narrative>No measure</narrative></title></indicator></result>`,
      }),
    );
    const preview = (await upload(xml, { agreementId: ccofta })).body.data;
    const problems = preview.activities[0]!.problems.filter((problem) => problem.line === undefined).map((problem) => `${problem.where}: ${problem.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        "recipient-country: Not kept: this <recipient-country> has no code.",
        "sector: Not kept: this <sector> has no code.",
        "transaction 1: Not kept: this <transaction-type> has no code.",
        "result 1: Not kept: this <result> has no type.",
        'result 2: Not kept: the result type "7" is not in IATI\'s ResultType codelist.',
        "result 3 indicator 1: Not kept: this <indicator> has no measure.",
      ]),
    );
    expect(problems.filter((problem) => /""|\(\)/.test(problem))).toEqual([]);
  });

  it("drops a budget without a period start or end with an error, instead of failing", async () => {
    const stamp = Date.now();
    const xml = fileOf(
      activityXml(`XM-TEST-${stamp}-7`, {
        extra: `<budget type="1" status="1"><period-end iso-date="2023-12-31"/><value currency="USD" value-date="2023-01-01">5</value></budget>
          <budget type="1" status="1"><period-start iso-date="2023-01-01"/><value currency="USD" value-date="2023-01-01">5</value></budget>`,
      }),
    );
    const { status, body } = await upload(xml, { agreementId: ccofta });
    expect(status).toBe(201);
    const problems = body.data.activities[0]!.problems.map((problem) => `${problem.tier} ${problem.where}: ${problem.message}`);
    expect(problems).toContain("error budget 1: Not kept: Enter the first day of the budget period.");
    expect(problems).toContain("error budget 2: Not kept: Enter the last day of the budget period.");
  });

  it("creates an organisation once however the file names it, by identifier, by name or both", async () => {
    const stamp = Date.now();
    const xml = fileOf(
      activityXml(`XM-TEST-${stamp}-2`, { participants: `<participating-org ref="XX-ORG-${stamp}" type="22" role="4" lct:country="CO"><narrative>Union ${stamp}</narrative></participating-org>` }),
      activityXml(`XM-TEST-${stamp}-3`, { participants: `<participating-org type="22" role="4" lct:country="CO"><narrative>Union ${stamp}</narrative></participating-org>` }),
      activityXml(`XM-TEST-${stamp}-4`, { participants: `<participating-org ref="XX-OTHER-${stamp}" type="22" role="4" lct:country="CO"><narrative>Union ${stamp}</narrative></participating-org>` }),
    );
    const preview = (await upload(xml, { agreementId: ccofta })).body.data;
    expect(preview.summary.newOrganisations).toBe(1);
    const { status, body } = await confirm(preview.id, preview.activities.map((entry) => entry.identifier));
    expect(status).toBe(200);
    expect(body.data.result?.organisationsCreated).toBe(1);
    expect(await test.db.organisation.findMany({ where: { name: `Union ${stamp}` }, select: { iatiIdentifier: true, countryCode: true } })).toEqual([{ iatiIdentifier: `XX-ORG-${stamp}`, countryCode: "CO" }]);
  });

  it("reads the tracker's attributes by namespace, not by prefix, and language tags by their language", async () => {
    const stamp = Date.now();
    const xml = fileOf(
      activityXml(`XM-TEST-${stamp}-5`, {
        attributes: 'xml:lang="en-GB"',
        participants: `<participating-org type="22" role="4" acme:placeholder="true"><narrative>Acme Partner ${stamp}</narrative></participating-org>`,
      }),
    );
    const preview = (await upload(xml, { agreementId: ccofta })).body.data;
    const { status } = await confirm(preview.id, [`XM-TEST-${stamp}-5`]);
    expect(status).toBe(200);
    const program = await test.db.cooperationProgram.findUniqueOrThrow({ where: { identifier: `XM-TEST-${stamp}-5` }, include: { participants: { include: { organisation: true } } } });
    expect(program.language).toBe("en");
    expect(program.participants.map((participant) => participant.organisation.name)).toEqual([`Acme Partner ${stamp}`]);
  });

  it("lists a problem repeated thousands of times once, with its count", async () => {
    const tags = '<tag vocabulary="1" code="x"/>'.repeat(5000);
    const preview = (await upload(fileOf(activityXml(`XM-TEST-${Date.now()}-6`, { extra: tags })), { agreementId: ccofta })).body.data;
    expect(preview.activities[0]!.problems).toContainEqual({ tier: "error", where: "tag x", message: "Tags other than the tracker's labour topics are not kept. (5,000 times)" });
  });
});

describe("a ministry's import stays within what it may edit", () => {
  let govCo: string;
  let ministryId: string;
  let programId: string;
  const identifier = `CO-MT-IMPORT-${Date.now()}`;

  beforeAll(async () => {
    const mintrabajo = await test.db.organisation.findFirstOrThrow({ where: { name: "Ministerio del Trabajo de Colombia" } });
    ministryId = mintrabajo.id;
    govCo = await tokenFor(await createActor(test.db, "GOVERNMENT", { organisationId: mintrabajo.id }));
    const preview = (await upload(fileOf(activityXml(identifier)), { token: govCo, agreementId: ccofta })).body.data;
    // The ILO published the file; the ministry that imports it reports the program, and is told so.
    expect(preview.activities[0]!.problems).toContainEqual({
      tier: "warning",
      where: "reporting-org",
      message: "The file's reporting organisation is ILO; the program is registered as reported by your organisation, Ministerio del Trabajo de Colombia.",
    });
    expect((await confirm(preview.id, [identifier], govCo)).status).toBe(200);
    const program = await test.db.cooperationProgram.findUniqueOrThrow({ where: { identifier } });
    programId = program.id;
    expect(program.reportingOrganisationId).toBe(ministryId);
  });

  it("keeps the ministry as the updated program's reporting organisation, and records what the update replaced", async () => {
    const xml = fileOf(activityXml(identifier, { extra: '<transaction><transaction-type code="4"/><transaction-date iso-date="2023-05-01"/><value currency="USD" value-date="2023-05-01">70</value></transaction>' }));
    await createTransaction(test.db, { programId, type: "EXPENDITURE", date: new Date("2023-02-01"), amount: "55", currencyCode: "USD" });
    const preview = (await upload(xml, { token: govCo, agreementId: ccofta })).body.data;
    expect(preview.activities[0]!.action).toBe("update");
    expect((await confirm(preview.id, [identifier], govCo)).status).toBe(200);
    const program = await test.db.cooperationProgram.findUniqueOrThrow({ where: { id: programId }, include: { participants: { include: { organisation: true } }, transactions: true } });
    expect(program.participants.map((participant) => [participant.role, participant.organisation.name]).sort()).toEqual([["IMPLEMENTER", "International Labour Organization"]]);
    expect(program.reportingOrganisationId).toBe(ministryId);
    expect(program.transactions.map((transaction) => transaction.amount.toFixed())).toEqual(["70"]);
    const audit = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: programId, action: "program.import", after: { path: ["importId"], equals: preview.id } } });
    expect(JSON.stringify(audit.before)).toContain('"amount":"55"');
  });

  it("refuses to move a program to an agreement the ministry's country is not party to", async () => {
    const xml = fileOf(activityXml(identifier, { extra: '<lct:program type="TECHNICAL_COOPERATION" agreement="USMCA"><lct:detail name="expertiseArea">Inspection</lct:detail></lct:program>' }));
    const preview = (await upload(xml, { token: govCo, agreementId: ccofta })).body.data;
    expect(preview.activities[0]!.problems).toContainEqual({ tier: "critical", where: "agreement", message: "You may register programs only for agreements your country is party to." });
  });

  it("refuses to change a closed program", async () => {
    await test.db.cooperationProgram.update({ where: { id: programId }, data: { status: "CLOSED", actualEnd: new Date("2024-01-01") } });
    const preview = (await upload(fileOf(activityXml(identifier)), { token: govCo, agreementId: ccofta })).body.data;
    expect(preview.activities[0]!.action).toBe("skip");
    expect(preview.activities[0]!.problems.map((problem) => problem.message)).toContain("The program is closed or cancelled and can no longer be changed. An administrator can reopen it.");
  });
});
