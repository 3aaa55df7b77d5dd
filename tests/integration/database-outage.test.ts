// The app while its database goes away and comes back: API answers, the health check, and that no
// write is lost or made twice. The test runs its own PostgreSQL so that it can stop and start it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createPrismaClient, type Db } from "@/lib/platform/db/create-client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/platform/db/embedded";
import { applyMigrations } from "@/lib/platform/db/migrate";
import { seedReferenceData } from "@/prisma/seed/reference";
import { createAgreement, createOrganisation, createProgram } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { freePort } from "./helpers/free-port";

const { POST: createTransactionRoute } = await import("@/app/api/v1/programs/[id]/transactions/route");
const { GET: healthRoute } = await import("@/app/api/health/route");

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lct-outage-"));
const slot = globalThis as unknown as { prisma?: Db };
let port: number;
let server: EmbeddedDatabase;
let client: Db;
let token: string;
let programId: string;
let providerId: string;

beforeAll(async () => {
  port = await freePort();
  server = await startEmbeddedPostgres({ dataDir, port });
  await applyMigrations(server.url);
  // The app's own db(), as a running server holds it: one client for the whole test, never replaced.
  client = createPrismaClient(server.url, { poolSize: 4 });
  slot.prisma = client;
  await client.$transaction((tx) => seedReferenceData(tx));
  const setup = await client.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const ministry = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const ilo = await createOrganisation(tx, { kind: "INTERNATIONAL_ORGANISATION", countryCode: null });
    const program = await createProgram(tx, { agreementId: agreement.id, visibility: "DRAFT", participants: { create: [{ organisationId: ministry.id, role: "ACCOUNTABLE" }] } });
    return { ministry, ilo, program };
  });
  const actor: Actor = await createActor(client, "GOVERNMENT", { organisationId: setup.ministry.id });
  token = await tokenFor(actor);
  programId = setup.program.id;
  providerId = setup.ilo.id;
});

afterAll(async () => {
  delete slot.prisma;
  await client?.$disconnect();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function restartDatabase() {
  server = await startEmbeddedPostgres({ dataDir, port });
}

function postTransaction(reference: string) {
  const body = { type: "DISBURSEMENT", date: "2026-03-31", amount: "100.00", currencyCode: "USD", providerId, reference };
  return createTransactionRoute(apiRequest(`/api/v1/programs/${programId}/transactions`, { token, method: "POST", body }), params({ id: programId }));
}

describe("GET /api/health while the database goes away and comes back", () => {
  it("answers 503 while it is down and 200 again once it is back, with the same client", async () => {
    expect((await healthRoute()).status).toBe(200);
    await server.stop();
    const down = await healthRoute();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "error", database: "unreachable" });
    await restartDatabase();
    expect((await healthRoute()).status).toBe(200);
  });
});

describe("a stream of writes while the database is stopped and started again", () => {
  it("answers 201 or 503, keeps every acknowledged write once and writes nothing twice", async () => {
    const answers: { reference: string; status: number; retryAfter: string | null; code?: string; phase: string }[] = [];
    let phase = "up";
    let running = true;
    let sequence = 0;
    const writer = async (lane: number) => {
      while (running) {
        const reference = `outage-${lane}-${++sequence}`;
        const sentIn = phase;
        const response = await postTransaction(reference);
        const body = (await response.json()) as { error?: { code: string } };
        answers.push({ reference, status: response.status, retryAfter: response.headers.get("Retry-After"), code: body.error?.code, phase: sentIn });
        if (response.status === 503) await sleep(50); // a client backing off, briefly, to keep the test short
      }
    };
    const writers = [1, 2, 3].map(writer);

    await sleep(1_500);
    phase = "stopping";
    await server.stop(); // a fast shutdown: open transactions are cut off
    phase = "down";
    await sleep(1_500);
    phase = "starting";
    await restartDatabase();
    phase = "back";
    await sleep(1_500);
    running = false;
    await Promise.all(writers);

    const statuses = new Set(answers.map((answer) => answer.status));
    expect([...statuses].sort()).toEqual([201, 503]);
    const refused = answers.filter((answer) => answer.status === 503);
    expect(refused.every((answer) => answer.code === "UNAVAILABLE" && answer.retryAfter === "30")).toBe(true);
    expect(answers.some((answer) => answer.phase === "down" && answer.status === 503)).toBe(true);
    // The app recovered by itself: writes sent after the restart succeed.
    expect(answers.filter((answer) => answer.phase === "back" && answer.status === 201).length).toBeGreaterThan(0);

    const rows = await client.transaction.groupBy({ by: ["reference"], where: { programId }, _count: { _all: true } });
    const saved = new Map(rows.map((row) => [row.reference, row._count._all]));
    expect(rows.filter((row) => row._count._all > 1)).toEqual([]);
    const acknowledged = answers.filter((answer) => answer.status === 201);
    expect(acknowledged.filter((answer) => saved.get(answer.reference) !== 1)).toEqual([]);
    // Nothing was saved that no one asked for.
    expect([...saved.keys()].every((reference) => answers.some((answer) => answer.reference === reference))).toBe(true);
    // A write refused with 503 is, in practice, not saved either (the message says so); the one
    // exception would be a connection lost between COMMIT and its answer, which this test does not
    // provoke, so it is not asserted here.
  });
});

describe("transactions cut off by the database going away", () => {
  it("do not use up the pool: the app answers again once the database is back", async () => {
    const small = createPrismaClient(server.url, { poolSize: 2 });
    try {
      await small.$queryRaw`SELECT 1`;
      // Three transactions, more than the pool's two connections, each cut off midway.
      const cut = [1, 2, 3].map((n) =>
        small
          .$transaction(async (tx) => {
            await tx.$executeRaw`SELECT pg_sleep(0)`;
            await sleep(1_500);
            await tx.$executeRaw`SELECT ${n}`;
          })
          .then(() => "committed", () => "failed"),
      );
      await sleep(500);
      await server.stop();
      expect(await Promise.all(cut)).toEqual(["failed", "failed", "failed"]);
      await restartDatabase();
      const started = Date.now();
      expect(await small.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
      expect(Date.now() - started).toBeLessThan(2_000); // not after the pool's 5 s wait for a connection
    } finally {
      await small.$disconnect();
    }
  });
});
