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

describe("the operations settings", () => {
  it("have defaults: no metrics, 5 s of grace, 25 s to finish", () => {
    const env = parseEnv(ZLauncherEnv, {});
    expect(env.METRICS_TOKEN).toBeUndefined();
    expect(env).toMatchObject({ SHUTDOWN_GRACE_MS: 5_000, SHUTDOWN_TIMEOUT_MS: 25_000 });
  });

  it("name each malformed one", () => {
    const problems = (source: Record<string, string>) => {
      try {
        parseEnv(ZLauncherEnv, source);
        return [];
      } catch (error) {
        return (error as { problems: string[] }).problems;
      }
    };
    expect(problems({ METRICS_TOKEN: "short" })).toEqual([expect.stringMatching(/^METRICS_TOKEN: .*at least 16/)]);
    expect(problems({ SHUTDOWN_GRACE_MS: "5s" })[0]).toMatch(/^SHUTDOWN_GRACE_MS:/);
    expect(problems({ SHUTDOWN_GRACE_MS: "-1" })[0]).toMatch(/^SHUTDOWN_GRACE_MS:/);
    expect(problems({ SHUTDOWN_TIMEOUT_MS: "1.5" })[0]).toMatch(/^SHUTDOWN_TIMEOUT_MS:/);
    expect(problems({ SHUTDOWN_TIMEOUT_MS: "500" })[0]).toMatch(/^SHUTDOWN_TIMEOUT_MS:/);
    expect(parseEnv(ZLauncherEnv, { SHUTDOWN_GRACE_MS: "0", SHUTDOWN_TIMEOUT_MS: "10000" })).toMatchObject({ SHUTDOWN_GRACE_MS: 0, SHUTDOWN_TIMEOUT_MS: 10_000 });
  });
});
