// Writes through /api/v1 made with the session cookie must come from the app's own pages: another
// site's page can make a signed-in user's browser send the cookie (a form post, a fetch), but it can
// neither read the answer nor send an API token. Writes with a token are not concerned.
import { readdir } from "node:fs/promises";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { buildOpenApiDocument } from "@/lib/platform/openapi/document";
import { createAgreement, createOrganisation, createProgram } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { params, throughProxy, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

// The user the session cookie stands for. Decoding the cookie is next-auth's business (and needs a
// running Next.js request); everything from the decoded session on is the app's real code.
const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => session.user }));

const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "lct-uploads-"));
process.env.UPLOAD_DIR = uploads;
afterAll(() => fs.rmSync(uploads, { recursive: true, force: true }));

const test = provideTestDatabase();
bindAppDatabase(test);
// The app's public address, as a deployment behind a reverse proxy sets it.
vi.stubEnv("NEXTAUTH_URL", "https://tracker.example.org");
vi.stubEnv("NEXTAUTH_SECRET", "s".repeat(40));
vi.stubEnv("DATABASE_URL", test.url);

const { GET: me } = await import("@/app/api/v1/me/route");
const { POST: createToken } = await import("@/app/api/v1/tokens/route");
const { DELETE: revokeToken } = await import("@/app/api/v1/tokens/[id]/route");
const { POST: attachDocument } = await import("@/app/api/v1/programs/[id]/documents/route");
const { POST: importTransactions } = await import("@/app/api/v1/programs/[id]/transactions/import/route");
const { POST: uploadIati } = await import("@/app/api/v1/iati/import/route");

const APP = "http://localhost";
const EVIL = "http://evil.example";
const COOKIE = "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..session";
const CROSS_SITE = /came from another site and was refused.*API token/;

let minister: Actor;
let ministerToken: string;
let admin: Actor;
let programId = "";

beforeAll(async () => {
  const setup = await test.db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const ministry = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const program = await createProgram(tx, {
      agreementId: agreement.id,
      currencyCode: "USD",
      visibility: "PUBLISHED",
      participants: { create: [{ organisationId: ministry.id, role: "ACCOUNTABLE" }] },
    });
    return { ministry, program };
  });
  programId = setup.program.id;
  minister = await createActor(test.db, "GOVERNMENT", { organisationId: setup.ministry.id });
  ministerToken = await tokenFor(minister);
  admin = await createActor(test.db, "ADMIN");
});

type Sender = { cookie?: Actor; token?: string; headers?: Record<string, string> };

/**
 * A request as the browser (with the cookie of `cookie`'s session) or an API client (with `token`)
 * sends it, through the proxy as in the running app.
 */
function request(path: string, method: string, body: BodyInit | undefined, { cookie, token, headers = {} }: Sender) {
  session.user = cookie ?? null;
  const all = new Headers(headers);
  if (cookie) all.set("cookie", COOKIE);
  if (token) all.set("authorization", `Bearer ${token}`);
  return throughProxy(new Request(`${APP}${path}`, { method, headers: all, body }));
}

const json = (value: unknown, headers: Record<string, string> = {}) => ({ body: JSON.stringify(value), headers: { "content-type": "application/json", ...headers } });

async function postToken(sender: Sender, body: { body: BodyInit; headers: Record<string, string> } = json({ name: "made here" })) {
  const response = await createToken(await request("/api/v1/tokens", "POST", body.body, { ...sender, headers: { ...body.headers, ...sender.headers } }), params({}));
  return { status: response.status, body: (await response.json()) as { data?: { id: string; token: string }; error?: { code: string; message: string } } };
}

const tokensOf = (user: Actor) => test.db.apiToken.count({ where: { userId: user.id } });

describe("a write with the session cookie", () => {
  it("from another site's page is refused with 403 and writes nothing (POST /api/v1/tokens, Origin: http://evil.example)", async () => {
    const before = await tokensOf(minister);
    const auditBefore = await test.db.auditEvent.count({ where: { actorId: minister.id } });
    const refused = await postToken({ cookie: minister, headers: { origin: EVIL } });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toEqual({ code: "FORBIDDEN", message: expect.stringMatching(CROSS_SITE) });
    expect(await tokensOf(minister)).toBe(before);
    expect(await test.db.auditEvent.count({ where: { actorId: minister.id } })).toBe(auditBefore);
  });

  it("from the app's own pages is accepted, at the request's address or at NEXTAUTH_URL", async () => {
    const before = await tokensOf(minister);
    expect((await postToken({ cookie: minister, headers: { origin: APP } })).status).toBe(201);
    expect((await postToken({ cookie: minister, headers: { origin: "https://tracker.example.org" } })).status).toBe(201);
    expect(await tokensOf(minister)).toBe(before + 2);
  });

  it("from another port, scheme or subdomain of the same host is refused", async () => {
    for (const origin of ["http://localhost:4000", "https://localhost", "http://tracker.example.org", "https://evil.tracker.example.org", "null"]) {
      expect((await postToken({ cookie: minister, headers: { origin } })).status, origin).toBe(403);
    }
  });

  it("is not let through by forwarded headers anyone can send", async () => {
    const refused = await postToken({ cookie: minister, headers: { origin: EVIL, "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" } });
    expect(refused.status).toBe(403);
  });

  it("without Origin is judged by Sec-Fetch-Site, then by the Referer", async () => {
    const cases: [Record<string, string>, number][] = [
      [{ "sec-fetch-site": "cross-site" }, 403],
      [{ "sec-fetch-site": "same-site" }, 403],
      [{ "sec-fetch-site": "none" }, 403],
      [{ "sec-fetch-site": "same-origin" }, 201],
      [{ referer: `${EVIL}/prize.html` }, 403],
      [{ referer: `${APP}/account/tokens` }, 201],
      [{ referer: "https://tracker.example.org/account/tokens" }, 201],
      [{ "sec-fetch-site": "cross-site", referer: `${APP}/account/tokens` }, 403],
    ];
    for (const [headers, status] of cases) {
      expect((await postToken({ cookie: minister, headers })).status, JSON.stringify(headers)).toBe(status);
    }
  });

  it("that says nothing of where it came from is refused, naming what is missing", async () => {
    const refused = await postToken({ cookie: minister });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/no Origin, Sec-Fetch-Site or Referer header.*API token/);
  });

  it("is refused before its body is read, whatever the body: form-encoded and text/plain like a plain HTML form's", async () => {
    const before = await tokensOf(minister);
    const form = { body: "name=from+a+form", headers: { "content-type": "application/x-www-form-urlencoded" } };
    const text = { body: JSON.stringify({ name: "from a text/plain form" }), headers: { "content-type": "text/plain" } };
    for (const body of [form, text]) {
      const refused = await postToken({ cookie: minister, headers: { origin: EVIL } }, body);
      expect(refused.status).toBe(403);
      expect(refused.body.error?.message).toMatch(CROSS_SITE);
      // From the app's own origin the same body gets as far as the route, which takes only JSON.
      expect((await postToken({ cookie: minister, headers: { origin: APP } }, body)).status).toBe(415);
    }
    expect(await tokensOf(minister)).toBe(before);
  });

  it("that deletes is refused too", async () => {
    const { token, id } = (await postToken({ cookie: minister, headers: { origin: APP } })).body.data!;
    const revoke = async (origin: string) => (await revokeToken(await request(`/api/v1/tokens/${id}`, "DELETE", undefined, { cookie: minister, headers: { origin } }), params({ id }))).status;
    expect(await revoke(EVIL)).toBe(403);
    expect(await test.db.apiToken.findUniqueOrThrow({ where: { id } })).toMatchObject({ revokedAt: null });
    expect(token).toMatch(/^lct_/);
    expect(await revoke(APP)).toBe(204);
  });
});

describe("a read with the session cookie", () => {
  it("from another site is answered (browsers keep the answer from the other site)", async () => {
    const response = await me(await request("/api/v1/me", "GET", undefined, { cookie: minister, headers: { origin: EVIL, "sec-fetch-site": "cross-site" } }), params({}));
    expect(response.status).toBe(200);
  });
});

describe("a write with an API token", () => {
  it("is accepted whatever Origin it carries", async () => {
    const created = await postToken({ token: ministerToken, headers: { origin: EVIL, "sec-fetch-site": "cross-site" } });
    expect(created.status).toBe(201);
    expect((await postToken({ token: ministerToken })).status).toBe(201);
  });

  it("with a bad token is refused as unauthenticated, not let through on the cookie", async () => {
    const refused = await postToken({ cookie: minister, token: "lct_not-a-real-token", headers: { origin: APP } });
    expect(refused.status).toBe(401);
  });
});

describe("an anonymous write from another site", () => {
  it("is still asked to sign in", async () => {
    expect((await postToken({ headers: { origin: EVIL } })).status).toBe(401);
  });
});

// ───────────── Uploads: a plain HTML form on another site can send multipart/form-data ─────────────

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

function documentForm() {
  const form = new FormData();
  form.set("title", "Inspection report");
  form.set("category", "A01");
  form.set("file", new File([PDF], "report.pdf", { type: "application/pdf" }));
  return form;
}

let amount = 1000;

/** A CSV of one disbursement, a different one each time (the same row twice is flagged as a duplicate). */
function transactionsForm() {
  const form = new FormData();
  const row = `DISBURSEMENT,2026-02-01,${amount++}.00,USD`;
  form.set("file", new File([`type,date,amount,currency\n${row}\n`], "transactions.csv", { type: "text/csv" }));
  form.set("mode", "import");
  return form;
}

function iatiForm() {
  const form = new FormData();
  const xml = '<?xml version="1.0"?><iati-activities version="2.03"><iati-activity><iati-identifier>XM-TEST-1</iati-identifier></iati-activity></iati-activities>';
  form.set("file", new File([xml], "activities.xml", { type: "application/xml" }));
  return form;
}

describe("an upload with the session cookie", () => {
  const documents = () => test.db.document.count({ where: { programId } });
  const transactions = () => test.db.transaction.count({ where: { programId } });
  const attach = async (sender: Sender) =>
    (await attachDocument(await request(`/api/v1/programs/${programId}/documents`, "POST", documentForm(), sender), params({ id: programId }))).status;
  const importCsv = async (sender: Sender) =>
    (await importTransactions(await request(`/api/v1/programs/${programId}/transactions/import`, "POST", transactionsForm(), sender), params({ id: programId }))).status;

  it("of a document from another site is refused and stores nothing", async () => {
    const before = await documents();
    expect(await attach({ cookie: minister, headers: { origin: EVIL } })).toBe(403);
    expect(await attach({ cookie: minister, headers: { "sec-fetch-site": "cross-site" } })).toBe(403);
    expect(await documents()).toBe(before);
    expect(fs.readdirSync(uploads, { recursive: true })).toEqual([]);
  });

  it("of a document from the app's pages, or with a token from anywhere, is stored", async () => {
    const before = await documents();
    expect(await attach({ cookie: minister, headers: { origin: APP } })).toBe(201);
    expect(await attach({ token: ministerToken, headers: { origin: EVIL } })).toBe(201);
    expect(await documents()).toBe(before + 2);
  });

  it("of a transaction CSV from another site is refused and imports nothing", async () => {
    const before = await transactions();
    expect(await importCsv({ cookie: minister, headers: { origin: EVIL } })).toBe(403);
    expect(await transactions()).toBe(before);
    expect(await importCsv({ cookie: minister, headers: { origin: APP } })).toBe(201);
    expect(await importCsv({ token: ministerToken, headers: { origin: EVIL } })).toBe(201);
    expect(await transactions()).toBe(before + 2);
  });

  it("of an IATI file from another site is refused and stores nothing", async () => {
    const imports = () => test.db.iatiImport.count();
    const before = await imports();
    const upload = async (sender: Sender) => uploadIati(await request("/api/v1/iati/import", "POST", iatiForm(), sender), undefined);
    const refused = await upload({ cookie: admin, headers: { origin: EVIL } });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: "FORBIDDEN", message: expect.stringMatching(CROSS_SITE) } });
    expect(await imports()).toBe(before);
    const accepted = await upload({ cookie: admin, headers: { origin: APP } });
    expect(accepted.status, await accepted.clone().text()).toBe(201);
    expect(await imports()).toBe(before + 1);
  });
});

// ───────────── Every route: the rule lives where the cookie is read, so none can miss it ─────────────

const API_DIR = path.resolve(import.meta.dirname, "../../app/api/v1");
const WRITES = ["POST", "PUT", "PATCH", "DELETE"];
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

describe("every write under /api/v1", () => {
  it("refuses the session cookie from another site", async () => {
    const files = (await readdir(API_DIR, { recursive: true })).filter((entry) => path.basename(entry) === "route.ts");
    const answered: string[] = [];
    for (const file of files) {
      const route = (await import(/* @vite-ignore */ path.join(API_DIR, file))) as Record<string, unknown>;
      const apiPath = `/api/v1/${path.dirname(file).split(path.sep).join("/")}`;
      const names = [...apiPath.matchAll(/\[(\w+)\]/g)].map(([, name]) => name!);
      const url = apiPath.replace(/\[(\w+)\]/g, "cm00000000000000000000000");
      for (const method of WRITES.filter((verb) => typeof route[verb] === "function")) {
        const response = await (route[method] as Handler)(
          await request(url, method, method === "DELETE" ? undefined : JSON.stringify({}), { cookie: admin, headers: { origin: EVIL, "content-type": "application/json" } }),
          params(Object.fromEntries(names.map((name) => [name, name === "dataset" ? "programs" : "cm00000000000000000000000"]))),
        );
        const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
        answered.push(`${method} ${apiPath} ${response.status} ${CROSS_SITE.test(body.error?.message ?? "") ? "cross-site" : body.error?.message}`);
      }
    }
    expect(answered.length).toBeGreaterThan(50);
    expect(answered.filter((line) => !line.endsWith(" 403 cross-site"))).toEqual([]);
  });

  it("documents the 403 in the OpenAPI document", () => {
    const document = buildOpenApiDocument();
    const missing = Object.entries(document.paths).flatMap(([apiPath, item]) =>
      Object.entries(item)
        .filter(([method, operation]) => WRITES.includes(method.toUpperCase()) && !("403" in operation.responses))
        .map(([method]) => `${method.toUpperCase()} ${apiPath}`),
    );
    expect(missing).toEqual([]);
  });
});
