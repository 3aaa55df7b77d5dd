// The migration that replaced the stored English sentences of notifications ("title", "body") with a
// message key and values: the notifications written before it stay readable, in each reader's
// language where the record they tell of still exists, and as they were written where it is gone.
// The test database's Notification table is put back in its shape before the migration, filled with
// rows as the earlier code wrote them, and the migration's own SQL is run on it.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { MIGRATIONS_DIR } from "@/lib/platform/db/migrate";
import { createAgreement, createMeasure, createOrganisation, createPlan } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: listRoute } = await import("@/app/api/v1/notifications/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const migration = fs.readdirSync(MIGRATIONS_DIR).find((name) => name.endsWith("_notification_messages"));

async function sql(statements: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: test.url });
  await client.connect();
  try {
    return (await client.query(statements, values)).rows;
  } finally {
    await client.end();
  }
}

let reader: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  expect(migration, "the notification_messages migration").toBeDefined();
  const organisation = await test.db.$transaction((tx) => createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }));
  reader = await createActor(test.db, "GOVERNMENT", { organisationId: organisation.id });
  await test.db.user.update({ where: { id: reader.id }, data: { locale: "es" } });
  const analyst = await createActor(test.db, "ANALYST");
  const agreementId = (await test.db.$transaction((tx) => createAgreement(tx, { parties: ["MX", "US"] }))).id;
  const plan = await createPlan(test.db, { kind: "ACTION", title: "Plan Norte", agreementId, countryCode: "MX", origin: "COUNCIL_DECISION", ownerOrganisationId: organisation.id, status: "IN_PROGRESS" });
  const measure = await createMeasure(test.db, { planId: plan.id, responsibleOrganisationId: organisation.id, title: "Inspection roadmap", dueDate: new Date("2026-03-09T00:00:00Z"), status: "SCHEDULED" });
  const review = await test.db.review.create({ data: { planId: plan.id, analystId: analyst.id, decision: "REQUEST_CHANGES", comment: "Add the date of the vote." } });
  const comment = await test.db.comment.create({ data: { authorId: analyst.id, planId: plan.id, body: "Which vote?" } });

  // The table as it was, and rows as the earlier code wrote them (English sentences).
  await sql(`ALTER TABLE "Notification" DROP COLUMN "messageKey", DROP COLUMN "messageValues", ADD COLUMN "title" TEXT NOT NULL, ADD COLUMN "body" TEXT NOT NULL DEFAULT ''`);
  const old = [
    ["overdue", "MEASURE_OVERDUE", `measure-overdue:${measure.id}:2026-03-09`, "Measure overdue since 2026-03-09: Inspection roadmap", "“Inspection roadmap” in the plan “Plan Norte” was due on 2026-03-09 and is not met yet."],
    ["submitted", "PLAN_SUBMITTED", `plan-submitted:${plan.id}:2`, "Plan submitted for review: Plan Norte", "Ready for review."],
    ["reviewed", "PLAN_REVIEWED", `plan-reviewed:${review.id}`, "Plan Norte: changes requested", "Add the date of the vote."],
    ["comment", "COMMENT", `comment:${comment.id}`, `${analyst.name} commented on Plan Norte`, "Which vote?"],
    ["gone", "MEASURE_DUE", "measure-due:deleted-measure:2026-03-01", "Measure due on 2026-03-01: A measure since deleted", "“A measure since deleted” in the plan “Old plan” is due on 2026-03-01."],
  ];
  for (const [name, kind, dedupeKey, title, body] of old) {
    const [row] = await sql(
      `INSERT INTO "Notification" ("id", "userId", "kind", "title", "body", "link", "dedupeKey", "createdAt") VALUES ($1, $2, $3::"NotificationKind", $4, $5, '/plans', $6, $7) RETURNING "id"`,
      [`old-${name}`, reader.id, kind, title, body, dedupeKey, new Date(Date.UTC(2026, 0, 1 + old.findIndex((entry) => entry[0] === name)))],
    );
    ids[name!] = row.id;
  }

  await sql(fs.readFileSync(path.join(MIGRATIONS_DIR, migration!, "migration.sql"), "utf8"));
});

describe("the notification_messages migration", () => {
  it("rebuilds each old notification's key and values from the record it tells of, and keeps the sentence of one whose record is gone", async () => {
    const rows = await test.db.notification.findMany({ where: { userId: reader.id }, select: { id: true, messageKey: true, messageValues: true } });
    const byId = Object.fromEntries(rows.map((row) => [row.id, { messageKey: row.messageKey, messageValues: row.messageValues }]));
    const analystName = (await test.db.comment.findFirstOrThrow({ select: { author: { select: { name: true } } } })).author.name;
    expect(byId).toEqual({
      [ids.overdue!]: { messageKey: "measureOverdue", messageValues: { measure: "Inspection roadmap", plan: "Plan Norte", dueDate: "2026-03-09" } },
      [ids.submitted!]: { messageKey: "planSubmitted", messageValues: { plan: "Plan Norte", comment: "Ready for review." } },
      [ids.reviewed!]: { messageKey: "planChangesRequested", messageValues: { plan: "Plan Norte", comment: "Add the date of the vote." } },
      [ids.comment!]: { messageKey: "comment", messageValues: { author: analystName, target: "Plan Norte", excerpt: "Which vote?" } },
      [ids.gone!]: {
        messageKey: "stored",
        messageValues: { title: "Measure due on 2026-03-01: A measure since deleted", body: "“A measure since deleted” in the plan “Old plan” is due on 2026-03-01." },
      },
    });
    const columns = await sql(`SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = 'Notification' AND column_name IN ('title', 'body', 'messageKey')`);
    expect(columns).toEqual([{ column_name: "messageKey", is_nullable: "NO" }]);
  });

  it("leaves every old notification displayable, in the reader's language where it could be rebuilt", async () => {
    const response = await listRoute(apiRequest("/api/v1/notifications", { token: await tokenFor(reader) }), params({}));
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { id: string; title: string; body: string }[] };
    const shown = Object.fromEntries(data.map((row) => [row.id, [row.title, row.body]]));
    expect(shown[ids.overdue!]).toEqual([
      "Medida vencida desde el 9 mar 2026: Inspection roadmap",
      "“Inspection roadmap”, del plan “Plan Norte”, vencía el 9 de marzo de 2026 y todavía no se ha cumplido.",
    ]);
    expect(shown[ids.submitted!]).toEqual(["Plan presentado para revisión: Plan Norte", "Ready for review."]);
    expect(shown[ids.reviewed!]).toEqual(["Se solicitan cambios en el plan: Plan Norte", "Add the date of the vote."]);
    expect(shown[ids.comment!]![0]).toMatch(/ comentó en Plan Norte$/);
    expect(shown[ids.gone!]).toEqual(["Measure due on 2026-03-01: A measure since deleted", "“A measure since deleted” in the plan “Old plan” is due on 2026-03-01."]);
  });
});
