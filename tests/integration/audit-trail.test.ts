import { beforeAll, describe, expect, it, vi } from "vitest";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { listAuditEvents } from "@/lib/platform/audit/list-audit-events";
import type { Actor } from "@/lib/platform/authz";
import { contextFor, createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { provideTestDatabase, bindAppDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));
const { GET: auditRoute } = await import("@/app/api/v1/audit-events/route");

const test = provideTestDatabase();
bindAppDatabase(test);

let admin: Actor;
let eventId: string;

beforeAll(async () => {
  admin = await createActor(test.db, "ADMIN");
  await test.db.$transaction((tx) =>
    recordAuditEvent(tx, contextFor(admin), {
      action: "organisation.update",
      entityType: "Organisation",
      entityId: "org-1",
      before: { name: "Old", amount: "10.50" },
      after: { name: "New", at: new Date("2026-01-02T03:04:05Z") },
    }),
  );
  eventId = (await test.db.auditEvent.findFirstOrThrow({ where: { entityId: "org-1" } })).id;
});

describe("the audit trail", () => {
  it("cannot be edited, deleted or truncated, even with direct SQL", async () => {
    await expect(test.db.$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'x' WHERE id = '${eventId}'`)).rejects.toThrow(/append-only/);
    await expect(test.db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = '${eventId}'`)).rejects.toThrow(/append-only/);
    await expect(test.db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(test.db.auditEvent.update({ where: { id: eventId }, data: { action: "x" } })).rejects.toThrow();
    expect((await test.db.auditEvent.findUniqueOrThrow({ where: { id: eventId } })).action).toBe("organisation.update");
  });

  it("rolls back with the change it records", async () => {
    await expect(
      test.db.$transaction(async (tx) => {
        await recordAuditEvent(tx, contextFor(admin), { action: "test.rollback", entityType: "Test", entityId: "t1" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await test.db.auditEvent.count({ where: { action: "test.rollback" } })).toBe(0);
  });

  it("is readable by ADMIN and ANALYST, with filters", async () => {
    const analyst = await createActor(test.db, "ANALYST");
    for (const reader of [admin, analyst]) {
      const page = await listAuditEvents(reader, { entityType: "Organisation", action: "organisation." }, { limit: 10 });
      expect(page.data.map((event) => event.id)).toContain(eventId);
    }
    const filteredOut = await listAuditEvents(admin, { entityType: "Organisation", from: "2999-01-01" }, { limit: 10 });
    expect(filteredOut.data).toHaveLength(0);
    const byActor = await listAuditEvents(admin, { actor: admin.email.toUpperCase() }, { limit: 10 });
    expect(byActor.data.every((event) => event.actor?.id === admin.id)).toBe(true);
    expect(byActor.data.length).toBeGreaterThan(0);
  });

  it("is refused to GOVERNMENT, CIVIL_SOCIETY and anonymous readers", async () => {
    for (const role of ["GOVERNMENT", "CIVIL_SOCIETY"] as const) {
      const reader = await createActor(test.db, role);
      await expect(listAuditEvents(reader, {}, { limit: 10 })).rejects.toMatchObject({ code: "FORBIDDEN" });
      const response = await auditRoute(apiRequest("/api/v1/audit-events", { token: await tokenFor(reader) }), params({}));
      expect(response.status).toBe(403);
    }
    await expect(listAuditEvents(null, {}, { limit: 10 })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await auditRoute(apiRequest("/api/v1/audit-events"), params({}))).status).toBe(401);
  });

  it("is served by /api/v1/audit-events with paging and field errors for bad filters", async () => {
    const token = await tokenFor(admin);
    const ok = await auditRoute(apiRequest("/api/v1/audit-events?entityType=Organisation&limit=1", { token }), params({}));
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { data: { before: unknown; after: unknown }[]; page: { limit: number } };
    expect(body.page.limit).toBe(1);
    expect(body.data[0]).toMatchObject({ before: { name: "Old", amount: "10.50" }, after: { name: "New", at: "2026-01-02T03:04:05.000Z" } });

    const bad = await auditRoute(apiRequest("/api/v1/audit-events?from=yesterday&limit=1000", { token }), params({}));
    expect(bad.status).toBe(400);

    for (const query of ["cursor=garbage", "limit=0x1"]) {
      const refused = await auditRoute(apiRequest(`/api/v1/audit-events?${query}`, { token }), params({}));
      expect(refused.status, query).toBe(400);
      expect(Object.keys(((await refused.json()) as { error: { fieldErrors: object } }).error.fieldErrors), query).toEqual([query.split("=")[0]]);
    }
  });
});
