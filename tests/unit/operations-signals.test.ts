import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseEnv, ZLauncherEnv } from "@/lib/platform/env";
import { metricsAccess } from "@/lib/platform/metrics/metrics-token";

type Routes = { static: Set<string>; dynamic: { page: string; regex: RegExp }[] };
const require = createRequire(import.meta.url);
const { routePattern, UNMATCHED } = require("../../scripts/server-hook/route-pattern.cjs") as {
  routePattern: (url: string, routes: Routes | null) => string;
  UNMATCHED: string;
};

/** Routes as the build's routes manifest lists them (the regexes are Next.js's own). */
const ROUTES: Routes = {
  static: new Set(["/", "/programs", "/programs/new", "/api/health/ready", "/metrics"]),
  dynamic: [
    { page: "/api/v1/programs/[id]/budgets/[budgetId]", regex: /^\/api\/v1\/programs\/([^/]+?)\/budgets\/([^/]+?)(?:\/)?$/ },
    { page: "/programs/[id]", regex: /^\/programs\/([^/]+?)(?:\/)?$/ },
    { page: "/programs/[id]/edit", regex: /^\/programs\/([^/]+?)\/edit(?:\/)?$/ },
  ],
};

describe("the route pattern of a request", () => {
  it("names a record's page by its pattern, never by its id", () => {
    expect(routePattern("/programs/cm1abc2def", ROUTES)).toBe("/programs/[id]");
    expect(routePattern("/programs/another-id/edit?tab=budget", ROUTES)).toBe("/programs/[id]/edit");
    expect(routePattern("/api/v1/programs/p1/budgets/b2", ROUTES)).toBe("/api/v1/programs/[id]/budgets/[budgetId]");
  });

  it("prefers a static route to a dynamic one that also matches", () => {
    expect(routePattern("/programs/new", ROUTES)).toBe("/programs/new");
    expect(routePattern("/programs/", ROUTES)).toBe("/programs");
    expect(routePattern("/?q=x", ROUTES)).toBe("/");
  });

  it("groups every path that is no route of the app, and Next.js's own files by kind", () => {
    for (const path of ["/wp-login.php", "/programs/a/b/c", "/.env", "*", "/metrics/extra"]) expect(routePattern(path, ROUTES)).toBe(UNMATCHED);
    expect(routePattern("/_next/static/chunks/abc123.js", ROUTES)).toBe("/_next/static");
    expect(routePattern("/_next/image?url=x", ROUTES)).toBe("/_next/image");
    expect(routePattern("/_next/webpack-hmr", ROUTES)).toBe("/_next");
  });

  it("groups everything but Next.js's own files when there is no build to read", () => {
    expect(routePattern("/programs/x", null)).toBe(UNMATCHED);
    expect(routePattern("/_next/static/x.js", null)).toBe("/_next/static");
  });
});

describe("the metrics token", () => {
  const TOKEN = "a-metrics-token-of-some-length";

  it("hides /metrics when no token is set, whatever is sent", () => {
    expect(metricsAccess(null, undefined)).toBe("disabled");
    expect(metricsAccess(`Bearer ${TOKEN}`, undefined)).toBe("disabled");
    expect(metricsAccess("Bearer ", "")).toBe("disabled");
  });

  it("opens it for the bearer of the token only", () => {
    expect(metricsAccess(`Bearer ${TOKEN}`, TOKEN)).toBe("granted");
    expect(metricsAccess(`bearer   ${TOKEN} `, TOKEN)).toBe("granted");
    for (const sent of [null, "", TOKEN, `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, "Bearer", `Bearer ${TOKEN} extra`]) {
      expect(metricsAccess(sent, TOKEN)).toBe("refused");
    }
  });
});

describe("the metrics token setting", () => {
  it("is optional, and at least 16 characters when set", () => {
    expect(parseEnv(ZLauncherEnv, {}).METRICS_TOKEN).toBeUndefined();
    expect(() => parseEnv(ZLauncherEnv, { METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN: .*at least 16/);
  });
});
