import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const run = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://localhost${path}`, { headers }));

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
