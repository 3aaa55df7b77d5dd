// Updating programs from IATI files: the preview says field by field and record by record what an
// update changes, and an update from a file another tool wrote (without the tracker's extension)
// keeps what IATI has no place for — the type, topics, provisions, lead institution, civil-society
// participants and the type's details — changing the type only when the file states it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { activityBatches } from "@/lib/domain/iati/export/query";
import { iatiActivitiesStream } from "@/lib/domain/iati/export/stream";
import type { IatiImportView } from "@/lib/domain/iati/import/view";
import { ZProgramFilter } from "@/lib/domain/programs/schemas";
import { seed } from "@/prisma/seed";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { POST: uploadRoute } = await import("@/app/api/v1/iati/import/route");
const { POST: confirmRoute } = await import("@/app/api/v1/iati/import/[id]/confirm/route");

const test = provideTestDatabase();
bindAppDatabase(test);

let adminToken: string;
let otherAgreementId: string;

beforeAll(async () => {
  await seed(test.db, { demo: true });
  adminToken = await tokenFor(await createActor(test.db, "ADMIN"));
  otherAgreementId = (await test.db.agreement.findUniqueOrThrow({ where: { shortName: "EVFTA" } })).id;
}, 120_000);

async function upload(xml: string, agreementId?: string) {
  const form = new FormData();
  form.set("file", new File([xml], "activities.xml", { type: "application/xml" }));
  if (agreementId) form.set("agreementId", agreementId);
  const response = await uploadRoute(new Request("http://localhost/api/v1/iati/import", { method: "POST", headers: { authorization: `Bearer ${adminToken}` }, body: form }), undefined);
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: IatiImportView }).data;
}

async function confirm(id: string, activities: string[]) {
  const response = await confirmRoute(apiRequest(`/api/v1/iati/import/${id}/confirm`, { method: "POST", token: adminToken, body: { activities } }), params({ id }));
  expect(response.status).toBe(200);
}

/** One program as the tracker exports it: the activity of the whole export, in the export's header. */
async function exported(identifier: string): Promise<string> {
  const stream = iatiActivitiesStream(activityBatches({ role: "ADMIN" } as Actor, ZProgramFilter.parse({})), (id) => `https://tracker.test/api/v1/documents/${id}/file`);
  const xml = await new Response(stream).text();
  const activity = xml.match(/<iati-activity[ >][\s\S]*?<\/iati-activity>/g)!.find((candidate) => candidate.includes(`<iati-identifier>${identifier}</iati-identifier>`));
  expect(activity).toBeDefined();
  return `${xml.slice(0, xml.indexOf("<iati-activity"))}${activity}\n</iati-activities>\n`;
}

/** The file as another tool would write it: IATI only, without the tracker's namespace. */
const withoutExtension = (xml: string) =>
  xml
    .replace(/<lct:program[\s\S]*?<\/lct:program>|<lct:program[^>]*\/>/g, "")
    .replace(/ lct:[a-z-]+="[^"]*"/g, "")
    .replace(/ xmlns:lct="[^"]*"/, "");

/** Everything an update could lose, as comparable values. */
async function snapshot(identifier: string) {
  const program = await test.db.cooperationProgram.findUniqueOrThrow({
    where: { identifier },
    include: {
      participants: { select: { role: true, organisationId: true } },
      provisions: { select: { provisionId: true } },
      beneficiaries: { select: { countryCode: true } },
      budgets: { select: { type: true, status: true, periodStart: true, periodEnd: true, amount: true, currencyCode: true } },
      transactions: { select: { type: true, date: true, amount: true, currencyCode: true, providerId: true, receiverId: true, reference: true } },
      indicators: { select: { title: true, measure: true, periods: { select: { periodStart: true, periodEnd: true, targetValue: true, actualValue: true } } } },
      documents: { select: { url: true } },
    },
  });
  const { id: _id, version: _version, updatedAt: _updatedAt, createdAt: _createdAt, ...fields } = program;
  const sorted = <T>(list: T[]) => list.map((item) => JSON.stringify(item)).sort();
  return {
    ...fields,
    participants: sorted(program.participants),
    provisions: sorted(program.provisions),
    beneficiaries: sorted(program.beneficiaries),
    budgets: sorted(program.budgets),
    transactions: sorted(program.transactions),
    indicators: sorted(program.indicators.map((indicator) => ({ ...indicator, periods: sorted(indicator.periods) }))),
    documents: sorted(program.documents),
  };
}

describe("an update from a file without the tracker's extension", () => {
  let identifier: string;

  beforeAll(async () => {
    const program = await test.db.cooperationProgram.findFirstOrThrow({
      where: { type: "JOINT_RESEARCH", provisions: { some: {} }, leadInstitutionId: { not: null }, participants: { some: { role: { in: ["CONSULTED", "MONITOR", "BENEFICIARY"] } } } },
      orderBy: { identifier: "asc" },
    });
    identifier = program.identifier;
  });

  it("previews the program's own file back as unchanged, field by field", async () => {
    const preview = await upload(await exported(identifier));
    const activity = preview.activities[0]!;
    expect(activity.action).toBe("update");
    expect(activity.changes?.fields).toEqual([]);
    expect(activity.unchanged).toBe(true);
  });

  it("keeps the type, topics, provisions, lead institution, civil-society participants, details and agreement", async () => {
    const before = await snapshot(identifier);
    // The file's agreement for activities that name none does not move a program that has one.
    const preview = await upload(withoutExtension(await exported(identifier)), otherAgreementId);
    const activity = preview.activities[0]!;
    expect(activity.action).toBe("update");
    expect(activity.problems.filter((problem) => problem.tier !== "warning")).toEqual([]);
    expect(activity.changes?.fields).toEqual([]);
    expect(activity.unchanged).toBe(true);
    await confirm(preview.id, [identifier]);
    expect(await snapshot(identifier)).toEqual(before);
  });

  it("changes the type only when the file states it, and says so", async () => {
    const xml = withoutExtension(await exported(identifier)).replace(/<default-aid-type code="D02" vocabulary="1"\/>|<default-aid-type vocabulary="1" code="D02"\/>/, '<default-aid-type code="C01" vocabulary="1"/>');
    expect(xml).toContain('code="C01"');
    const activity = (await upload(xml)).activities[0]!;
    // Financial assistance needs a funder, which the file does not name: the type stays, with a reason.
    expect(activity.changes?.fields.find((change) => change.field === "type")).toBeUndefined();
    expect(activity.problems).toContainEqual({ tier: "warning", where: "default-aid-type", message: "Financial assistance needs a funding organisation (role 1); the program keeps its type." });
    const stated = (await upload((await exported(identifier)).replace(/(<lct:program[^>]*) type="JOINT_RESEARCH"/, '$1 type="TECHNICAL_COOPERATION"'))).activities[0]!;
    expect(stated.changes?.fields).toContainEqual({ field: "type", from: "JOINT_RESEARCH", to: "TECHNICAL_COOPERATION" });
    expect(stated.problems.some((problem) => problem.where === "type" && problem.tier === "warning")).toBe(true);
  });
});

describe("the field-by-field preview of an update", () => {
  it("shows each field from → to, and each record added, removed or changed, with what stays", async () => {
    const program = await test.db.cooperationProgram.findFirstOrThrow({
      where: { type: "TECHNICAL_COOPERATION", budgets: { some: {} }, transactions: { some: {} }, indicators: { some: { periods: { some: {} } } }, documents: { some: { url: { not: null } } } },
      include: { budgets: true, transactions: true },
      orderBy: { identifier: "asc" },
    });
    let xml = await exported(program.identifier);
    const title = /<title>\s*<narrative>([^<]*)<\/narrative>/.exec(xml)![1]!;
    xml = xml.replace(`<narrative>${title}</narrative>`, "<narrative>A new title</narrative>");
    xml = xml.replace(/<budget [\s\S]*?<\/budget>/, (budget) => `${budget}${budget.replace(/iso-date="(\d{4})/g, (_, year: string) => `iso-date="${Number(year) + 20}`)}`);
    xml = xml.replace(/<transaction>[\s\S]*?<\/transaction>/, "");
    const activity = (await upload(xml)).activities[0]!;
    expect(activity.unchanged).toBe(false);
    expect(activity.changes!.fields).toContainEqual({ field: "title", from: title.replaceAll("&amp;", "&").replaceAll("&apos;", "'"), to: "A new title" });
    expect(activity.changes!.unchangedFields).toBeGreaterThan(5);
    expect(activity.changes!.records.budgets).toMatchObject({ added: [expect.any(Object)], removed: [], unchanged: program.budgets.length });
    expect(activity.changes!.records.transactions).toMatchObject({ added: [], unchanged: program.transactions.length - 1 });
    expect(activity.changes!.records.transactions!.removed).toHaveLength(1);
    expect(activity.changes!.records.participants).toMatchObject({ added: [], removed: [] });
    expect(activity.changes!.records.documents).toMatchObject({ added: [], removed: [] });
    expect(activity.changes!.records.indicators).toMatchObject({ added: [], removed: [], changed: [] });
  });
});
