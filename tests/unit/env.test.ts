import os from "node:os";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, ZLauncherEnv, ZServerEnv } from "@/lib/platform/env";

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  throw new Error("expected an EnvError");
}

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv(ZLauncherEnv, {});
    expect(env).toMatchObject({ DATA_DIR: ".data", PORT: 3000, EMBEDDED_PG_PORT: 54329 });
    expect(env.DEMO).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats an empty variable as unset", () => {
    expect(parseEnv(ZLauncherEnv, { DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("names a missing required variable", () => {
    expect(problems(() => parseEnv(ZServerEnv, {}))).toEqual([
      "DATABASE_URL is required but not set",
      "NEXTAUTH_SECRET is required but not set",
    ]);
  });

  it("names every malformed variable at once", () => {
    const found = problems(() =>
      parseEnv(ZLauncherEnv, { DATABASE_URL: "mysql://db/app", PORT: "eighty", DEMO: "yes" }),
    );
    expect(found).toHaveLength(3);
    expect(found.find((p) => p.startsWith("DATABASE_URL"))).toMatch(/postgresql:\/\//);
    expect(found.some((p) => p.startsWith("PORT:"))).toBe(true);
    expect(found.some((p) => p.startsWith("DEMO:"))).toBe(true);
  });

  it("reads flags and ports", () => {
    const env = parseEnv(ZLauncherEnv, { DEMO: "1", PORT: "8080", DATABASE_URL: "postgres://u:p@db:5432/app" });
    expect(env).toMatchObject({ DEMO: true, PORT: 8080, DATABASE_URL: "postgres://u:p@db:5432/app" });
  });

  it("refuses a port out of range", () => {
    expect(problems(() => parseEnv(ZLauncherEnv, { PORT: "70000" }))[0]).toMatch(/^PORT:/);
  });
});

describe("the server's environment", () => {
  const base = { DATABASE_URL: "postgres://u:p@db/app", NEXTAUTH_SECRET: "x".repeat(32) };

  it("refuses a short session secret", () => {
    expect(problems(() => parseEnv(ZServerEnv, { ...base, NEXTAUTH_SECRET: "short" }))[0]).toMatch(/^NEXTAUTH_SECRET: must be at least 32/);
  });

  it("requires https in production, except on this machine", () => {
    const production = { ...base, NODE_ENV: "production" };
    expect(problems(() => parseEnv(ZServerEnv, { ...production, NEXTAUTH_URL: "http://tracker.example.org" }))[0]).toMatch(
      /^NEXTAUTH_URL: must be an https:\/\/ URL in production/,
    );
    expect(parseEnv(ZServerEnv, { ...production, NEXTAUTH_URL: "https://tracker.example.org" }).NEXTAUTH_URL).toBe("https://tracker.example.org");
    expect(parseEnv(ZServerEnv, { ...production, NEXTAUTH_URL: "http://localhost:3000" }).NEXTAUTH_URL).toBe("http://localhost:3000");
  });

  it("turns single sign-on on only with issuer, client id and secret together", () => {
    expect(parseEnv(ZServerEnv, base).OIDC_ISSUER).toBeUndefined();
    const found = problems(() => parseEnv(ZServerEnv, { ...base, OIDC_ISSUER: "https://login.example.org" }));
    expect(found).toEqual([
      "OIDC_CLIENT_ID: is required when OIDC_ISSUER is set",
      "OIDC_CLIENT_SECRET: is required when OIDC_ISSUER is set",
    ]);
    const full = parseEnv(ZServerEnv, { ...base, OIDC_ISSUER: "https://login.example.org", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s" });
    expect(full.OIDC_NAME).toBe("Single sign-on");
  });
});

describe("the worker's and email's environment", () => {
  it("runs the worker unless WORKER is 0 or false, and emails nothing without SMTP_URL", () => {
    const defaults = parseEnv(ZLauncherEnv, {});
    expect(defaults).toMatchObject({ WORKER: true, MAIL_FROM: "Labour Cooperation Tracker <no-reply@localhost>" });
    expect(defaults.SMTP_URL).toBeUndefined();
    expect(parseEnv(ZLauncherEnv, { WORKER: "0" }).WORKER).toBe(false);
    expect(parseEnv(ZLauncherEnv, { WORKER: "false" }).WORKER).toBe(false);
    expect(parseEnv(ZLauncherEnv, { WORKER: "1" }).WORKER).toBe(true);
    expect(problems(() => parseEnv(ZLauncherEnv, { WORKER: "off" }))[0]).toMatch(/^WORKER:/);
  });

  it("accepts only an smtp:// or smtps:// SMTP_URL", () => {
    expect(parseEnv(ZLauncherEnv, { SMTP_URL: "smtp://user:pass@mail.example.org:587" }).SMTP_URL).toBe("smtp://user:pass@mail.example.org:587");
    expect(parseEnv(ZLauncherEnv, { SMTP_URL: "smtps://mail.example.org" }).SMTP_URL).toBe("smtps://mail.example.org");
    expect(problems(() => parseEnv(ZLauncherEnv, { SMTP_URL: "mail.example.org" }))[0]).toMatch(/^SMTP_URL: must be an smtp:\/\//);
  });
});

describe("TRUSTED_PROXIES", () => {
  const base = { DATABASE_URL: "postgres://u:p@db/app", NEXTAUTH_SECRET: "x".repeat(32) };

  it("trusts no proxy by default", () => {
    expect(parseEnv(ZServerEnv, base).TRUSTED_PROXIES).toEqual({ kind: "none" });
    expect(parseEnv(ZServerEnv, { ...base, TRUSTED_PROXIES: "" }).TRUSTED_PROXIES).toEqual({ kind: "none" });
  });

  it("reads a number of hops or a list of addresses and ranges", () => {
    expect(parseEnv(ZServerEnv, { ...base, TRUSTED_PROXIES: "1" }).TRUSTED_PROXIES).toEqual({ kind: "count", hops: 1 });
    expect(parseEnv(ZServerEnv, { ...base, TRUSTED_PROXIES: "10.0.0.0/8,127.0.0.1,::1" }).TRUSTED_PROXIES).toMatchObject({
      kind: "ranges",
      ranges: ["10.0.0.0/8", "127.0.0.1/32", "::1/128"],
    });
  });

  it("is checked when the app starts, naming the entry that is wrong", () => {
    expect(problems(() => parseEnv(ZLauncherEnv, { TRUSTED_PROXIES: "10.0.0.0/8,proxy.internal" }))).toEqual([
      'TRUSTED_PROXIES: "proxy.internal" is not an address or CIDR range; give a number of proxies (e.g. 1) or addresses and ranges separated by commas (e.g. 10.0.0.0/8,127.0.0.1,::1)',
    ]);
    expect(problems(() => parseEnv(ZServerEnv, { ...base, TRUSTED_PROXIES: "10.0.0.0/40" }))[0]).toMatch(/^TRUSTED_PROXIES: "10.0.0.0\/40"/);
  });
});

describe("the API's rate limits", () => {
  it("default to 600 requests a minute, and 30 exports or imports a minute", () => {
    const env = parseEnv(ZLauncherEnv, {});
    expect(env.API_RATE_LIMIT).toEqual({ points: 600, durationSeconds: 60 });
    expect(env.API_EXPORT_RATE_LIMIT).toEqual({ points: 30, durationSeconds: 60 });
  });

  it("take requests/seconds, or 0 for no limit", () => {
    const env = parseEnv(ZLauncherEnv, { API_RATE_LIMIT: "100/10", API_EXPORT_RATE_LIMIT: "0" });
    expect(env.API_RATE_LIMIT).toEqual({ points: 100, durationSeconds: 10 });
    expect(env.API_EXPORT_RATE_LIMIT).toBeNull();
  });

  it("name a malformed limit with the form it should take", () => {
    for (const value of ["600", "600/0", "0/60", "-1/60", "ten/60", "600/60/2"]) {
      const found = problems(() => parseEnv(ZLauncherEnv, { API_RATE_LIMIT: value }));
      expect(found).toEqual([`API_RATE_LIMIT: must be requests/seconds, e.g. 600/60 (at most 600 requests in 60 seconds), or 0 for no limit; got "${value}"`]);
    }
  });
});

describe("NEXT_BUILD", () => {
  it("builds when needed by default, and names the values it takes", () => {
    expect(parseEnv(ZLauncherEnv, {}).NEXT_BUILD).toBe("auto");
    expect(parseEnv(ZLauncherEnv, { NEXT_BUILD: "never" }).NEXT_BUILD).toBe("never");
    expect(problems(() => parseEnv(ZLauncherEnv, { NEXT_BUILD: "skip" }))).toEqual(["NEXT_BUILD: must be auto, never or always"]);
  });
});

describe("WEB_CONCURRENCY", () => {
  it("runs one server process per core by default, at least one", () => {
    expect(parseEnv(ZLauncherEnv, {}).WEB_CONCURRENCY).toBe(Math.max(1, os.availableParallelism()));
    expect(parseEnv(ZLauncherEnv, { WEB_CONCURRENCY: "3" }).WEB_CONCURRENCY).toBe(3);
    expect(parseEnv(ZLauncherEnv, { WEB_CONCURRENCY: "1" }).WEB_CONCURRENCY).toBe(1);
  });

  it("names a value that is no whole number of processes from 1 to 64", () => {
    expect(problems(() => parseEnv(ZLauncherEnv, { WEB_CONCURRENCY: "two" }))).toEqual(["WEB_CONCURRENCY: must be a number of server processes, e.g. 2"]);
    expect(problems(() => parseEnv(ZLauncherEnv, { WEB_CONCURRENCY: "1.5" }))).toEqual(["WEB_CONCURRENCY: must be a whole number of server processes, e.g. 2"]);
    expect(problems(() => parseEnv(ZLauncherEnv, { WEB_CONCURRENCY: "0" }))).toEqual(["WEB_CONCURRENCY: must be at least 1"]);
    expect(problems(() => parseEnv(ZLauncherEnv, { WEB_CONCURRENCY: "100" }))).toEqual(["WEB_CONCURRENCY: must be at most 64"]);
  });
});
