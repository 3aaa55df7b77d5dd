// The shared page cache (scripts/server-hook/page-cache.cjs) in front of a small stand-in for the
// app, over the real PostgreSQL tables: what it serves from the cache, to whom, with which headers
// and policy, and what makes an entry unservable.
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import os from "node:os";
import nodePath from "node:path";
import zlib from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { provideTestDatabase } from "./helpers/test-database";

type Handler = (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void;
type Store = { generation(): Promise<string | null>; prune(): Promise<void>; put(entry: unknown): Promise<void>; close(): Promise<void> };
const hook = createRequire(import.meta.url);
const { buildId, createPageCache } = hook("../../scripts/server-hook/page-cache.cjs") as { buildId: (directory: string) => string; createPageCache: (options: object) => { handle: Handler } };
const { createStore } = hook("../../scripts/server-hook/page-cache-store.cjs") as { createStore: (url: string, options?: object) => Store };

const MARK = "test-mark";
const INLINE = 'self.__next_f.push([1,"page"])';
const test = provideTestDatabase();

/** What the stand-in app did: renders per path, and a render to hold until released. */
const app = { renders: 0, hold: null as Promise<void> | null };

/** The stand-in app: a page in the visitor's language, with a policy as proxy.ts gives it. */
function render(request: http.IncomingMessage, response: http.ServerResponse) {
  app.renders += 1;
  const url = new URL(request.url!, "http://x");
  const marked = request.headers["x-page-cache"] === MARK;
  const language = String(request.headers["accept-language"] ?? "en").startsWith("es") ? "es" : "en";
  const finish = () => {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.setHeader("x-request-id", "app-request-id");
    response.setHeader("x-content-type-options", "nosniff");
    response.setHeader("content-security-policy", `default-src 'self'; script-src 'self'${marked ? "" : " 'nonce-abc' 'strict-dynamic'"}; object-src 'none'`);
    if (url.searchParams.has("cookie")) response.setHeader("set-cookie", "tz=UTC; Path=/");
    response.statusCode = url.pathname === "/programs/missing" ? 404 : 200;
    response.write(`<!DOCTYPE html><html lang="${language}"><body><p>${language === "es" ? "Programas" : "Programs"} ${app.renders}</p>`);
    response.end(`<script src="/_next/static/app.js"></script><script>${INLINE}</script></body></html>`);
  };
  if (app.hold) void app.hold.then(finish);
  else finish();
}

let server: http.Server;
let base = "";
let store: Store;

beforeAll(async () => {
  store = createStore(test.url, { maxEntries: 3 });
  const cache = createPageCache({ store, mark: MARK, build: "build-1", seconds: 300 });
  server = http.createServer((request, response) => cache.handle(request, response, () => render(request, response)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
});

beforeEach(() => {
  app.renders = 0;
  app.hold = null;
});

let serial = 0;
/** A path of its own for each test, so that none finds another's entry. */
const fresh = (path = "/programs") => `${path}?test=${(serial += 1)}`;

async function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  const response = await fetch(`${base}${path}`, { method, headers: { "accept-encoding": "identity", ...headers } });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** A fresh page rendered once by the first instance, and time for its entry to reach the table. */
async function storedPage() {
  const path = fresh();
  await get(path);
  await new Promise((resolve) => setTimeout(resolve, 200));
  return path;
}

/** Runs `check` with another instance of the app and its cache over the same table, serving `build`. */
async function withInstance(build: string, check: (base: string) => Promise<void>) {
  const cache = createPageCache({ store, mark: MARK, build, seconds: 300 });
  const instance = http.createServer((request, response) => cache.handle(request, response, () => render(request, response)));
  await new Promise<void>((resolve) => instance.listen(0, "127.0.0.1", resolve));
  try {
    await check(`http://127.0.0.1:${(instance.address() as AddressInfo).port}`);
  } finally {
    await new Promise((resolve) => instance.close(resolve));
  }
}

/** A write to a table a public page shows, committed. */
async function write() {
  const client = new pg.Client({ connectionString: test.url });
  await client.connect();
  await client.query(`UPDATE "Country" SET "name" = "name" WHERE "code" = 'MX'`);
  await client.end();
}

describe("the page cache", () => {
  it("renders a page once and serves it again from the cache, with its headers, a fresh request id and a policy of hashes", async () => {
    const path = fresh();
    const first = await get(path);
    const second = await get(path);
    expect([first.headers.get("x-cache"), second.headers.get("x-cache")]).toEqual(["miss", "hit"]);
    expect(app.renders).toBe(1);
    expect(second.body).toBe(first.body);
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("x-request-id")).toBe("app-request-id");
    expect(second.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const hash = createHash("sha256").update(INLINE).digest("base64");
    for (const response of [first, second]) {
      expect(response.headers.get("content-security-policy")).toBe(`default-src 'self'; script-src 'self' 'sha256-${hash}'; object-src 'none'`);
      expect(response.headers.get("cache-control")).toBe("private, no-cache");
      expect(response.headers.get("vary")).toBe("Accept-Language, Cookie, Accept-Encoding");
    }
  });

  it("is shared: another instance serves what one stored", async () => {
    const path = await storedPage();
    await withInstance("build-1", async (other) => {
      expect((await fetch(`${other}${path}`)).headers.get("x-cache")).toBe("hit");
      expect(app.renders).toBe(1);
    });
  });

  it("keeps each build's pages apart: an instance of the next build never serves pages naming the old one's scripts", async () => {
    const path = await storedPage();
    await withInstance("build-2", async (next) => {
      expect((await fetch(`${next}${path}`)).headers.get("x-cache")).toBe("miss");
      expect(app.renders).toBe(2);
      expect((await fetch(`${next}${path}`)).headers.get("x-cache")).toBe("hit");
    });
    const directory = fs.mkdtempSync(nodePath.join(os.tmpdir(), "lct-build-"));
    expect(buildId(directory)).toBe("");
    fs.mkdirSync(nodePath.join(directory, ".next"));
    fs.writeFileSync(nodePath.join(directory, ".next", "BUILD_ID"), "Zq3bK1\n");
    expect(buildId(directory)).toBe("Zq3bK1");
    fs.rmSync(directory, { recursive: true });
  });

  it("serves nothing rendered before a write committed since", async () => {
    const path = fresh();
    await get(path);
    await write();
    const after = await get(path);
    expect(after.headers.get("x-cache")).toBe("miss");
    expect(app.renders).toBe(2);
  });

  it("does not keep a page when a write commits while it renders", async () => {
    const path = fresh();
    let release = () => undefined as void;
    app.hold = new Promise<void>((resolve) => (release = resolve));
    const pending = get(path);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await write();
    release();
    expect((await pending).headers.get("x-cache")).toBe("miss");
    app.hold = null;
    expect((await get(path)).headers.get("x-cache")).toBe("miss");
    expect(app.renders).toBe(2);
  });

  it("renders once for requests that miss together", async () => {
    const path = fresh();
    let release = () => undefined as void;
    app.hold = new Promise<void>((resolve) => (release = resolve));
    const pending = Promise.all(Array.from({ length: 5 }, () => get(path)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    const responses = await pending;
    expect(app.renders).toBe(1);
    expect(new Set(responses.map((response) => response.body)).size).toBe(1);
  });

  it("leaves signed-in visitors, flash notes, credentials and Next.js's own requests to the app, with their nonce", async () => {
    const path = fresh();
    await get(path);
    const personal: Record<string, string>[] = [
      { cookie: "next-auth.session-token=abc" },
      { cookie: "locale=en; __Secure-next-auth.session-token.0=abc" },
      { cookie: "next-auth.session-token.1=abc" },
      { cookie: "flash=%7B%7D" },
      { authorization: "Bearer lct_abc" },
      { rsc: "1" },
      { "next-router-prefetch": "1" },
    ];
    for (const headers of personal) {
      const response = await get(path, headers);
      expect(response.headers.get("x-cache")).toBeNull();
      expect(response.headers.get("content-security-policy")).toContain("'nonce-abc'");
    }
    expect(app.renders).toBe(1 + personal.length);
    // A client cannot mark a request itself.
    const forged = await get(fresh("/evidence"), { cookie: "next-auth.session-token=abc", "x-page-cache": MARK });
    expect(forged.headers.get("content-security-policy")).toContain("'nonce-abc'");
  });

  it("caches only the public pages", async () => {
    for (const path of ["/account", "/programs/abc/edit", "/api/v1/programs", "/programs?_rsc=1"]) {
      await get(path);
      expect((await get(path)).headers.get("x-cache")).toBeNull();
    }
  });

  it("answers HEAD from an entry, without a body, and leaves a HEAD that misses to the app", async () => {
    const path = fresh();
    const head = await get(path, {}, "HEAD");
    expect(head.headers.get("x-cache")).toBeNull();
    const page = await get(path);
    expect(page.headers.get("x-cache")).toBe("miss");
    const hit = await get(path, {}, "HEAD");
    expect(hit.headers.get("x-cache")).toBe("hit");
    expect(hit.body).toBe("");
    expect(hit.headers.get("content-length")).toBe(String(Buffer.byteLength(page.body)));
  });

  it("answers 304 to a client whose copy is current, and gzips for one that accepts it", async () => {
    const path = fresh();
    const page = await get(path);
    const etag = page.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const conditional = await get(path, { "if-none-match": etag });
    expect(conditional.status).toBe(304);
    expect(conditional.body).toBe("");
    expect((await get(path, { "if-none-match": '"other"' })).status).toBe(200);

    const response = await new Promise<http.IncomingMessage>((resolve) => http.get(`${base}${path}`, { headers: { "accept-encoding": "gzip, deflate, br" } }, resolve));
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(Buffer.concat(chunks)).toString()).toBe(page.body);
  });

  it("keeps each language apart: a Spanish reader never gets the English page", async () => {
    const path = fresh();
    await get(path, { "accept-language": "en" });
    const spanish = await get(path, { "accept-language": "es-MX,en;q=0.5" });
    expect(spanish.headers.get("x-cache")).toBe("miss");
    expect(spanish.body).toContain("Programas");
    expect((await get(path, { cookie: "locale=es" })).body).toContain("Programas");
    expect((await get(path, { "accept-language": "en-GB" })).body).toContain("Programs");
    expect(app.renders).toBe(2);
  });

  it("keeps the same query in any order as one page", async () => {
    const path = fresh();
    await get(`${path}&status=ACTIVE&country=MX`);
    expect((await get(`${path}&country=MX&status=ACTIVE`)).headers.get("x-cache")).toBe("hit");
  });

  it("keeps no response that sets a cookie and no error page, yet allows their scripts by hash", async () => {
    const hash = createHash("sha256").update(INLINE).digest("base64");
    for (const path of [`${fresh()}&cookie=1`, "/programs/missing"]) {
      await get(path);
      const again = await get(path);
      expect(again.headers.get("x-cache")).toBeNull();
      expect(again.headers.get("content-security-policy")).toContain(`script-src 'self' 'sha256-${hash}'`);
    }
    expect(app.renders).toBe(4);
  });

  it("keeps the table bounded: expired entries, old generations and the oldest beyond the limit go", async () => {
    const entry = (key: string, generation: string, expiresAt: number) => ({ key, generation, status: 200, headers: {}, body: Buffer.from("x"), gzipBody: Buffer.from("x"), etag: '"x"', csp: "", expiresAt });
    const current = (await store.generation())!;
    await store.put(entry("expired", current, Date.now() - 1000));
    await store.put(entry("old", String(BigInt(current) - 1n), Date.now() + 60_000));
    for (let i = 0; i < 6; i += 1) await store.put(entry(`page-${i}`, current, Date.now() + 60_000));
    await store.prune();
    const { rows } = await pgQuery(`SELECT "key" FROM "PageCacheEntry" ORDER BY "key"`);
    expect(rows.map((row) => row.key)).toHaveLength(3);
    expect(rows.map((row) => row.key)).not.toContain("expired");
    expect(rows.map((row) => row.key)).not.toContain("old");
  });
});

async function pgQuery(sql: string) {
  const client = new pg.Client({ connectionString: test.url });
  await client.connect();
  try {
    return await client.query<{ key: string }>(sql);
  } finally {
    await client.end();
  }
}
