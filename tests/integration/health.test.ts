import { afterEach, describe, expect, it, vi } from "vitest";
import { provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();

/** The route module as the server would load it with this DATABASE_URL. */
async function healthRoute(databaseUrl: string) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", databaseUrl);
  vi.stubEnv("NEXTAUTH_SECRET", "a test secret that is long enough to sign sessions");
  delete (globalThis as { prisma?: unknown }).prisma;
  return import("@/app/api/health/route");
}

afterEach(async () => {
  await (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma?.$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
  vi.unstubAllEnvs();
});

describe("GET /api/health", () => {
  it("answers 200 when the database answers", async () => {
    const { GET } = await healthRoute(test.url);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 when the database is unreachable", async () => {
    const { GET } = await healthRoute("postgresql://nobody:secret@127.0.0.1:1/nothing");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", database: "unreachable" });
  });
});
