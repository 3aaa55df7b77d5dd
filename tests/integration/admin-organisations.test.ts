import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { renderFieldErrors } from "@/lib/platform/i18n/render-problem";
import type { Actor } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db/create-client";
import type { Role } from "@/lib/platform/db/generated/enums";
import { AppError, type AppErrorCode } from "@/lib/platform/errors/app-error";
import { createOrganisation } from "@/lib/domain/organisations/create-organisation";
import { getOrganisation } from "@/lib/domain/organisations/get-organisation";
import { listOrganisations } from "@/lib/domain/organisations/list-organisations";
import { updateOrganisation } from "@/lib/domain/organisations/update-organisation";
import { createOrganisation as createOrganisationRow, createUser as createUserRow } from "@/prisma/seed/factories";
import { contextFor, createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const REFUSED_ROLES = ["ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"] as const satisfies readonly Role[];

const test = provideTestDatabase();
bindAppDatabase(test);

// The factories take a transaction client.
const newOrganisation = (data: Parameters<typeof createOrganisationRow>[1]) => test.db.$transaction((tx) => createOrganisationRow(tx, data));
const newUser = (data: Parameters<typeof createUserRow>[1]) => test.db.$transaction((tx) => createUserRow(tx, data));

/** The AppError a promise rejects with, failing the test if it resolves or throws something else. */
async function appError(promise: Promise<unknown>, code: AppErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

async function zodFieldErrors(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(z.ZodError);
  return renderFieldErrors(fieldErrorsOf(error as z.ZodError), "en");
}

/**
 * Runs `during` while a transaction of the test holds the changes `hold` made, uncommitted, for half a
 * second; then commits them and reports how `during` ended. This makes a race happen every time.
 */
async function whileUncommitted<T>(hold: (tx: DbTx) => Promise<unknown>, during: () => Promise<T>) {
  let running: Promise<T> | undefined;
  await test.db.$transaction(async (tx) => {
    await hold(tx);
    running = during();
    running.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
  });
  const [outcome] = await Promise.allSettled([running!]);
  return outcome!;
}

let admin: Actor;
const others = {} as Record<(typeof REFUSED_ROLES)[number], Actor>;

beforeAll(async () => {
  admin = await createActor(test.db, "ADMIN");
  for (const role of REFUSED_ROLES) others[role] = await createActor(test.db, role);
});

describe("listOrganisations", () => {
  it("searches, filters and pages in name order, with each organisation's number of users", async () => {
    const beta = await newOrganisation({ name: "Orglist Beta Union", acronym: "OBU", kind: "WORKERS_ORGANISATION", countryCode: "AR" });
    await newOrganisation({ name: "Orglist Alpha Ministry", kind: "GOVERNMENT_MINISTRY", countryCode: "AR", iatiIdentifier: "AR-GOV-ORGLIST" });
    await newOrganisation({ name: "Orglist Gamma Institute", kind: "ACADEMIC", countryCode: "UY" });
    await newUser({ organisationId: beta.id });
    await newUser({ organisationId: beta.id });

    const firstPage = await listOrganisations(admin, { q: "ORGLIST" }, { limit: 2 });
    expect(firstPage.data.map((row) => row.name)).toEqual(["Orglist Alpha Ministry", "Orglist Beta Union"]);
    expect(firstPage.data[1]).toMatchObject({ acronym: "OBU", countryCode: "AR", country: { name: "Argentina" }, _count: { users: 2 } });
    expect(firstPage.data[0]?._count.users).toBe(0);
    const secondPage = await listOrganisations(admin, { q: "orglist" }, { limit: 2, cursor: firstPage.page.nextCursor! });
    expect(secondPage.data.map((row) => row.name)).toEqual(["Orglist Gamma Institute"]);
    expect(secondPage.page.nextCursor).toBeNull();

    expect((await listOrganisations(admin, { q: "obu" }, { limit: 25 })).data.map((row) => row.name)).toEqual(["Orglist Beta Union"]);
    expect((await listOrganisations(admin, { q: "ar-gov-orglist" }, { limit: 25 })).data.map((row) => row.name)).toEqual(["Orglist Alpha Ministry"]);
    expect((await listOrganisations(admin, { q: "orglist", kind: "ACADEMIC" }, { limit: 25 })).data.map((row) => row.name)).toEqual(["Orglist Gamma Institute"]);
    expect((await listOrganisations(admin, { q: "orglist", country: "AR" }, { limit: 25 })).data.map((row) => row.name)).toEqual([
      "Orglist Alpha Ministry",
      "Orglist Beta Union",
    ]);
  });

  it.each(REFUSED_ROLES)("is refused to %s", async (role) => {
    await appError(listOrganisations(others[role], {}, { limit: 25 }), "FORBIDDEN");
  });
});

describe("getOrganisation", () => {
  it("returns the organisation with its country and number of users to an administrator", async () => {
    const row = await newOrganisation({ name: "Got Organisation", kind: "NGO", countryCode: "BR" });
    await newUser({ organisationId: row.id });
    expect(await getOrganisation(admin, row.id)).toMatchObject({ id: row.id, name: "Got Organisation", version: 1, country: { name: "Brazil" }, _count: { users: 1 } });
    expect(await getOrganisation(admin, "no-such-organisation")).toBeNull();
  });

  it.each(REFUSED_ROLES)("is refused to %s", async (role) => {
    await appError(getOrganisation(others[role], others[role].organisationId), "FORBIDDEN");
  });
});

describe("createOrganisation", () => {
  it("creates the organisation from form input and audits it", async () => {
    const created = await createOrganisation(contextFor(admin), {
      name: "  Confederación de Trabajadores  ",
      acronym: "CT",
      kind: "WORKERS_ORGANISATION",
      countryCode: "co",
      iatiIdentifier: "CO-COC-900123",
    });
    expect(created).toMatchObject({ name: "Confederación de Trabajadores", acronym: "CT", countryCode: "CO", iatiIdentifier: "CO-COC-900123", version: 1 });
    expect(await test.db.organisation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ name: "Confederación de Trabajadores", kind: "WORKERS_ORGANISATION" });
    const event = await test.db.auditEvent.findFirstOrThrow({ where: { entityType: "Organisation", entityId: created.id } });
    expect(event).toMatchObject({ action: "organisation.create", actorId: admin.id, after: { name: "Confederación de Trabajadores", countryCode: "CO" } });

    const international = await createOrganisation(contextFor(admin), { name: "International Body", kind: "INTERNATIONAL_ORGANISATION" });
    expect(international).toMatchObject({ countryCode: null, acronym: null, iatiIdentifier: null });
  });

  it("refuses a name already used in the same country on the name field, but not in another country", async () => {
    await newOrganisation({ name: "Ministerio del Trabajo", kind: "GOVERNMENT_MINISTRY", countryCode: "PE" });
    const before = await test.db.organisation.count();
    const error = await appError(
      createOrganisation(contextFor(admin), { name: "ministerio del trabajo", kind: "GOVERNMENT_MINISTRY", countryCode: "PE" }),
      "INVALID_INPUT",
    );
    expect(error.fieldErrors?.name?.[0]).toMatch(/already exists in this country/);
    expect(await test.db.organisation.count()).toBe(before);

    const elsewhere = await createOrganisation(contextFor(admin), { name: "Ministerio del Trabajo", kind: "GOVERNMENT_MINISTRY", countryCode: "PY" });
    expect(elsewhere.countryCode).toBe("PY");
  });

  it("refuses a name already used by an organisation without a country", async () => {
    await newOrganisation({ name: "Global Alliance", kind: "NGO", countryCode: null });
    const error = await appError(createOrganisation(contextFor(admin), { name: "Global Alliance", kind: "NGO" }), "INVALID_INPUT");
    expect(error.fieldErrors?.name).toBeDefined();
    expect(await test.db.organisation.count({ where: { name: "Global Alliance" } })).toBe(1);
  });

  it("refuses an IATI identifier already taken, and an unknown country, each on its field", async () => {
    await newOrganisation({ name: "Holder of the identifier", kind: "NGO", iatiIdentifier: "XM-DAC-99999" });
    const before = await test.db.organisation.count();
    const error = await appError(
      createOrganisation(contextFor(admin), { name: "Copycat", kind: "NGO", countryCode: "QQ", iatiIdentifier: "XM-DAC-99999" }),
      "INVALID_INPUT",
    );
    expect(error.fieldErrors?.iatiIdentifier?.[0]).toMatch(/already has this IATI identifier/);
    expect(error.fieldErrors?.countryCode?.[0]).toMatch(/no country with this code/);
    expect(error.fieldErrors?.name).toBeUndefined();
    expect(await test.db.organisation.count()).toBe(before);
  });

  it("refuses the IATI identifier on its field when another creation of it commits first", async () => {
    // The other creation is not committed when this one checks, so only the database's unique index catches it.
    const outcome = await whileUncommitted(
      (tx) => createOrganisationRow(tx, { name: "Fast one", kind: "NGO", iatiIdentifier: "XI-RACE-1" }),
      () => createOrganisation(contextFor(admin), { name: "Slow one", kind: "NGO", iatiIdentifier: "XI-RACE-1" }),
    );
    expect(outcome.status).toBe("rejected");
    const reason = (outcome as PromiseRejectedResult).reason as unknown;
    expect(reason).toBeInstanceOf(AppError);
    expect((reason as AppError).fieldErrors).toEqual({ iatiIdentifier: [expect.stringMatching(/already has this IATI identifier/)] });
    expect(await test.db.organisation.findMany({ where: { iatiIdentifier: "XI-RACE-1" }, select: { name: true } })).toEqual([{ name: "Fast one" }]);
  });

  it("refuses the name on its field when another creation of it in the same country commits first", async () => {
    const outcome = await whileUncommitted(
      (tx) => createOrganisationRow(tx, { name: "Racing Union", kind: "NGO", countryCode: "EC" }),
      () => createOrganisation(contextFor(admin), { name: "Racing Union", kind: "NGO", countryCode: "EC" }),
    );
    expect(outcome.status).toBe("rejected");
    expect(((outcome as PromiseRejectedResult).reason as AppError).fieldErrors).toEqual({ name: [expect.stringMatching(/already exists/)] });
  });

  it("names every missing or malformed field", async () => {
    const before = await test.db.organisation.count();
    const missing = await zodFieldErrors(createOrganisation(contextFor(admin), {}));
    expect(Object.keys(missing).sort()).toEqual(["kind", "name"]);
    const malformed = await zodFieldErrors(
      createOrganisation(contextFor(admin), { name: "x".repeat(201), acronym: "A".repeat(31), kind: "CLUB", countryCode: "Chile", iatiIdentifier: "not an identifier" }),
    );
    expect(Object.keys(malformed).sort()).toEqual(["acronym", "countryCode", "iatiIdentifier", "kind", "name"]);
    expect(malformed.iatiIdentifier?.[0]).toMatch(/IATI organisation identifier/);
    expect(await test.db.organisation.count()).toBe(before);
  });

  it.each(REFUSED_ROLES)("is refused to %s and creates nothing", async (role) => {
    const [organisations, events] = [await test.db.organisation.count(), await test.db.auditEvent.count()];
    await appError(createOrganisation(contextFor(others[role]), { name: `Made by ${role}`, kind: "NGO" }), "FORBIDDEN");
    expect(await test.db.organisation.count()).toBe(organisations);
    expect(await test.db.auditEvent.count()).toBe(events);
  });
});

describe("updateOrganisation", () => {
  const edit = (row: { id: string }, changes: Record<string, unknown> = {}) => ({
    id: row.id,
    version: "1",
    name: "Edited Organisation",
    kind: "EMPLOYERS_ORGANISATION",
    countryCode: "CL",
    ...changes,
  });

  it("replaces the details, clears emptied optional fields, bumps the version and audits before and after", async () => {
    const row = await newOrganisation({ name: "Unedited", acronym: "UN", kind: "NGO", countryCode: "AR", iatiIdentifier: "AR-X-1" });
    const updated = await updateOrganisation(contextFor(admin), edit(row, { name: "Cámara de Comercio" }));
    expect(updated).toMatchObject({ name: "Cámara de Comercio", acronym: null, kind: "EMPLOYERS_ORGANISATION", countryCode: "CL", iatiIdentifier: null, version: 2 });
    expect(await test.db.organisation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ name: "Cámara de Comercio", acronym: null, version: 2 });
    const event = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: row.id, action: "organisation.update" } });
    expect(event).toMatchObject({
      actorId: admin.id,
      before: { name: "Unedited", acronym: "UN", countryCode: "AR", iatiIdentifier: "AR-X-1", version: 1 },
      after: { name: "Cámara de Comercio", acronym: null, countryCode: "CL", iatiIdentifier: null, version: 2 },
    });
  });

  it("keeps its own name and IATI identifier without calling them duplicates", async () => {
    const row = await newOrganisation({ name: "Steady Name", kind: "NGO", countryCode: "CL", iatiIdentifier: "CL-STEADY-1" });
    const updated = await updateOrganisation(contextFor(admin), edit(row, { name: "Steady Name", acronym: "SN", kind: "NGO", iatiIdentifier: "CL-STEADY-1" }));
    expect(updated).toMatchObject({ acronym: "SN", version: 2 });
  });

  it("refuses a stale version with STALE_VERSION and leaves the organisation as the other person saved it", async () => {
    const row = await newOrganisation({ name: "Contested", kind: "NGO" });
    await updateOrganisation(contextFor(admin), edit(row, { name: "First edit" }));
    const error = await appError(updateOrganisation(contextFor(admin), edit(row, { name: "Second edit" })), "STALE_VERSION");
    expect(error.message).toMatch(/someone else changed/i);
    expect(await test.db.organisation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ name: "First edit", version: 2 });
  });

  it("refuses another organisation's name in the same country and another's IATI identifier", async () => {
    await newOrganisation({ name: "Occupied Name", kind: "NGO", countryCode: "CL", iatiIdentifier: "CL-OCC-1" });
    const row = await newOrganisation({ name: "Free Name", kind: "NGO", countryCode: "CL" });
    const byName = await appError(updateOrganisation(contextFor(admin), edit(row, { name: "Occupied Name" })), "INVALID_INPUT");
    expect(byName.fieldErrors?.name).toBeDefined();
    const byIati = await appError(updateOrganisation(contextFor(admin), edit(row, { name: "Free Name", iatiIdentifier: "CL-OCC-1" })), "INVALID_INPUT");
    expect(byIati.fieldErrors?.iatiIdentifier).toBeDefined();
    const byCountry = await appError(updateOrganisation(contextFor(admin), edit(row, { name: "Free Name", countryCode: "ZZ" })), "INVALID_INPUT");
    expect(byCountry.fieldErrors?.countryCode).toBeDefined();
    expect(await test.db.organisation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ name: "Free Name", countryCode: "CL", iatiIdentifier: null, version: 1 });
  });

  it("does not remove the country of an organisation that government users act for", async () => {
    const ministry = await newOrganisation({ name: "Ministry with staff", kind: "GOVERNMENT_MINISTRY", countryCode: "CL" });
    await newUser({ role: "GOVERNMENT", organisationId: ministry.id });
    const error = await appError(
      updateOrganisation(contextFor(admin), edit(ministry, { name: "Ministry with staff", kind: "GOVERNMENT_MINISTRY", countryCode: undefined })),
      "INVALID_INPUT",
    );
    expect(error.fieldErrors?.countryCode?.[0]).toMatch(/Government users/);
    expect(await test.db.organisation.findUniqueOrThrow({ where: { id: ministry.id } })).toMatchObject({ countryCode: "CL", version: 1 });
  });

  it("reports an organisation that does not exist", async () => {
    await appError(updateOrganisation(contextFor(admin), edit({ id: "no-such-organisation" })), "NOT_FOUND");
  });

  it.each(REFUSED_ROLES)("is refused to %s and changes nothing", async (role) => {
    const row = await newOrganisation({ name: `Untouched by ${role}`, kind: "NGO" });
    await appError(updateOrganisation(contextFor(others[role]), edit(row, { name: "Hijacked" })), "FORBIDDEN");
    expect(await test.db.organisation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ name: `Untouched by ${role}`, version: 1 });
    expect(await test.db.auditEvent.count({ where: { entityId: row.id } })).toBe(0);
  });
});
