// The information exchange log through /api/v1/exchanges: who sees which exchanges, who may log,
// change and delete them, the rules on countries and provisions, concurrency, the audit trail, and
// the list's filters, search and paging.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db/create-client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { createAgreement, createDocument, createExchange, createProvision } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "lct-exchange-uploads-"));
process.env.UPLOAD_DIR = uploads;
afterAll(() => fs.rmSync(uploads, { recursive: true, force: true }));

const listRoute = await import("@/app/api/v1/exchanges/route");
const itemRoute = await import("@/app/api/v1/exchanges/[id]/route");
const documentsRoute = await import("@/app/api/v1/exchanges/[id]/documents/route");
const documentRoute = await import("@/app/api/v1/exchanges/[id]/documents/[documentId]/route");
const downloadRoute = await import("@/app/api/v1/documents/[id]/file/route");

const test = provideTestDatabase();
bindAppDatabase(test);

type Who = "admin" | "analyst" | "govMx" | "govUs" | "govCl" | "cso";
const actors = {} as Record<Who, Actor>;
const tokens = {} as Record<Who, string>;
/** Agreement A (MX, US, CA) and B (CL, US) hold the read-only exchanges e1–e5; W (MX, US) takes the writes. */
const refs = {} as { a: string; b: string; w: string; provisionA: string; provisionW1: string; provisionW2: string };
const seeded = {} as Record<"e1" | "e2" | "e3" | "e4" | "e5", string>;

beforeAll(async () => {
  const db = test.db;
  const provision = (tx: DbTx, agreementId: string, article: string) =>
    createProvision(tx, { agreementId, article, category: "OBLIGATIONS", topic: "FORCED_LABOUR", title: `Provision ${article}`, text: "Text." });
  await db.$transaction(async (tx) => {
    const a = await createAgreement(tx, { parties: ["MX", "US", "CA"] });
    const b = await createAgreement(tx, { parties: ["CL", "US"] });
    const w = await createAgreement(tx, { parties: ["MX", "US"] });
    const provisionA = await provision(tx, a.id, "Art. 1");
    Object.assign(refs, {
      a: a.id,
      b: b.id,
      w: w.id,
      provisionA: provisionA.id,
      provisionW1: (await provision(tx, w.id, "Art. 1")).id,
      provisionW2: (await provision(tx, w.id, "Art. 2")).id,
    });
    const make = async (data: Omit<Prisma.InformationExchangeUncheckedCreateInput, "date"> & { date: string }) =>
      (await createExchange(tx, { ...data, date: new Date(`${data.date}T00:00:00Z`) })).id;
    seeded.e1 = await make({
      agreementId: a.id, fromCountryCode: "MX", toCountryCode: null, kind: "LEGISLATION_UPDATE", date: "2021-04-23", isPublic: true,
      title: "Subcontracting reform", summary: "Effects on profit-sharing and minimum WAGE rules.",
      provisions: { create: [{ provisionId: provisionA.id }] },
    });
    seeded.e2 = await make({
      agreementId: a.id, fromCountryCode: "US", toCountryCode: "MX", kind: "INSPECTION_REPORT", date: "2024-05-06", isPublic: false,
      title: "Rapid response findings", summary: "Interviews point to unpaid wages and dismissals.",
    });
    seeded.e3 = await make({
      agreementId: a.id, fromCountryCode: "CA", toCountryCode: "US", kind: "BEST_PRACTICE", date: "2023-07-20", isPublic: false,
      title: "Pay equity regime", summary: "Employer plans and the commissioner's role.",
    });
    seeded.e4 = await make({
      agreementId: b.id, fromCountryCode: "CL", toCountryCode: null, kind: "LABOUR_MARKET_DATA", date: "2024-02-01", isPublic: false,
      title: "Chile Wage statistics", summary: "Quarterly series.",
    });
    seeded.e5 = await make({
      agreementId: b.id, fromCountryCode: "US", toCountryCode: "CL", kind: "OTHER", date: "2024-09-18", isPublic: true,
      title: "Forced labour enforcement", summary: "Withhold release orders.",
    });
  });
  actors.admin = await createActor(db, "ADMIN");
  actors.analyst = await createActor(db, "ANALYST");
  actors.govMx = await createActor(db, "GOVERNMENT", { country: "MX" });
  actors.govUs = await createActor(db, "GOVERNMENT", { country: "US" });
  actors.govCl = await createActor(db, "GOVERNMENT", { country: "CL" });
  actors.cso = await createActor(db, "CIVIL_SOCIETY", { country: "MX" });
  for (const key of Object.keys(actors) as Who[]) tokens[key] = await tokenFor(actors[key]);
});

type Exchange = { id: string; version: number; title: string; provisionIds: string[]; toCountryCode: string | null; isPublic: boolean };
type Body = {
  data: Exchange & Exchange[];
  page: { limit: number; nextCursor: string | null };
  total: number;
  error: { code: string; fieldErrors?: Record<string, string[]> };
};

async function call(response: Response) {
  return { status: response.status, body: (response.status === 204 ? {} : await response.json()) as Body };
}
const list = async (query: string, who?: Who) => call(await listRoute.GET(apiRequest(`/api/v1/exchanges${query}`, { token: who && tokens[who] }), params({})));
const create = async (body: unknown, who?: Who) => call(await listRoute.POST(apiRequest("/api/v1/exchanges", { token: who && tokens[who], method: "POST", body }), params({})));
const read = async (id: string, who?: Who) => call(await itemRoute.GET(apiRequest(`/api/v1/exchanges/${id}`, { token: who && tokens[who] }), params({ id })));
const update = async (id: string, body: unknown, who?: Who) =>
  call(await itemRoute.PATCH(apiRequest(`/api/v1/exchanges/${id}`, { token: who && tokens[who], method: "PATCH", body }), params({ id })));
const remove = async (id: string, version: number | string, who?: Who) =>
  call(await itemRoute.DELETE(apiRequest(`/api/v1/exchanges/${id}?version=${version}`, { token: who && tokens[who], method: "DELETE" }), params({ id })));

/** The ids a list query answers, in order. */
async function ids(query: string, who?: Who) {
  const { status, body } = await list(query, who);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.data.map((row) => row.id);
}

/** Which of the seeded exchanges (by name) a query answers, in order. */
async function names(query: string, who?: Who) {
  const byId = new Map(Object.entries(seeded).map(([name, id]) => [id, name]));
  return (await ids(query, who)).map((id) => byId.get(id) ?? id);
}

/** The seeded exchanges `who` sees under agreements A and B, newest first within each. */
const visible = async (who?: Who) => [...(await names(`?agreementId=${refs.a}`, who)), ...(await names(`?agreementId=${refs.b}`, who))];

const valid = (overrides: Record<string, unknown> = {}) => ({
  agreementId: refs.w,
  fromCountryCode: "MX",
  toCountryCode: "US",
  kind: "LEGISLATION_UPDATE",
  date: "2026-01-15",
  title: "Written exchange",
  summary: "A summary.",
  link: "https://example.org/reform",
  isPublic: false,
  provisionIds: [refs.provisionW1],
  ...overrides,
});

async function fieldErrorsOf(response: Promise<{ status: number; body: Body }>) {
  const { status, body } = await response;
  expect(status, JSON.stringify(body)).toBe(400);
  expect(body.error.code).toBe("INVALID_INPUT");
  return body.error.fieldErrors ?? {};
}

describe("who sees which exchanges", () => {
  it("shows anonymous visitors and civil society only public exchanges", async () => {
    expect(await visible()).toEqual(["e1", "e5"]);
    expect(await visible("cso")).toEqual(["e1", "e5"]);
  });

  it("shows a ministry the public exchanges and those its country sent, received, or got as a party", async () => {
    // MX: e1 (its own), e2 (to MX); not e3 (CA → US) nor e4 (CL to the parties of B, which MX is not).
    expect(await visible("govMx")).toEqual(["e2", "e1", "e5"]);
    expect(await visible("govCl")).toEqual(["e1", "e5", "e4"]);
    // US is a party to both: e3 went to it, e4 to all parties of B.
    expect(await visible("govUs")).toEqual(["e2", "e3", "e1", "e5", "e4"]);
    expect(await visible("analyst")).toEqual(["e2", "e3", "e1", "e5", "e4"]);
  });

  it("answers 404 for a restricted exchange outside the caller's scope, and the exchange to those in it", async () => {
    expect((await read(seeded.e3)).status).toBe(404);
    expect((await read(seeded.e3, "cso")).status).toBe(404);
    expect((await read(seeded.e3, "govMx")).status).toBe(404);
    const { status, body } = await read(seeded.e3, "govUs");
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ id: seeded.e3, title: "Pay equity regime", fromCountry: { code: "CA" }, toCountry: { code: "US" } });
    const publicOne = await read(seeded.e1);
    expect(publicOne.status).toBe(200);
    expect(publicOne.body.data).toMatchObject({ toCountry: null, provisions: [{ id: refs.provisionA, article: "Art. 1" }] });
    expect((await read("no-such-exchange", "admin")).status).toBe(404);
  });
});

describe("filters, search and paging", () => {
  it.each([
    ["kind", `?kind=INSPECTION_REPORT`, ["e2"]],
    ["sending country", `?from=US`, ["e5", "e2"]],
    ["receiving country, counting what went to all parties of its agreements", `?to=US`, ["e4", "e3", "e1"]],
    ["receiving country, not counting what it sent to all parties itself", `?to=MX`, ["e2"]],
    ["year", `?year=2024`, ["e5", "e2", "e4"]],
    ["visibility", `?visibility=public`, ["e5", "e1"]],
    ["restricted only", `?visibility=restricted&agreementId=A`, ["e2", "e3"]],
    ["search in title and summary, whatever the case", `?q=wage`, ["e2", "e4", "e1"]],
    ["search combined with a filter", `?q=WAGE&kind=LABOUR_MARKET_DATA`, ["e4"]],
    ["a search that matches nothing", `?q=nothing-like-this`, []],
    ["oldest first", `?agreementId=A&sort=date`, ["e1", "e3", "e2"]],
    ["title, A to Z", `?agreementId=A&sort=title`, ["e3", "e2", "e1"]],
    ["title, Z to A", `?agreementId=A&sort=-title`, ["e1", "e2", "e3"]],
  ])("filters by %s", async (_label, query, expected) => {
    expect(await names(query.replace("agreementId=A", `agreementId=${refs.a}`), "analyst")).toEqual(expected);
  });

  it("applies the filters within the caller's scope", async () => {
    expect(await names("?q=wage")).toEqual(["e1"]);
    expect(await names("?visibility=restricted")).toEqual([]);
    expect(await names("?year=2024", "govMx")).toEqual(["e5", "e2"]);
  });

  it("pages in order with a total, and refuses filters and cursors it does not know", async () => {
    const first = await list(`?agreementId=${refs.a}&limit=2`, "analyst");
    expect(first.body.data.map((row) => row.id)).toEqual([seeded.e2, seeded.e3]);
    expect(first.body.page).toEqual({ limit: 2, nextCursor: "2" });
    expect(first.body.total).toBe(3);
    const second = await list(`?agreementId=${refs.a}&limit=2&cursor=2`, "analyst");
    expect(second.body.data.map((row) => row.id)).toEqual([seeded.e1]);
    expect(second.body.page.nextCursor).toBeNull();
    const bad = await list("?kind=GOSSIP&year=nineteen&visibility=secret&sort=size");
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fieldErrors ?? {}).sort()).toEqual(["kind", "sort", "visibility", "year"]);
    expect((await list("?cursor=abc")).status).toBe(400);
  });
});

describe("logging an exchange", () => {
  it("lets a ministry log what its country shared, with its provisions, and audits it", async () => {
    const { status, body } = await create(valid({ toCountryCode: "", isPublic: "on" }), "govMx");
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body.data).toMatchObject({ fromCountryCode: "MX", toCountryCode: null, isPublic: true, version: 1, provisionIds: [refs.provisionW1] });
    const stored = await test.db.informationExchange.findUniqueOrThrow({ where: { id: body.data.id } });
    expect(stored).toMatchObject({ createdById: actors.govMx.id, link: "https://example.org/reform", date: new Date("2026-01-15T00:00:00Z") });
    const event = await test.db.auditEvent.findFirstOrThrow({ where: { entityType: "InformationExchange", entityId: body.data.id } });
    expect(event).toMatchObject({ action: "exchange.create", actorId: actors.govMx.id, before: null });
    expect(event.after).toMatchObject({ id: body.data.id, title: "Written exchange", fromCountryCode: "MX", provisionIds: [refs.provisionW1] });
  });

  it("refuses civil society, analysts and anonymous callers", async () => {
    const before = await test.db.informationExchange.count();
    expect((await create(valid(), "cso")).status).toBe(403);
    expect((await create(valid(), "analyst")).status).toBe(403);
    expect((await create(valid())).status).toBe(401);
    expect(await test.db.informationExchange.count()).toBe(before);
  });

  it("refuses a ministry logging for another country or under an agreement its country is not party to", async () => {
    expect(Object.keys(await fieldErrorsOf(create(valid({ fromCountryCode: "US", toCountryCode: "MX" }), "govMx")))).toEqual(["fromCountryCode"]);
    const chile = await fieldErrorsOf(create(valid({ fromCountryCode: "CL", toCountryCode: "" }), "govCl"));
    expect(chile.agreementId?.[0]).toMatch(/not a party/);
    expect(chile.fromCountryCode?.[0]).toMatch(/CL is not a party/);
  });

  it("reports every problem of a form at once, the countries included", async () => {
    const errors = await fieldErrorsOf(create(valid({ toCountryCode: "MX", date: "2026-02-30", link: "notaurl", title: "" }), "govMx"));
    expect(Object.keys(errors).sort()).toEqual(["date", "link", "title", "toCountryCode"]);
  });

  it("lets an administrator log for any party", async () => {
    const { status, body } = await create(valid({ fromCountryCode: "US", toCountryCode: "MX", provisionIds: [] }), "admin");
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body.data).toMatchObject({ fromCountryCode: "US", toCountryCode: "MX", provisionIds: [] });
  });

  it.each([
    ["the same sending and receiving country", { toCountryCode: "MX" }, "toCountryCode"],
    ["a receiving country that is not a party", { toCountryCode: "CL" }, "toCountryCode"],
    ["a provision of another agreement", { provisionIds: ["W1", "A"] }, "provisionIds"],
    ["a date that does not exist", { date: "2026-02-30" }, "date"],
    ["a date in another format", { date: "15/01/2026" }, "date"],
    ["no date", { date: "" }, "date"],
    ["a link that is not a web address", { link: "not a url" }, "link"],
    ["a link with another scheme", { link: "javascript:alert(1)" }, "link"],
    ["an unknown kind", { kind: "RUMOUR" }, "kind"],
    ["no title", { title: "  " }, "title"],
    ["an unknown agreement", { agreementId: "no-such-agreement" }, "agreementId"],
    ["a provision listed twice", { provisionIds: ["W1", "W1"] }, "provisionIds"],
  ])("refuses %s on its field and records nothing", async (_label, overrides, field) => {
    // The table is built before the provisions exist: "A" and "W1" name them.
    const provisionOf = (name: string) => (name === "A" ? refs.provisionA : refs.provisionW1);
    const resolved = Object.fromEntries(Object.entries(overrides).map(([key, value]) => [key, Array.isArray(value) ? value.map(provisionOf) : value]));
    const before = await test.db.informationExchange.count();
    expect(Object.keys(await fieldErrorsOf(create(valid(resolved), "govMx")))).toEqual([field]);
    expect(await test.db.informationExchange.count()).toBe(before);
  });
});

describe("changing and deleting an exchange", () => {
  async function logged(who: Who = "govMx", overrides: Record<string, unknown> = {}) {
    const { status, body } = await create(valid(overrides), who);
    expect(status, JSON.stringify(body)).toBe(201);
    return body.data;
  }

  it("updates the fields and provisions at the version seen, refuses a stale edit with 409, and audits before and after", async () => {
    const exchange = await logged();
    const first = await update(exchange.id, { ...valid({ title: "Revised", provisionIds: [refs.provisionW2], toCountryCode: null }), version: 1 }, "govMx");
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.data).toMatchObject({ title: "Revised", version: 2, toCountryCode: null, provisionIds: [refs.provisionW2] });
    const stale = await update(exchange.id, { ...valid({ title: "Lost edit" }), version: 1 }, "govMx");
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("STALE_VERSION");
    expect((await test.db.informationExchange.findUniqueOrThrow({ where: { id: exchange.id } })).title).toBe("Revised");
    const event = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: exchange.id, action: "exchange.update" } });
    expect(event.before).toMatchObject({ title: "Written exchange", version: 1, provisionIds: [refs.provisionW1] });
    expect(event.after).toMatchObject({ title: "Revised", version: 2, provisionIds: [refs.provisionW2] });
    expect(await test.db.auditEvent.count({ where: { entityId: exchange.id, action: "exchange.update" } })).toBe(1);
  });

  it("answers a body that is not an object with 400 and writes nothing", async () => {
    const exchange = await logged();
    const auditBefore = await test.db.auditEvent.count();
    for (const body of [null, [], "x", 7]) {
      for (const answer of [await create(body, "govMx"), await update(exchange.id, body, "govMx")]) {
        expect(answer.status, JSON.stringify(body)).toBe(400);
        expect(answer.body.error.code).toBe("INVALID_INPUT");
      }
    }
    expect(await test.db.auditEvent.count()).toBe(auditBefore);
  });

  it("checks the rules again on update and needs the version", async () => {
    const exchange = await logged();
    expect(Object.keys(await fieldErrorsOf(update(exchange.id, { ...valid({ fromCountryCode: "US", toCountryCode: "MX" }), version: 1 }, "govMx")))).toEqual(["fromCountryCode"]);
    expect(Object.keys(await fieldErrorsOf(update(exchange.id, { ...valid({ date: "yesterday" }), version: 1 }, "govMx")))).toEqual(["date"]);
    expect(Object.keys(await fieldErrorsOf(update(exchange.id, valid(), "govMx")))).toEqual(["version"]);
  });

  it("lets only the sending country's ministries and administrators change or delete it", async () => {
    const exchange = await logged("govMx", { toCountryCode: "US" });
    // The US received it, so sees it, but did not send it.
    expect((await update(exchange.id, { ...valid({ fromCountryCode: "US", toCountryCode: "MX" }), version: 1 }, "govUs")).status).toBe(403);
    expect((await remove(exchange.id, 1, "govUs")).status).toBe(403);
    // Chile cannot even see it.
    expect((await update(exchange.id, { ...valid(), version: 1 }, "govCl")).status).toBe(404);
    expect((await remove(exchange.id, 1, "govCl")).status).toBe(404);
    expect((await update(exchange.id, { ...valid(), version: 1 }, "cso")).status).toBe(403);
    expect((await remove(exchange.id, 1, "analyst")).status).toBe(403);
    expect((await remove(exchange.id, 1)).status).toBe(401);
    const byAdmin = await update(exchange.id, { ...valid({ title: "Corrected by the secretariat" }), version: 1 }, "admin");
    expect(byAdmin.status).toBe(200);
    // A ministry cannot take over another country's exchange either.
    const american = await logged("admin", { fromCountryCode: "US", toCountryCode: "MX" });
    expect((await update(american.id, { ...valid(), version: 1 }, "govMx")).status).toBe(403);
  });

  it("deletes only at the current version, with its provisions and documents, and audits it", async () => {
    const exchange = await logged();
    await createDocument(test.db, { title: "Decree", category: "A04", url: "https://example.org/decree", exchangeId: exchange.id });
    await update(exchange.id, { ...valid({ title: "Second version" }), version: 1 }, "govMx");
    expect((await remove(exchange.id, 1, "govMx")).status).toBe(409);
    expect((await remove(exchange.id, "x", "govMx")).status).toBe(400);
    expect(await test.db.informationExchange.count({ where: { id: exchange.id } })).toBe(1);
    expect((await remove(exchange.id, 2, "govMx")).status).toBe(204);
    expect(await test.db.informationExchange.count({ where: { id: exchange.id } })).toBe(0);
    expect(await test.db.document.count({ where: { exchangeId: exchange.id } })).toBe(0);
    expect(await test.db.exchangeProvision.count({ where: { exchangeId: exchange.id } })).toBe(0);
    const event = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: exchange.id, action: "exchange.delete" } });
    expect(event).toMatchObject({ entityType: "InformationExchange", actorId: actors.govMx.id, after: null });
    expect(event.before).toMatchObject({ title: "Second version", version: 2 });
    expect((await remove(exchange.id, 2, "govMx")).status).toBe(404);
  });

  it("writes no audit event for a refused change", async () => {
    const exchange = await logged();
    const before = await test.db.auditEvent.count({ where: { entityId: exchange.id } });
    await update(exchange.id, { ...valid({ toCountryCode: "MX" }), version: 1 }, "govMx");
    await update(exchange.id, { ...valid(), version: 7 }, "govMx");
    await remove(exchange.id, 1, "govUs");
    expect(await test.db.auditEvent.count({ where: { entityId: exchange.id } })).toBe(before);
  });
});

describe("an exchange's documents", () => {
  it("are attached and removed by the sending country's ministry, with uploads checked, stored and audited", async () => {
    const created = await create({ agreementId: refs.w, fromCountryCode: "MX", kind: "LABOUR_MARKET_DATA", date: "2025-02-03", title: "Wage series", isPublic: true }, "govMx");
    expect(created.status).toBe(201);
    const id = created.body.data.id;
    const attachLink = (who: Who, body: unknown) =>
      documentsRoute.POST(apiRequest(`/api/v1/exchanges/${id}/documents`, { token: tokens[who], method: "POST", body }), params({ id }));
    const link = { title: "Methodology note", category: "A04", url: "https://example.org/note.pdf" };

    expect((await attachLink("govUs", link)).status).toBe(403);
    expect((await attachLink("cso", link)).status).toBe(403);
    const noTarget = await attachLink("govMx", { title: "Nothing", category: "A04" });
    expect(noTarget.status).toBe(400);
    expect(((await noTarget.json()) as Body).error.fieldErrors?.file?.[0]).toMatch(/Choose a file/);
    const linked = await attachLink("govMx", link);
    expect(linked.status).toBe(201);

    const content = "quarter,wage\n2025Q1,8364\n";
    const form = new FormData();
    form.set("title", "Wage series, first quarter");
    form.set("category", "A04");
    form.set("file", new File([content], "wages.csv", { type: "text/csv" }));
    const upload = await documentsRoute.POST(
      new Request(`http://localhost/api/v1/exchanges/${id}/documents`, { method: "POST", headers: { authorization: `Bearer ${tokens.govMx}` }, body: form }),
      params({ id }),
    );
    expect(upload.status).toBe(201);
    const stored = ((await upload.json()) as { data: { id: string; checksum: string; sizeBytes: number } }).data;
    expect(stored.checksum).toBe(createHash("sha256").update(content).digest("hex"));

    // The exchange is public, so anyone may download its file.
    const download = await downloadRoute.GET(apiRequest(`/api/v1/documents/${stored.id}/file`), params({ id: stored.id }));
    expect(download.status).toBe(200);
    expect(await download.text()).toBe(content);

    const remove = (who: Who, documentId: string) =>
      documentRoute.DELETE(apiRequest(`/api/v1/exchanges/${id}/documents/${documentId}`, { token: tokens[who], method: "DELETE" }), params({ id, documentId }));
    expect((await remove("govUs", stored.id)).status).toBe(403);
    expect((await remove("govMx", stored.id)).status).toBe(204);
    expect((await downloadRoute.GET(apiRequest(`/api/v1/documents/${stored.id}/file`), params({ id: stored.id }))).status).toBe(404);
    expect(fs.readdirSync(uploads, { recursive: true }).filter((entry) => fs.statSync(path.join(uploads, String(entry))).isFile())).toEqual([]);

    const actions = await test.db.auditEvent.findMany({ where: { entityType: "InformationExchange", entityId: id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(["exchange.create", "exchange.document.attach", "exchange.document.attach", "exchange.document.remove"]);
  });
});
