// The migration that gives every program a reporting organisation fills it for the programs a
// database already has, in the order its SQL says: the ACCOUNTABLE ministry, else whoever registered
// or imported the program, else any ACCOUNTABLE participant, else any participant.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { committedMigrations, MIGRATIONS_DIR } from "@/lib/platform/db/migrate";
import { adminQuery, dropDatabase, withDatabaseName } from "./helpers/database-url";

const MIGRATION = "20261206055351_program_reporting_organisation";
const adminUrl = inject("adminUrl");
const name = `lct_reporter_${process.pid}`;
let client: pg.Client;

const sqlOf = (migration: string) => fs.readFileSync(path.join(MIGRATIONS_DIR, migration, "migration.sql"), "utf8");

beforeAll(async () => {
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  client = new pg.Client({ connectionString: withDatabaseName(adminUrl, name) });
  await client.connect();
  const all = committedMigrations();
  expect(all).toContain(MIGRATION);
  for (const migration of all.slice(0, all.indexOf(MIGRATION))) await client.query(sqlOf(migration));
});

afterAll(async () => {
  await client?.end();
  await dropDatabase(adminUrl, name);
});

describe(`migration ${MIGRATION}`, () => {
  it("gives each existing program the organisation its SQL names, in that order", async () => {
    const q = (sql: string, values: unknown[] = []) => client.query(sql, values);
    await q(`INSERT INTO "Country" ("code", "name") VALUES ('MX', 'Mexico'), ('US', 'United States')`);
    await q(`INSERT INTO "Currency" ("code", "name") VALUES ('USD', 'US Dollar')`);
    await q(`INSERT INTO "Agreement" ("id", "title", "shortName", "kind", "status", "updatedAt") VALUES ('agr', 'USMCA', 'USMCA', 'REGIONAL', 'IN_FORCE', now())`);
    const organisations: [string, string, string][] = [
      ["stps", "GOVERNMENT_MINISTRY", "MX"],
      ["ilab", "GOVERNMENT_MINISTRY", "US"],
      ["union", "WORKERS_ORGANISATION", "MX"],
      ["ilo", "INTERNATIONAL_ORGANISATION", "US"],
    ];
    for (const [id, kind, country] of organisations) {
      await q(`INSERT INTO "Organisation" ("id", "name", "kind", "countryCode", "updatedAt") VALUES ($1, $1, $2, $3, now())`, [id, kind, country]);
    }
    await q(`INSERT INTO "User" ("id", "email", "name", "role", "organisationId", "updatedAt") VALUES ('creator', 'creator@example.test', 'Creator', 'GOVERNMENT', 'ilab', now())`);
    for (const id of ["ministry", "creator", "accountable", "anyone"]) {
      await q(
        `INSERT INTO "CooperationProgram" ("id", "agreementId", "identifier", "title", "type", "status", "currencyCode", "topics", "updatedAt")
         VALUES ($1, 'agr', $2, $1, 'TECHNICAL_COOPERATION', 'PIPELINE', 'USD', '{}', now())`,
        [id, `XX-${id}`],
      );
    }
    const participant = (program: string, organisation: string, role: string, at: string) =>
      q(`INSERT INTO "Participant" ("id", "programId", "organisationId", "role", "createdAt") VALUES ($1, $2, $3, $4, $5)`, [`${program}-${organisation}-${role}`, program, organisation, role, at]);
    // 1. The ACCOUNTABLE ministry wins over an earlier ACCOUNTABLE organisation of another kind and over the creator.
    await participant("ministry", "ilo", "ACCOUNTABLE", "2020-01-01");
    await participant("ministry", "stps", "ACCOUNTABLE", "2020-02-01");
    // 2. No ACCOUNTABLE ministry: whoever registered it.
    await participant("creator", "union", "ACCOUNTABLE", "2020-01-01");
    for (const program of ["ministry", "creator"]) {
      await q(`INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId") VALUES ($1, 'creator', 'program.create', 'CooperationProgram', $2)`, [`audit-${program}`, program]);
    }
    // 3. No ministry, no creator on record: the earliest ACCOUNTABLE participant.
    await participant("accountable", "union", "PARTNER", "2019-01-01");
    await participant("accountable", "ilo", "ACCOUNTABLE", "2020-01-01");
    // 4. Nothing else: the earliest participant.
    await participant("anyone", "union", "CONSULTED", "2020-03-01");
    await participant("anyone", "ilo", "PARTNER", "2020-02-01");

    await q(sqlOf(MIGRATION));

    const { rows } = await q(`SELECT "id", "reportingOrganisationId" FROM "CooperationProgram" ORDER BY "id"`);
    expect(Object.fromEntries(rows.map((row) => [row.id, row.reportingOrganisationId]))).toEqual({
      ministry: "stps",
      creator: "ilab",
      accountable: "ilo",
      anyone: "ilo",
    });
    const { rows: column } = await q(`SELECT is_nullable FROM information_schema.columns WHERE table_name = 'CooperationProgram' AND column_name = 'reportingOrganisationId'`);
    expect(column[0].is_nullable).toBe("NO");
  });
});
