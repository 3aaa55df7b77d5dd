import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, ZLauncherEnv, ZServerEnv } from "@/lib/env";

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
    expect(env).toMatchObject({ DATA_DIR: ".data", PORT: 3000, EMBEDDED_PG_PORT: 54329, DEMO: false });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats an empty variable as unset", () => {
    expect(parseEnv(ZLauncherEnv, { DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("names a missing required variable", () => {
    expect(problems(() => parseEnv(ZServerEnv, {}))).toEqual(["DATABASE_URL is required but not set"]);
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
