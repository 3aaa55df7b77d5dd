import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const run = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://localhost${path}`, { headers }));

/** The value of a request header as the proxy passes it on to the page or route. */
const passedOn = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

describe("the proxy's security headers", () => {
  it("sends the page policy on pages and API responses", async () => {
    for (const path of ["/", "/programs", "/api/v1/programs"]) {
      const csp = (await run(path)).headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it("leaves the document download its own sandboxing policy", async () => {
    // Next.js keeps the proxy's header over the route's when both set one.
    const response = await run("/api/v1/documents/cm0123456789abcdefghijkl/file");
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(response.headers.get("x-request-id")).toMatch(UUID);
  });
});

describe("request ids", () => {
  it("are always the server's own, whatever the client sent", async () => {
    const response = await run("/api/v1/programs", { "x-request-id": "client-chosen-id-0001" });
    const id = passedOn(response, "x-request-id");
    expect(id).toMatch(UUID);
    expect(response.headers.get("x-request-id")).toBe(id);
    expect(passedOn(response, "x-client-request-id")).toBe("client-chosen-id-0001");
  });

  it("keep a client's id only when it is safe to log, and only from its X-Request-Id", async () => {
    for (const sent of ["short", "has spaces in it", "a".repeat(129), "id\u00e9-with-accents"]) {
      const response = await run("/api/v1/programs", { "x-request-id": sent });
      expect(passedOn(response, "x-request-id")).toMatch(UUID);
      expect(passedOn(response, "x-client-request-id")).toBeNull();
    }
    const forged = await run("/api/v1/programs", { "x-client-request-id": "<script>alert(1)</script>" });
    expect(passedOn(forged, "x-client-request-id")).toBeNull();
  });

  it("differ between requests", async () => {
    const [a, b] = await Promise.all([run("/"), run("/")]);
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
  });
});

describe("pages the page cache stores", () => {
  const MARK = "the-server-process-secret";

  it("get a policy without nonce, for the cache to complete with script hashes, only under the process's own mark", async () => {
    vi.stubEnv("PAGE_CACHE_MARK", MARK);
    try {
      const marked = await run("/evidence", { "x-page-cache": MARK });
      expect(marked.headers.get("content-security-policy")).toMatch(/(^|; )script-src 'self'; /);
      expect(marked.headers.get("content-security-policy")).not.toContain("nonce");
      expect(passedOn(marked, "x-nonce")).toBeNull();
      expect(passedOn(marked, "x-page-cache")).toBeNull();

      for (const forged of ["a-guess", "", MARK.slice(1)]) {
        const response = await run("/evidence", { "x-page-cache": forged });
        expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
        expect(passedOn(response, "x-nonce")).not.toBeNull();
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("are never marked while the cache is off (no secret)", async () => {
    const response = await run("/evidence", { "x-page-cache": "" });
    expect(response.headers.get("content-security-policy")).toMatch(/'nonce-[^']+'/);
  });
});
