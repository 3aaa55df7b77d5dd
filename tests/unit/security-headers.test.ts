import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";

// @ts-expect-error -- next.config.js is plain JavaScript, typed only by its JSDoc.
const nextConfig = (await import("@/next.config.js")).default as NextConfig;

/** The headers next.config.js sends on every response. */
async function everyResponseHeaders(): Promise<Map<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const all = rules.find((rule) => rule.source === "/:path*");
  return new Map((all?.headers ?? []).map(({ key, value }) => [key.toLowerCase(), value]));
}

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
});
