// Every write operation of the API (POST, PATCH, DELETE in lib/platform/openapi/registry.ts) is sent
// generated malformed requests — bodies, query strings and path ids — as an administrator and as a
// ministry, through its route handler. Property: no answer is a 5xx (nor a thrown error, which
// Next.js would answer 500), and a request that is refused writes no audit event.
//
// What it proves, precisely. Bodies are hostile values (wrong types, nulls, huge and empty strings,
// 1e400 and 30-digit numbers, impossible dates, control characters and NUL, __proto__ and
// constructor keys, arrays for objects, deep nesting, malformed JSON and multipart) or — most of
// them — a valid example of the operation's schema with one or two fields made wrong or left out,
// so that rules which run only on otherwise valid bodies are reached too. Path ids are real records
// (so that handlers get past "not found") or garbage. Nearly every request is invalid; one that
// happens to be valid, or an operation that takes no body (submit, withdraw, mark read) called on a
// real id, may succeed. Such a 2xx is counted and reported, and only for it may the audit trail
// grow: every other answer must leave the AuditEvent count as it was. The seed and the number of
// runs per operation are fixed, so a failure is reproducible. Run against the code before its
// fixes, it found the budget with an empty periodStart and the period moved onto another's start.
import path from "node:path";
import fc from "fast-check";
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { API_ENDPOINTS, type ApiEndpoint } from "@/lib/platform/openapi/registry";
import { seed } from "@/prisma/seed";
import { params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const test = provideTestDatabase();
bindAppDatabase(test);

const SEED = 20_261_206;
const RUNS_PER_OPERATION = 200;

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const WRITES = API_ENDPOINTS.filter((endpoint) => endpoint.method !== "GET");

/** Real ids of seeded records, by the path parameter (and, for `{id}`, the collection) they fill. */
const realIds: Record<string, string[]> = {};
const tokens = {} as { admin: string; government: string };
/** For each operation with a body, a valid one when the examples below make one. */
const validBodies = new Map<ApiEndpoint, Record<string, unknown>>();

async function actorOf(email: string): Promise<Actor> {
  const user = await test.db.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId, organisationName: user.organisation.name, countryCode: user.organisation.countryCode };
}

beforeAll(async () => {
  const db = test.db;
  await seed(db, { demo: true });
  const admin = await actorOf("admin@demo.test");
  const first = async (rows: Promise<{ id: string }[]>) => (await rows).map((row) => row.id);
  // Tokens of its own to revoke: DELETE /api/v1/tokens/{id} needs no body, and would otherwise
  // revoke the token the test sends.
  await tokenFor(admin);
  await tokenFor(admin);
  const spareIds = await first(db.apiToken.findMany({ where: { userId: admin.id }, select: { id: true } }));
  tokens.admin = await tokenFor(admin);
  tokens.government = await tokenFor(await actorOf("gov.mx@demo.test"));
  // A program of the Mexican ministry with every kind of record, so that nested ids are its own.
  const program = await db.cooperationProgram.findFirstOrThrow({
    where: { budgets: { some: {} }, transactions: { some: {} }, indicators: { some: { periods: { some: {} } } }, participants: { some: { organisation: { countryCode: "MX" } } } },
    select: {
      id: true,
      budgets: { select: { id: true }, take: 1 },
      transactions: { select: { id: true }, take: 1 },
      indicators: { select: { id: true, periods: { select: { id: true }, take: 1 } }, where: { periods: { some: {} } }, take: 1 },
      participants: { select: { id: true }, take: 1 },
      documents: { select: { id: true }, take: 1 },
    },
  });
  const take = { select: { id: true }, take: 2 } as const;
  Object.assign(realIds, {
    "programs/id": [program.id],
    budgetId: program.budgets.map((row) => row.id),
    transactionId: program.transactions.map((row) => row.id),
    indicatorId: program.indicators.map((row) => row.id),
    periodId: program.indicators.flatMap((row) => row.periods.map((period) => period.id)),
    participantId: program.participants.map((row) => row.id),
    documentId: [...program.documents.map((row) => row.id), ...(await first(db.document.findMany(take)))],
    "agreements/id": await first(db.agreement.findMany(take)),
    "attendance/id": await first(db.attendance.findMany(take)),
    "comments/id": await first(db.comment.findMany(take)),
    "documents/id": await first(db.document.findMany(take)),
    "events/id": await first(db.event.findMany(take)),
    "exchange-rates/id": await first(db.exchangeRate.findMany(take)),
    "exchanges/id": await first(db.informationExchange.findMany(take)),
    "institutions/id": await first(db.institution.findMany(take)),
    "measures/id": await first(db.measure.findMany(take)),
    "meetings/id": await first(db.meeting.findMany(take)),
    "notifications/id": await first(db.notification.findMany(take)),
    "participation-requests/id": await first(db.participationRequest.findMany(take)),
    "plans/id": await first(db.plan.findMany(take)),
    "provisions/id": await first(db.labourProvision.findMany(take)),
    "tokens/id": spareIds,
  });
  realOrganisation = (await db.organisation.findFirstOrThrow({ where: { countryCode: "MX", kind: "GOVERNMENT_MINISTRY" }, select: { id: true } })).id;
  for (const endpoint of WRITES) {
    const body = validBody(endpoint);
    if (body) validBodies.set(endpoint, body);
  }
}, 180_000);

// ───────────────────────────── Hostile values ─────────────────────────────

/** A JSON token written as is: numbers JSON can carry but JavaScript cannot, and nesting too deep to walk. */
class Raw {
  constructor(readonly text: string) {}
}

const HOSTILE_STRINGS = [
  "", " ", "\u0000", "a\u0000b", "\u0007\u001b[31m\r\n\t", "\u202e\ufeff", "\ud800", "😀😀😀",
  "2025-02-30", "2025-13-01", "0000-00-00", "1969-12-31T23:59:60Z", "99999-01-01", "2025-1-1",
  "1e400", "-1e400", "NaN", "Infinity", "-0", "0x1", "1e3", " 1", "+1", "123456789012345678901234567890", "1234567890123456789.12345678901",
  "__proto__", "constructor", "prototype", "toString", "null", "undefined", "true", "[]", "{}",
  "../../etc/passwd", "%00", "%zz", "<script>alert(1)</script>", "' OR 1=1 --", "javascript:alert(1)", "http://localhost:3000.evil.example/",
  "USD", "XXX", "ZZ", "DRAFT", "ADMIN", "cm00000000000000000000000",
];

const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(5_000), "ü".repeat(70_000), "9".repeat(2_000)) },
);

const hostileScalar = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -1e308, 1e-300) },
  { weight: 1, arbitrary: fc.integer() },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      new Raw("1e400"), new Raw("-1e400"), new Raw("123456789012345678901234567890"), new Raw("0.000000000000000000000000000001"),
      new Raw("1.5e-400"), new Raw("-0"), new Raw(`${"[".repeat(5_000)}${"]".repeat(5_000)}`), new Raw(`${'{"a":'.repeat(3_000)}1${"}".repeat(3_000)}`),
    ),
  },
);

/** What a field of an otherwise valid body is most often wrong with: empty, null, the wrong type, an impossible date. */
const blunder = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom<unknown>("", " ", null, 0, -1, [], {}, true, "2025-02-30", "x", new Raw("1e400")) },
  { weight: 1, arbitrary: fc.constant(undefined).chain(() => hostileValue) },
);

const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "", "\u0000", "id", "version", "createdById", "role"];

const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: hostileScalar },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), tie("value"), { maxKeys: 3 }) },
  ),
})).value;

/** JSON text for `value`, with Raw tokens written as they are and every key kept as an own key. */
function jsonText(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(",")}]`;
  if (value && typeof value === "object") return `{${Object.entries(value).map(([key, inner]) => `${JSON.stringify(key)}:${jsonText(inner)}`).join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

/** The fields a body schema names (an object's keys; a union's, together), so that generated bodies reach their rules. */
function fieldsOf(schema: unknown): string[] {
  const def = (schema as { def?: { shape?: Record<string, unknown>; options?: unknown[]; in?: unknown; innerType?: unknown } })?.def;
  if (!def) return [];
  if (def.shape) return Object.keys(def.shape);
  if (def.options) return [...new Set(def.options.flatMap(fieldsOf))];
  return fieldsOf(def.in ?? def.innerType);
}

// ───────────────────────────── Valid bodies to start from ─────────────────────────────

// Rules across fields run only once the other fields are valid (an invalid enum stops them), so a
// body that is wrong everywhere never reaches them. Most generated bodies are therefore a valid
// example of the operation's schema with one or two fields made hostile or left out.

/** A plausible valid value for a field, by its name, for fields whose rule is a format. */
function exampleByName(name: string): unknown {
  const realId = (key: string) => realIds[key]?.[0] ?? "cm00000000000000000000000";
  if (/^(periodStart|startDate|date|signedOn|validOn|plannedStart|actualStart|documentDate|from)$/.test(name)) return "2025-01-01";
  if (/^(periodEnd|endDate|inForceOn|plannedEnd|actualEnd|dueDate|valueDate|to)$/.test(name)) return "2025-06-30";
  if (/currencyCode$/i.test(name)) return name.startsWith("quote") ? "MXN" : "USD";
  if (/countryCode$|^country$/.test(name)) return name.startsWith("to") ? "US" : "MX";
  if (name === "parties") return ["MX", "US"];
  if (/^(amount|fundingAmount|rate|target|actual|baseline)$/.test(name)) return "100";
  if (/^(website|link|url)$/.test(name)) return "https://example.org/a";
  if (/email/i.test(name)) return "someone@example.org";
  if (name === "identifier") return "XM-FUZZ-1";
  if (name === "version") return 1;
  if (/^(women|men|expiresInDays)$/.test(name)) return 3;
  if (name === "baselineYear") return 2024;
  if (name === "agreementId") return realId("agreements/id");
  if (name === "institutionId") return realId("institutions/id");
  if (/(organisationId|funderId|providerId|receiverId)$/.test(name)) return realOrganisation;
  if (name === "activities") return ["XM-FUZZ-1"];
  if (/Ids$/.test(name)) return [];
  if (/Id$/.test(name)) return "cm00000000000000000000000";
  return undefined;
}

let realOrganisation = "";

/** A valid value for `schema` where its kind says what one is: an enum's first member, a literal, a boolean, text. */
function exampleOf(schema: unknown, name: string): unknown {
  const byName = exampleByName(name);
  if (byName !== undefined) return byName;
  const def = (schema as { def: Record<string, unknown> }).def;
  switch (def.type) {
    case "object":
      return Object.fromEntries(Object.entries(def.shape as Record<string, unknown>).map(([key, inner]) => [key, exampleOf(inner, key)]));
    case "enum":
      return Object.values(def.entries as Record<string, string>)[0];
    case "literal":
      return (def.values as unknown[])[0];
    case "boolean":
      return true;
    case "number":
      return 1;
    case "array":
      return [];
    case "union":
      return exampleOf((def.options as unknown[])[0], name);
    case "optional":
    case "nullable":
    case "default":
      return exampleOf(def.innerType, name);
    case "pipe":
      return (def.in as { def: { type: string } }).def.type === "transform" ? exampleOf(def.out, name) : exampleOf(def.in, name);
    default:
      return "A title of some length";
  }
}

/** A valid body for the operation's schema, when the examples above make one (null otherwise). */
function validBody(endpoint: ApiEndpoint): Record<string, unknown> | null {
  const schema = endpoint.body?.json?.schema ?? endpoint.body?.multipart?.schema;
  if (!schema) return null;
  const def = (schema as unknown as { def: { type: string; options?: unknown[] } }).def;
  // A union of objects (a program, by its type): each branch is tried.
  const candidates = def.type === "union" ? def.options!.map((option) => exampleOf(option, "")) : [exampleOf(schema, "")];
  return (candidates.find((candidate) => schema.safeParse(candidate).success) as Record<string, unknown> | undefined) ?? null;
}

// ───────────────────────────── Requests ─────────────────────────────

type Generated = { token: "admin" | "government"; ids: Record<string, string>; query: [string, string][]; rawQuery: string; body: Body };
type Body =
  | { kind: "none" }
  | { kind: "json"; text: string; contentType: string }
  | { kind: "form"; fields: [string, string][]; file?: { name: string; bytes: number[]; type: string } }
  | { kind: "raw-multipart"; text: string; contentType: string };

function idArbitrary(endpoint: ApiEndpoint, name: string): fc.Arbitrary<string> {
  const key = name === "id" ? `${endpoint.path.split("/")[3]}/id` : name;
  const real = realIds[key] ?? [];
  // A path arrives decoded and well formed: a lone surrogate cannot be written in a URL.
  const garbage = hostileString.filter((value) => value.length < 3_000).map((value) => value.replace(/[\ud800-\udfff]/gu, "\ufffd"));
  if (name === "dataset") return fc.oneof(fc.constantFrom("programs", "transactions"), garbage);
  return real.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: garbage }) : garbage;
}

function requestArbitrary(endpoint: ApiEndpoint): fc.Arbitrary<Generated> {
  const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name!);
  const fields = [...new Set([...fieldsOf(endpoint.body?.json?.schema ?? endpoint.body?.multipart?.schema), "version"])];
  const queryKeys = [...new Set(["version", "limit", "cursor", "q", "year", ...Object.keys(endpoint.query?.shape ?? {})])];
  const valid = validBodies.get(endpoint) ?? null;
  const mutated = valid
    ? fc
        .record({ changed: fc.subarray(Object.keys(valid), { minLength: 1, maxLength: Math.min(2, Object.keys(valid).length) }), drop: fc.boolean() })
        .chain(({ changed, drop }) =>
          fc.tuple(...changed.map(() => blunder)).map((values) => {
            const body: Record<string, unknown> = { ...valid };
            changed.forEach((field, index) => (drop && index === 0 ? delete body[field] : (body[field] = values[index])));
            return body;
          }),
        )
    : null;
  const objectBody = fc
    .record({ known: fc.subarray(fields, { minLength: 1 }), extra: fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), hostileValue, { maxKeys: 2 }) })
    .chain(({ known, extra }) => fc.tuple(...known.map((field) => fc.tuple(fc.constant(field), hostileValue))).map((pairs) => ({ ...extra, ...Object.fromEntries(pairs) })));
  const jsonBody = fc.oneof(
    { weight: 6, arbitrary: objectBody.map((value) => jsonText(value)) },
    ...(mutated ? [{ weight: 12, arbitrary: mutated.map((value) => jsonText(value)) }] : []),
    { weight: 2, arbitrary: hostileValue.map((value) => jsonText(value)) },
    { weight: 1, arbitrary: fc.constantFrom("", "{", "nul", "\u0000", '{"a":1,}', "[".repeat(200_000), `"${"x".repeat(1_100_000)}"`) },
  );
  const json = jsonBody.chain((text) =>
    fc.constantFrom("application/json", "application/json", "application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded").map((contentType): Body => ({ kind: "json", text, contentType })),
  );
  const form: fc.Arbitrary<Body> = fc.record({
    fields: fc.array(fc.tuple(fc.constantFrom(...fields, ...HOSTILE_KEYS), hostileString), { maxLength: 6 }).map((pairs) => [
      ...Object.entries(valid ?? {}).flatMap(([key, value]) => (typeof value === "string" && !pairs.some(([name]) => name === key) ? [[key, value] as [string, string]] : [])),
      ...pairs,
    ]),
    file: fc.option(
      fc.record({
        name: hostileString.filter((name) => name.length < 300),
        bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }),
        type: fc.constantFrom("application/xml", "text/csv", "application/pdf", "", "application/octet-stream"),
      }),
      { nil: undefined },
    ),
  }).map((value) => ({ kind: "form", ...value }));
  const rawMultipart: fc.Arbitrary<Body> = fc
    .tuple(
      fc.constantFrom("multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=XYZ", 'multipart/form-data; boundary="unterminated'),
      fc.constantFrom("", "--XYZ\r\n", "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xml\"\r\n\r\n<x/>", "--XYZ--", "garbage\u0000", "--XYZ\r\nContent-Disposition: form-data\r\n\r\n\r\n--XYZ--\r\n"),
    )
    .map(([contentType, text]) => ({ kind: "raw-multipart", text, contentType }));
  const body: fc.Arbitrary<Body> =
    endpoint.method === "DELETE" && !endpoint.body
      ? fc.constant({ kind: "none" })
      : endpoint.body?.multipart
        ? fc.oneof(form, rawMultipart, ...(endpoint.body.json ? [json] : []))
        : fc.oneof({ weight: 5, arbitrary: json }, { weight: 1, arbitrary: fc.constant<Body>({ kind: "none" }) }, { weight: 1, arbitrary: form });
  return fc.record({
    token: fc.constantFrom<("admin" | "government")[]>("admin", "admin", "government"),
    ids: fc.tuple(...names.map((name) => idArbitrary(endpoint, name))).map((values) => Object.fromEntries(names.map((name, index) => [name, values[index]!]))),
    query: fc.array(fc.tuple(fc.constantFrom(...queryKeys), hostileString.filter((value) => value.length < 3_000)), { maxLength: 3 }),
    rawQuery: fc.constantFrom("", "", "", "&%", "&version=%zz", "&limit=%00", "&&=&"),
    body,
  });
}

function toRequest(endpoint: ApiEndpoint, generated: Generated): Request {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(generated.ids[name]!));
  const query = new URLSearchParams(generated.query).toString();
  const url = `http://localhost${path}?${query}${generated.rawQuery}`;
  const headers = new Headers({ authorization: `Bearer ${tokens[generated.token]}`, "x-request-id": `fuzz-${crypto.randomUUID()}` });
  const { body } = generated;
  if (body.kind === "none") return new Request(url, { method: endpoint.method, headers });
  if (body.kind === "form") {
    const form = new FormData();
    for (const [name, value] of body.fields) form.append(name, value);
    if (body.file) form.append("file", new File([new Uint8Array(body.file.bytes)], body.file.name, { type: body.file.type }));
    return new Request(url, { method: endpoint.method, headers, body: form });
  }
  headers.set("content-type", body.contentType);
  return new Request(url, { method: endpoint.method, headers, body: body.text });
}

/** What a request generated for `endpoint` looks like in a failure message. */
function describeRequest(endpoint: ApiEndpoint, generated: Generated): string {
  const body = generated.body.kind === "none" ? "" : generated.body.kind === "form" ? JSON.stringify(generated.body) : `${generated.body.contentType} ${generated.body.text}`;
  return `${endpoint.method} ${endpoint.path} as ${generated.token} ids=${JSON.stringify(generated.ids)} query=${JSON.stringify(generated.query)}${generated.rawQuery} body=${body}`.slice(0, 600);
}

// ───────────────────────────── The property ─────────────────────────────

describe("every write operation, sent malformed requests", () => {
  it("never answers 5xx, and writes no audit event unless it succeeded", async () => {
    const started = performance.now();
    const routes = new Map<string, Record<string, unknown>>();
    let requests = 0;
    let accepted = 0;
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    // The audit trail's size before each request: the one counted after the request before it, since
    // nothing else writes to this file's database. One count per request instead of two, on a plain
    // connection of its own: through the Prisma client, the counts took a third of the test's time.
    const counter = new pg.Client({ connectionString: test.url });
    await counter.connect();
    const countAudit = async () => Number((await counter.query<{ count: string }>(`SELECT count(*) FROM "AuditEvent"`)).rows[0]!.count);
    let audited = await countAudit();

    for (const endpoint of WRITES) {
      const file = path.resolve(import.meta.dirname, "../../app", `.${endpoint.path.replace(/\{(\w+)\}/g, "[$1]")}`, "route.ts");
      if (!routes.has(file)) routes.set(file, (await import(/* @vite-ignore */ file)) as Record<string, unknown>);
      const handler = routes.get(file)![endpoint.method] as Handler;
      await fc.assert(
        fc.asyncProperty(requestArbitrary(endpoint), async (generated) => {
          let status: number;
          let text = "";
          try {
            const response = await handler(toRequest(endpoint, generated), params(generated.ids));
            status = response.status;
            text = status >= 500 ? await response.text() : "";
            await response.body?.cancel().catch(() => undefined);
          } catch (error) {
            status = 500;
            text = `threw ${String(error)}`;
          }
          requests += 1;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          const ok = status >= 200 && status < 300;
          if (ok) accepted += 1;
          const before = audited;
          audited = await countAudit();
          const written = audited - before;
          if (status >= 500 || (!ok && written !== 0)) {
            failures.push(`${status} (${written} audit events) ${describeRequest(endpoint, generated)} → ${text.slice(0, 300)}`);
            return false;
          }
          return true;
        }),
        // Each failure is recorded above; the first one per operation is enough to stop that operation.
        { seed: SEED, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      ).catch(() => undefined);
    }

    await counter.end();
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    // eslint-disable-next-line no-console -- the test reports how much it sent and what came back
    console.log(
      `api-fuzz: ${requests} requests to ${WRITES.length} write operations (${validBodies.size} of the ${WRITES.filter((endpoint) => endpoint.body).length} with a body mutated from a valid one) in ${seconds} s, ${failures.length} server errors or writes; ${accepted} accepted; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`,
    );
    expect(failures).toEqual([]);
    // The requests reached the handlers' validation, not only their permission checks.
    expect(statuses.get(400)).toBeGreaterThan(requests / 4);
    expect(requests).toBe(WRITES.length * RUNS_PER_OPERATION);
  }, 900_000);
});
