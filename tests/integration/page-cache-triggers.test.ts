// The page cache serves an entry only for the generation it was rendered in; every write to a table
// a public page shows must move that generation on. Here every table of the schema either carries
// the triggers that do so or is named below as one no public page shows, so that a new table cannot
// be forgotten; and an edit through a domain operation moves the generation on, at its commit.
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement, createOrganisation } from "@/prisma/seed/factories";
import { createActor, contextFor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": crypto.randomUUID() }), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createProgram } = await import("@/lib/domain/programs/create-program");
const { updateProgram } = await import("@/lib/domain/programs/update-program");

/** Tables no public page shows, written often (per sign-in, per request, per notification): a write to them leaves cached pages alone. */
const NOT_ON_PUBLIC_PAGES = [
  "ApiToken",
  "FigureCache",
  "Follow",
  "Notification",
  "NotificationDigest",
  "NotificationPreference",
  "PageCacheEntry",
  "PageCacheGeneration",
  "PasswordLink",
  "RateLimit",
  "SignInThrottle",
  // Its progress is written after every batch of programs; the programs it writes move the generation on.
  "SpreadsheetImport",
];

const test = provideTestDatabase();
bindAppDatabase(test);

async function generation(): Promise<bigint> {
  const rows = await test.db.$queryRaw<{ generation: bigint }[]>`SELECT "generation" FROM "PageCacheGeneration" WHERE "id" = 1`;
  return rows[0]!.generation;
}

describe("the page cache's generation", () => {
  it("is moved on by a trigger on every table but those named as never shown on a public page", async () => {
    const tables = await test.db.$queryRaw<{ name: string; triggers: string[] }[]>`
      SELECT c.relname AS name,
             coalesce(array_agg(t.tgname::text ORDER BY t.tgname) FILTER (WHERE p.proname = 'page_cache_bump'), '{}') AS triggers
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND NOT t.tgisinternal
      LEFT JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      GROUP BY c.relname ORDER BY c.relname`;
    expect(tables.length).toBeGreaterThan(30);
    for (const name of NOT_ON_PUBLIC_PAGES) expect(tables.map((table) => table.name)).toContain(name);
    const wrong = tables.flatMap(({ name, triggers }) => {
      const expected = NOT_ON_PUBLIC_PAGES.includes(name) ? [] : [`${name}_page_cache`, `${name}_page_cache_truncate`];
      return JSON.stringify(triggers) === JSON.stringify(expected) ? [] : [`${name}: has ${triggers.join(", ") || "none"}, should have ${expected.join(", ") || "none"}`];
    });
    expect(wrong).toEqual([]);
  });

  it("moves on with the commit of a program edit, once per transaction, and not before", async () => {
    const setup = await test.db.$transaction(async (tx) => ({
      agreement: await createAgreement(tx, { parties: ["MX", "US"] }),
      stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
    }));
    const actor: Actor = await createActor(test.db, "GOVERNMENT", { organisationId: setup.stps.id });
    const program = await createProgram(contextFor(actor), {
      agreementId: setup.agreement.id,
      identifier: "MX-STPS-CACHE-1",
      title: "Risk-based labour inspection",
      type: "TECHNICAL_COOPERATION",
      expertiseArea: "Labour inspection",
      status: "PIPELINE",
      currencyCode: "USD",
      visibility: "DRAFT",
    });

    const before = await generation();
    await updateProgram(contextFor(actor), program.id, { version: program.version, title: "Labour inspection, planned by risk" }, { mode: "merge" });
    // The edit writes the program and its audit event, in one transaction: one step.
    expect(await generation()).toBe(before + 1n);
  });

  it("is not visible to others before the write commits, and a rolled-back write leaves it", async () => {
    const client = new pg.Client({ connectionString: test.url });
    await client.connect();
    try {
      const before = await generation();
      await client.query("BEGIN");
      await client.query(`UPDATE "Country" SET "name" = "name" WHERE "code" = 'MX'`);
      await client.query(`UPDATE "Currency" SET "name" = "name" WHERE "code" = 'USD'`);
      expect(await generation()).toBe(before);
      await client.query("ROLLBACK");
      expect(await generation()).toBe(before);

      await client.query("BEGIN");
      await client.query(`UPDATE "Country" SET "name" = "name" WHERE "code" = 'MX'`);
      expect(await generation()).toBe(before);
      await client.query("COMMIT");
      expect(await generation()).toBe(before + 1n);

      // A write to a table no public page shows leaves it.
      await client.query(`INSERT INTO "RateLimit" ("key", "points") VALUES ('page-cache-test', 1)`);
      expect(await generation()).toBe(before + 1n);
    } finally {
      await client.end();
    }
  });

  it("is left alone by a sign-in, and moved on when a person's name changes", async () => {
    const actor: Actor = await createActor(test.db, "ANALYST");
    const before = await generation();
    // What a sign-in writes (lib/platform/auth/authenticate.ts): the time on the account, an event in the trail.
    await test.db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.id }, data: { lastSignInAt: new Date(), locale: "es", timeZone: "America/Mexico_City" } });
      await tx.auditEvent.create({ data: { actorId: actor.id, action: "user.sign-in", entityType: "User", entityId: actor.id, after: { method: "password" } } });
    });
    expect(await generation()).toBe(before);

    await test.db.user.update({ where: { id: actor.id }, data: { name: "Ana Analyst" } });
    expect(await generation()).toBe(before + 1n);
  });
});
