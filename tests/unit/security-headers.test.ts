import { createRequire } from "node:module";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";

// @ts-expect-error -- next.config.js is plain JavaScript, typed only by its JSDoc.
const nextConfig = (await import("@/next.config.js")).default as NextConfig;
// The matcher Next.js reads a rule's source with.
const { pathToRegexp } = createRequire(import.meta.url)("next/dist/compiled/path-to-regexp") as { pathToRegexp: (source: string, keys: unknown[], options: object) => RegExp };

/** The headers next.config.js sends on a response to `path`. */
async function headersOn(path: string): Promise<Map<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const matching = rules.filter((rule) => pathToRegexp(rule.source, [], { strict: true, sensitive: false, delimiter: "/" }).test(path));
  return new Map(matching.flatMap((rule) => rule.headers.map(({ key, value }) => [key.toLowerCase(), value] as const)));
}
const everyResponseHeaders = () => headersOn("/programs/prog-1");

describe("headers on every response", () => {
  it("deny the powerful browser features the app does not use", async () => {
    const policy = (await everyResponseHeaders()).get("permissions-policy") ?? "";
    const features = ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics", "display-capture", "serial", "hid", "bluetooth"];
    for (const feature of features) expect(policy.split(", ")).toContain(`${feature}=()`);
    // Only denials: nothing is allowed to any origin, not even this one.
    expect(policy.split(", ").every((directive) => /^[a-z-]+=\(\)$/.test(directive))).toBe(true);
  });

  it("keep the app out of frames and content types unsniffed", async () => {
    const headers = await everyResponseHeaders();
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("are on every page and route, while the build's script files carry only nosniff", async () => {
    for (const path of ["/evidence", "/programs/prog-1", "/api/v1/programs", "/_next/image"]) expect([...(await headersOn(path)).keys()].sort(), path).toEqual(["permissions-policy", "referrer-policy", "x-content-type-options", "x-frame-options"]);
    expect([...(await headersOn("/_next/static/chunks/0wtjefxa0d2ks.js")).keys()]).toEqual(["x-content-type-options"]);
  });
});
