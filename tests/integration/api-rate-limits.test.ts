// The API's rate limits: every route file under app/api/v1 is found on disk and each of its
// handlers called twice with a limit of one request, so that a route added without the shared
// wrapper fails here. Callers are counted by token, else by signed-in user, else by address, and
// exports and imports against a limit of their own.
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { PROJECT_ROOT } from "@/lib/platform/db/migrate";
import { seed } from "@/prisma/seed";
import { apiRequest, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => session.user }));

const test = provideTestDatabase();
bindAppDatabase(test);

const API_DIR = path.join(PROJECT_ROOT, "app", "api", "v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** The URL path a route file serves, with each [param] filled in, and the params the handler receives. */
function pathOf(file: string) {
  const segments = path.relative(path.join(PROJECT_ROOT, "app"), path.dirname(file)).split(path.sep);
  const params: Record<string, string> = {};
  const filled = segments.map((segment) => {
    const name = /^\[(\w+)\]$/.exec(segment)?.[1];
    if (!name) return segment;
    params[name] = "cm0000000000000000000000";
    return params[name];
  });
  return { url: `/${filled.join("/")}`, params };
}

let address = 0;
/** Each caller its own address, so that no two tests share a count. */
const anonymous = () => `198.51.100.${++address}`;

function call(handler: Handler, url: string, params: Record<string, string>, init: { method: string; address?: string; token?: string }) {
  const request = apiRequest(url, { method: init.method, token: init.token });
  if (init.address) request.headers.set("x-forwarded-for", init.address);
  return handler(request, { params: Promise.resolve(params) });
}

let admin: Actor;
let government: Actor;

beforeAll(async () => {
  await seed(test.db, { demo: true });
  const actorOf = async (email: string): Promise<Actor> => {
    const user = await test.db.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } });
    return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId, organisationName: user.organisation.name, countryCode: user.organisation.countryCode };
  };
  admin = await actorOf("admin@demo.test");
  government = await actorOf("gov.mx@demo.test");
});

beforeEach(() => {
  session.user = null;
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("every /api/v1 route", () => {
  const files = routeFiles(API_DIR);

  it("finds the route files", () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it("answers the second call over a limit of one with 429, Retry-After and the usual error body", async () => {
    vi.stubEnv("API_RATE_LIMIT", "1/60");
    vi.stubEnv("API_EXPORT_RATE_LIMIT", "1/60");
    const unlimited: string[] = [];
    let handlers = 0;
    for (const file of files) {
      const route = (await import(/* @vite-ignore */ file)) as Partial<Record<(typeof METHODS)[number], Handler>>;
      const { url, params } = pathOf(file);
      for (const method of METHODS) {
        const handler = route[method];
        if (!handler) continue;
        handlers++;
        const caller = anonymous();
        const first = await call(handler, url, params, { method, address: caller });
        const second = await call(handler, url, params, { method, address: caller });
        if (first.status === 429 || second.status !== 429) {
          unlimited.push(`${method} ${url}: ${first.status} then ${second.status}`);
          continue;
        }
        expect(Number(second.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(second.headers.get("ratelimit-remaining")).toBe("0");
        expect((await second.json()).error).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/^Too many .* Try again in \d+ seconds\.$/) });
      }
    }
    expect(unlimited).toEqual([]);
    expect(handlers).toBeGreaterThan(100);
  }, 120_000);
});

describe("who is counted", () => {
  const programs = async () => ((await import("@/app/api/v1/programs/route")) as { GET: Handler }).GET;
  const exportRoute = async () => ((await import("@/app/api/v1/programs.csv/route")) as { GET: Handler }).GET;

  it("counts each API token on its own, whatever address it comes from", async () => {
    vi.stubEnv("API_RATE_LIMIT", "2/60");
    const GET = await programs();
    const [first, second] = [await tokenFor(admin), await tokenFor(admin)];
    const statuses = [];
    for (const token of [first, first, first, second]) statuses.push((await call(GET, "/api/v1/programs", {}, { method: "GET", token, address: anonymous() })).status);
    expect(statuses).toEqual([200, 200, 429, 200]);
  });

  it("counts each signed-in user on its own, and anonymous callers by address", async () => {
    vi.stubEnv("API_RATE_LIMIT", "1/60");
    const GET = await programs();
    const status = async (user: Actor | null, from: string) => {
      session.user = user;
      return (await call(GET, "/api/v1/programs", {}, { method: "GET", address: from })).status;
    };
    const [one, two] = [anonymous(), anonymous()];
    expect([await status(government, one), await status(government, two), await status(admin, one)]).toEqual([200, 429, 200]);
    expect([await status(null, one), await status(null, one), await status(null, two)]).toEqual([200, 429, 200]);
  });

  it("gives exports their own, lower limit, apart from the rest, and says what is left", async () => {
    vi.stubEnv("API_RATE_LIMIT", "5/60");
    vi.stubEnv("API_EXPORT_RATE_LIMIT", "1/60");
    const [GET, csv] = [await programs(), await exportRoute()];
    // A user with no count yet (the tests above counted the demo users).
    session.user = { ...government, id: "exporting-user" };
    const from = anonymous();
    const listed = await call(GET, "/api/v1/programs", {}, { method: "GET", address: from });
    expect([listed.status, listed.headers.get("ratelimit-limit"), listed.headers.get("ratelimit-remaining")]).toEqual([200, "5", "4"]);
    expect(Number(listed.headers.get("ratelimit-reset"))).toBeGreaterThan(50);
    expect((await call(csv, "/api/v1/programs.csv", {}, { method: "GET", address: from })).status).toBe(200);
    const refused = await call(csv, "/api/v1/programs.csv", {}, { method: "GET", address: from });
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.message).toMatch(/^Too many exports and imports: at most 1 in 60 seconds\./);
    expect((await call(GET, "/api/v1/programs", {}, { method: "GET", address: from })).headers.get("ratelimit-remaining")).toBe("3");
  });

  it("counts an IPv6 client by its /64 network, as sign-in throttling does", async () => {
    vi.stubEnv("API_RATE_LIMIT", "1/60");
    const GET = await programs();
    expect((await call(GET, "/api/v1/programs", {}, { method: "GET", address: "2001:db8:1:2::1" })).status).toBe(200);
    expect((await call(GET, "/api/v1/programs", {}, { method: "GET", address: "2001:db8:1:2::ffff" })).status).toBe(429);
    expect((await call(GET, "/api/v1/programs", {}, { method: "GET", address: "2001:db8:1:3::1" })).status).toBe(200);
  });

  it("counts nothing when the limit is 0", async () => {
    vi.stubEnv("API_RATE_LIMIT", "0");
    const GET = await programs();
    const from = anonymous();
    for (let i = 0; i < 3; i++) {
      const response = await call(GET, "/api/v1/programs", {}, { method: "GET", address: from });
      expect(response.status).toBe(200);
      expect(response.headers.get("ratelimit-limit")).toBeNull();
    }
  });
});
