import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { renderFieldErrors } from "@/lib/platform/i18n/render-problem";
import { verifyPassword } from "@/lib/platform/auth/password";
import type { Actor } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db/create-client";
import type { Role } from "@/lib/platform/db/generated/enums";
import { AppError, type AppErrorCode } from "@/lib/platform/errors/app-error";
import { createUser } from "@/lib/domain/users/create-user";
import { getUser } from "@/lib/domain/users/get-user";
import { listUsers } from "@/lib/domain/users/list-users";
import { resetUserPassword } from "@/lib/domain/users/reset-user-password";
import { setUserDisabled } from "@/lib/domain/users/set-user-disabled";
import { updateUser } from "@/lib/domain/users/update-user";
import { createOrganisation, createUser as createUserRow } from "@/prisma/seed/factories";
import { contextFor, createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase, type TestDatabase } from "./helpers/test-database";

const REFUSED_ROLES = ["ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"] as const satisfies readonly Role[];

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

/** The field errors of the ZodError a promise rejects with. */
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
async function whileUncommitted<T>(test: TestDatabase, hold: (tx: DbTx) => Promise<unknown>, during: () => Promise<T>) {
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

// The factories take a transaction client.
const newOrganisation = (test: TestDatabase, data: Parameters<typeof createOrganisation>[1]) =>
  test.db.$transaction((tx) => createOrganisation(tx, data));
const newUser = (test: TestDatabase, data: Parameters<typeof createUserRow>[1]) => test.db.$transaction((tx) => createUserRow(tx, data));

async function passwordHashOf(test: TestDatabase, id: string) {
  const row = await test.db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
  return row.passwordHash;
}

describe("user administration", () => {
  const test = provideTestDatabase();
  bindAppDatabase(test);

  let admin: Actor;
  const others = {} as Record<(typeof REFUSED_ROLES)[number], Actor>;
  let ministry: { id: string };
  let noCountry: { id: string };

  beforeAll(async () => {
    admin = await createActor(test.db, "ADMIN");
    for (const role of REFUSED_ROLES) others[role] = await createActor(test.db, role);
    ministry = await newOrganisation(test, { kind: "GOVERNMENT_MINISTRY", countryCode: "CL" });
    noCountry = await newOrganisation(test, { kind: "INTERNATIONAL_ORGANISATION", countryCode: null });
  });

  describe("listUsers", () => {
    it("searches, filters and pages in name order for an administrator", async () => {
      const org = await newOrganisation(test, { kind: "NGO", countryCode: "PE" });
      await newUser(test, { name: "Listtest Carmen", email: "carmen.list@example.test", role: "ANALYST", organisationId: org.id });
      await newUser(test, { name: "Listtest Alba", email: "alba.list@example.test", role: "CIVIL_SOCIETY", organisationId: org.id });
      await newUser(test, { name: "Listtest Bruno", email: "bruno.list@example.test", role: "CIVIL_SOCIETY", organisationId: org.id, disabled: true });

      const firstPage = await listUsers(admin, { q: "LISTTEST" }, { limit: 2 });
      expect(firstPage.data.map((user) => user.name)).toEqual(["Listtest Alba", "Listtest Bruno"]);
      expect(firstPage.data[0]?.organisation).toMatchObject({ id: org.id, countryCode: "PE", country: { name: expect.any(String) } });
      expect(firstPage.page.nextCursor).not.toBeNull();
      const secondPage = await listUsers(admin, { q: "listtest" }, { limit: 2, cursor: firstPage.page.nextCursor! });
      expect(secondPage.data.map((user) => user.name)).toEqual(["Listtest Carmen"]);
      expect(secondPage.page.nextCursor).toBeNull();

      const byEmail = await listUsers(admin, { q: "BRUNO.LIST@" }, { limit: 25 });
      expect(byEmail.data.map((user) => user.email)).toEqual(["bruno.list@example.test"]);
      const byRole = await listUsers(admin, { role: "CIVIL_SOCIETY", organisation: org.id }, { limit: 25 });
      expect(byRole.data.map((user) => user.name)).toEqual(["Listtest Alba", "Listtest Bruno"]);
      const disabled = await listUsers(admin, { organisation: org.id, status: "disabled" }, { limit: 25 });
      expect(disabled.data.map((user) => user.name)).toEqual(["Listtest Bruno"]);
      const active = await listUsers(admin, { organisation: org.id, status: "active" }, { limit: 25 });
      expect(active.data.map((user) => user.name)).toEqual(["Listtest Alba", "Listtest Carmen"]);
      expect(JSON.stringify(active)).not.toContain("passwordHash");
    });

    it.each(REFUSED_ROLES)("is refused to %s", async (role) => {
      await appError(listUsers(others[role], {}, { limit: 25 }), "FORBIDDEN");
    });
  });

  describe("getUser", () => {
    it("returns the account with its organisation, without the password hash, to an administrator", async () => {
      const row = await newUser(test, { role: "GOVERNMENT", organisationId: ministry.id, password: "a secret password" });
      const user = await getUser(admin, row.id);
      expect(user).toMatchObject({ id: row.id, email: row.email, role: "GOVERNMENT", version: 1, organisation: { id: ministry.id, countryCode: "CL" } });
      expect(user).not.toHaveProperty("passwordHash");
      expect(await getUser(admin, "no-such-user")).toBeNull();
    });

    it.each(REFUSED_ROLES)("is refused to %s", async (role) => {
      await appError(getUser(others[role], admin.id), "FORBIDDEN");
    });
  });

  describe("createUser", () => {
    it("creates the account without a password, with an invitation link only its hash records, and audits both", async () => {
      const { user, invitation } = await createUser(contextFor(admin), {
        email: "  Nueva.Persona@Example.TEST ",
        name: " Nueva Persona ",
        role: "GOVERNMENT",
        organisationId: ministry.id,
      });
      expect(user).toMatchObject({ email: "nueva.persona@example.test", name: "Nueva Persona", role: "GOVERNMENT", disabled: false, version: 1 });
      expect(invitation.purpose).toBe("INVITATION");
      expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await passwordHashOf(test, user.id)).toBeNull();
      const links = await test.db.passwordLink.findMany({ where: { userId: user.id } });
      expect(links).toHaveLength(1);
      expect(links[0]).toMatchObject({ purpose: "INVITATION", createdById: admin.id, usedAt: null, revokedAt: null });
      expect(links[0]!.tokenHash).not.toContain(invitation.token);

      const events = await test.db.auditEvent.findMany({ where: { entityType: "User", entityId: user.id }, orderBy: { at: "asc" } });
      expect(events.map((event) => event.action)).toEqual(["user.create", "user.invite"]);
      expect(events[0]).toMatchObject({ actorId: admin.id, after: { email: "nueva.persona@example.test", role: "GOVERNMENT" } });
      expect(events[1]).toMatchObject({ actorId: admin.id, after: { linkId: links[0]!.id, purpose: "INVITATION" } });
      const stored = JSON.stringify(events);
      expect(stored).not.toMatch(/password/i);
      expect(stored).not.toContain(invitation.token);
      expect(stored).not.toContain(links[0]!.tokenHash);
    });

    it("gives each account a different link", async () => {
      const one = await createUser(contextFor(admin), { email: "one.temp@example.test", name: "One", role: "ANALYST", organisationId: noCountry.id });
      const two = await createUser(contextFor(admin), { email: "two.temp@example.test", name: "Two", role: "ANALYST", organisationId: noCountry.id });
      expect(one.invitation.token).not.toBe(two.invitation.token);
    });

    it("refuses an email address already in use, whatever its case, on the email field", async () => {
      const existing = await newUser(test, { email: "taken@example.test" });
      const before = await test.db.user.count();
      const error = await appError(
        createUser(contextFor(admin), { email: "TAKEN@example.test", name: "Someone", role: "ANALYST", organisationId: noCountry.id }),
        "INVALID_INPUT",
      );
      expect(error.fieldErrors?.email?.[0]).toMatch(/already exists/);
      expect(await test.db.user.count()).toBe(before);
      expect((await test.db.user.findUniqueOrThrow({ where: { id: existing.id } })).name).toBe(existing.name);
    });

    it("refuses the address on the email field when another creation of it commits first", async () => {
      // The other creation is not committed when this one checks, so only the database's unique index catches it.
      const input = { email: "race@example.test", name: "Race", role: "ANALYST", organisationId: noCountry.id };
      const outcome = await whileUncommitted(
        test,
        (tx) => createUserRow(tx, { email: "race@example.test", name: "Winner", organisationId: noCountry.id }),
        () => createUser(contextFor(admin), input),
      );
      expect(outcome.status).toBe("rejected");
      const reason = (outcome as PromiseRejectedResult).reason as unknown;
      expect(reason).toBeInstanceOf(AppError);
      expect((reason as AppError).fieldErrors?.email?.[0]).toMatch(/already exists/);
      expect(await test.db.user.findMany({ where: { email: "race@example.test" }, select: { name: true } })).toEqual([{ name: "Winner" }]);
    });

    it("names every missing or invalid field", async () => {
      const before = await test.db.user.count();
      const missing = await zodFieldErrors(createUser(contextFor(admin), {}));
      expect(Object.keys(missing).sort()).toEqual(["email", "name", "organisationId", "role"]);
      const invalid = await zodFieldErrors(
        createUser(contextFor(admin), { email: "not an email", name: "x".repeat(201), role: "SUPERUSER", organisationId: noCountry.id }),
      );
      expect(invalid.email?.[0]).toMatch(/valid email/);
      expect(invalid.name?.[0]).toMatch(/200 characters/);
      expect(invalid.role?.[0]).toBe("Choose a role.");
      expect(await test.db.user.count()).toBe(before);
    });

    it("refuses an unknown organisation, and an organisation without a country for a government user", async () => {
      const before = await test.db.user.count();
      const unknown = await appError(
        createUser(contextFor(admin), { email: "nowhere@example.test", name: "Nowhere", role: "ANALYST", organisationId: "no-such-organisation" }),
        "INVALID_INPUT",
      );
      expect(unknown.fieldErrors?.organisationId).toBeDefined();
      const stateless = await appError(
        createUser(contextFor(admin), { email: "stateless@example.test", name: "Stateless", role: "GOVERNMENT", organisationId: noCountry.id }),
        "INVALID_INPUT",
      );
      expect(stateless.fieldErrors?.organisationId?.[0]).toMatch(/country/);
      expect(await test.db.user.count()).toBe(before);
    });

    it.each(REFUSED_ROLES)("is refused to %s and creates nothing", async (role) => {
      const [users, events] = [await test.db.user.count(), await test.db.auditEvent.count()];
      await appError(
        createUser(contextFor(others[role]), { email: `by-${role.toLowerCase()}@example.test`, name: "Intruder", role: "ADMIN", organisationId: noCountry.id }),
        "FORBIDDEN",
      );
      expect(await test.db.user.count()).toBe(users);
      expect(await test.db.auditEvent.count()).toBe(events);
    });
  });

  describe("updateUser", () => {
    it("changes name, role and organisation, bumps the version and audits before and after", async () => {
      const row = await newUser(test, { name: "Before Name", role: "CIVIL_SOCIETY", organisationId: noCountry.id });
      const updated = await updateUser(contextFor(admin), { id: row.id, version: "1", name: "After Name", role: "GOVERNMENT", organisationId: ministry.id });
      expect(updated).toMatchObject({ name: "After Name", role: "GOVERNMENT", organisationId: ministry.id, version: 2 });
      const stored = await test.db.user.findUniqueOrThrow({ where: { id: row.id } });
      expect(stored).toMatchObject({ name: "After Name", role: "GOVERNMENT", version: 2 });

      const event = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: row.id, action: "user.update" } });
      expect(event.actorId).toBe(admin.id);
      expect(event.before).toMatchObject({ name: "Before Name", role: "CIVIL_SOCIETY", version: 1 });
      expect(event.after).toMatchObject({ name: "After Name", role: "GOVERNMENT", version: 2 });
      expect(JSON.stringify(event)).not.toMatch(/password/i);
    });

    it("refuses a stale version with STALE_VERSION and leaves the account as the other person saved it", async () => {
      const row = await newUser(test, { name: "Original", role: "ANALYST", organisationId: noCountry.id });
      await updateUser(contextFor(admin), { id: row.id, version: 1, name: "First edit", role: "ANALYST", organisationId: noCountry.id });
      const error = await appError(
        updateUser(contextFor(admin), { id: row.id, version: 1, name: "Second edit", role: "CIVIL_SOCIETY", organisationId: noCountry.id }),
        "STALE_VERSION",
      );
      expect(error.message).toMatch(/someone else changed/i);
      expect(await test.db.user.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ name: "First edit", role: "ANALYST", version: 2 });
    });

    it("refuses a government role in an organisation without a country", async () => {
      const row = await newUser(test, { name: "Analyst", role: "ANALYST", organisationId: noCountry.id });
      const error = await appError(
        updateUser(contextFor(admin), { id: row.id, version: 1, name: "Analyst", role: "GOVERNMENT", organisationId: noCountry.id }),
        "INVALID_INPUT",
      );
      expect(error.fieldErrors?.organisationId).toBeDefined();
      expect(await test.db.user.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ role: "ANALYST", version: 1 });
    });

    it("does not let an administrator remove their own administrator role", async () => {
      const self = await createActor(test.db, "ADMIN");
      const error = await appError(
        updateUser(contextFor(self), { id: self.id, version: 1, name: self.name, role: "ANALYST", organisationId: self.organisationId }),
        "INVALID_INPUT",
      );
      expect(error.fieldErrors?.role?.[0]).toMatch(/your own administrator role/);
      expect(await test.db.user.findUniqueOrThrow({ where: { id: self.id } })).toMatchObject({ role: "ADMIN", version: 1 });
    });

    it("reports a user that does not exist", async () => {
      await appError(updateUser(contextFor(admin), { id: "no-such-user", version: 1, name: "X", role: "ANALYST", organisationId: noCountry.id }), "NOT_FOUND");
    });

    it.each(REFUSED_ROLES)("is refused to %s and changes nothing", async (role) => {
      const row = await newUser(test, { name: "Untouched", role: "ANALYST", organisationId: noCountry.id });
      await appError(
        updateUser(contextFor(others[role]), { id: row.id, version: 1, name: "Hijacked", role: "ADMIN", organisationId: noCountry.id }),
        "FORBIDDEN",
      );
      expect(await test.db.user.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ name: "Untouched", role: "ANALYST", version: 1 });
      expect(await test.db.auditEvent.count({ where: { entityId: row.id } })).toBe(0);
    });
  });

  describe("setUserDisabled", () => {
    it("disables an account and revokes its live API tokens, then enables it again", async () => {
      const row = await newUser(test, { role: "GOVERNMENT", organisationId: ministry.id });
      const earlier = new Date("2026-01-01T00:00:00Z");
      await test.db.apiToken.createMany({
        data: [
          { userId: row.id, name: "live 1", prefix: "lct_live1", tokenHash: `hash-live1-${row.id}` },
          { userId: row.id, name: "live 2", prefix: "lct_live2", tokenHash: `hash-live2-${row.id}` },
          { userId: row.id, name: "old", prefix: "lct_old", tokenHash: `hash-old-${row.id}`, revokedAt: earlier },
        ],
      });
      const otherUser = await newUser(test, { role: "ANALYST", organisationId: noCountry.id });
      await test.db.apiToken.create({ data: { userId: otherUser.id, name: "other", prefix: "lct_other", tokenHash: `hash-other-${otherUser.id}` } });

      const disabled = await setUserDisabled(contextFor(admin), { id: row.id, version: "1", disabled: "true" });
      expect(disabled).toMatchObject({ user: { disabled: true, version: 2 }, revokedTokens: 2 });
      const tokens = await test.db.apiToken.findMany({ where: { userId: row.id }, orderBy: { name: "asc" } });
      expect(tokens.every((token) => token.revokedAt !== null)).toBe(true);
      expect(tokens.find((token) => token.name === "old")?.revokedAt).toEqual(earlier);
      expect((await test.db.apiToken.findFirstOrThrow({ where: { userId: otherUser.id } })).revokedAt).toBeNull();
      const disableEvent = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: row.id, action: "user.disable" } });
      expect(disableEvent).toMatchObject({ actorId: admin.id, before: { disabled: false }, after: { disabled: true, revokedTokens: 2 } });

      const enabled = await setUserDisabled(contextFor(admin), { id: row.id, version: 2, disabled: false });
      expect(enabled.user).toMatchObject({ disabled: false, version: 3 });
      expect(await test.db.auditEvent.count({ where: { entityId: row.id, action: "user.enable" } })).toBe(1);
    });

    it("refuses a stale version and leaves the account and its tokens alone", async () => {
      const row = await newUser(test, { role: "ANALYST", organisationId: noCountry.id });
      await updateUser(contextFor(admin), { id: row.id, version: 1, name: "Renamed", role: "ANALYST", organisationId: noCountry.id });
      await test.db.apiToken.create({ data: { userId: row.id, name: "live", prefix: "lct_stale", tokenHash: `hash-stale-${row.id}` } });
      await appError(setUserDisabled(contextFor(admin), { id: row.id, version: 1, disabled: true }), "STALE_VERSION");
      expect(await test.db.user.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ disabled: false, version: 2 });
      expect((await test.db.apiToken.findFirstOrThrow({ where: { userId: row.id } })).revokedAt).toBeNull();
    });

    it("does not let an administrator disable their own account", async () => {
      const self = await createActor(test.db, "ADMIN");
      await appError(setUserDisabled(contextFor(self), { id: self.id, version: 1, disabled: true }), "INVALID_INPUT");
      expect(await test.db.user.findUniqueOrThrow({ where: { id: self.id } })).toMatchObject({ disabled: false, version: 1 });
    });

    it.each(REFUSED_ROLES)("is refused to %s and changes nothing", async (role) => {
      const row = await newUser(test, { role: "ANALYST", organisationId: noCountry.id });
      await test.db.apiToken.create({ data: { userId: row.id, name: "live", prefix: "lct_refused", tokenHash: `hash-refused-${row.id}` } });
      await appError(setUserDisabled(contextFor(others[role]), { id: row.id, version: 1, disabled: true }), "FORBIDDEN");
      expect(await test.db.user.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ disabled: false, version: 1 });
      expect((await test.db.apiToken.findFirstOrThrow({ where: { userId: row.id } })).revokedAt).toBeNull();
      expect(await test.db.auditEvent.count({ where: { entityId: row.id } })).toBe(0);
    });
  });

  describe("resetUserPassword", () => {
    it("issues a reset link, keeps the current password until it is used, and revokes older links", async () => {
      const row = await newUser(test, { role: "CIVIL_SOCIETY", password: "the old password" });
      const first = await resetUserPassword(contextFor(admin), { id: row.id });
      const { user, link } = await resetUserPassword(contextFor(admin), { id: row.id });
      expect(user).toMatchObject({ id: row.id, email: row.email });
      expect(link.purpose).toBe("PASSWORD_RESET");
      expect(link.token).not.toBe(first.link.token);
      const hash = await passwordHashOf(test, row.id);
      expect(await verifyPassword(hash!, "the old password")).toBe(true);

      const links = await test.db.passwordLink.findMany({ where: { userId: row.id }, orderBy: { createdAt: "asc" } });
      expect(links.map((l) => [l.purpose, l.revokedAt !== null, l.usedAt])).toEqual([
        ["PASSWORD_RESET", true, null],
        ["PASSWORD_RESET", false, null],
      ]);
      const events = await test.db.auditEvent.findMany({ where: { entityId: row.id, action: "user.password-reset-link" }, orderBy: { at: "asc" } });
      expect(events).toHaveLength(2);
      expect(events[1]).toMatchObject({ actorId: admin.id, after: { revokedEarlierLinks: 1 } });
      const stored = JSON.stringify(events);
      expect(stored).not.toContain(link.token);
      expect(stored).not.toContain(hash!);
    });

    it("sends a new invitation, not a reset, to a person who never chose a password, and refuses a disabled account", async () => {
      const { user } = await createUser(contextFor(admin), { email: "never.set@example.test", name: "Never Set", role: "ANALYST", organisationId: noCountry.id });
      expect((await resetUserPassword(contextFor(admin), { id: user.id })).link.purpose).toBe("INVITATION");
      const disabled = await newUser(test, { role: "ANALYST", disabled: true });
      const error = await appError(resetUserPassword(contextFor(admin), { id: disabled.id }), "CONFLICT");
      expect(error.message).toMatch(/disabled\. Enable it first/);
      expect(await test.db.passwordLink.count({ where: { userId: disabled.id } })).toBe(0);
    });

    it("reports a user that does not exist", async () => {
      await appError(resetUserPassword(contextFor(admin), { id: "no-such-user" }), "NOT_FOUND");
    });

    it.each(REFUSED_ROLES)("is refused to %s and changes nothing", async (role) => {
      const row = await newUser(test, { role: "ANALYST", password: "keep this password" });
      await test.db.signInThrottle.create({ data: { key: `account:${row.email}`, failures: 5, lockedUntil: new Date(Date.now() + 60_000) } });
      const hashBefore = await passwordHashOf(test, row.id);
      await appError(resetUserPassword(contextFor(others[role]), { id: row.id }), "FORBIDDEN");
      expect(await passwordHashOf(test, row.id)).toBe(hashBefore);
      expect(await test.db.passwordLink.count({ where: { userId: row.id } })).toBe(0);
      expect(await test.db.signInThrottle.findUnique({ where: { key: `account:${row.email}` } })).not.toBeNull();
      expect(await test.db.auditEvent.count({ where: { entityId: row.id } })).toBe(0);
    });
  });
});

// Each of the following starts from a database with exactly two administrators and nobody else.

describe("the last active administrator, when two administrators demote each other at once", () => {
  const test = provideTestDatabase();
  bindAppDatabase(test);

  it("lets only the first demotion through, so one active administrator remains", async () => {
    const [first, second] = [await createActor(test.db, "ADMIN"), await createActor(test.db, "ADMIN")];
    // `second` is demoting `first`, as updateUser does, and has not committed when `first` demotes `second`.
    const outcome = await whileUncommitted(
      test,
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'ADMIN' AND disabled = false ORDER BY id FOR UPDATE`;
        await tx.user.update({ where: { id: first.id }, data: { role: "ANALYST", version: { increment: 1 } } });
      },
      () => updateUser(contextFor(first), { id: second.id, version: 1, name: second.name, role: "ANALYST", organisationId: second.organisationId }),
    );
    expect(outcome.status).toBe("rejected");
    const reason = (outcome as PromiseRejectedResult).reason as unknown;
    expect(reason).toBeInstanceOf(AppError);
    expect((reason as AppError).code).toBe("CONFLICT");
    expect((reason as AppError).fieldErrors?.role?.[0]).toMatch(/last active administrator/);
    expect(await test.db.user.findMany({ where: { role: "ADMIN", disabled: false }, select: { id: true } })).toEqual([{ id: second.id }]);
  });
});

describe("the last active administrator, for a request made just before its administrator lost access", () => {
  const test = provideTestDatabase();
  bindAppDatabase(test);

  it("can be neither disabled nor demoted", async () => {
    const [remaining, leaving] = [await createActor(test.db, "ADMIN"), await createActor(test.db, "ADMIN")];
    // `leaving` loaded their session as an ADMIN, then `remaining` disabled them.
    await setUserDisabled(contextFor(remaining), { id: leaving.id, version: 1, disabled: true });

    const disable = await appError(setUserDisabled(contextFor(leaving), { id: remaining.id, version: 1, disabled: true }), "CONFLICT");
    expect(disable.message).toMatch(/last active administrator/);
    const demote = await appError(
      updateUser(contextFor(leaving), { id: remaining.id, version: 1, name: remaining.name, role: "ANALYST", organisationId: remaining.organisationId }),
      "CONFLICT",
    );
    expect(demote.fieldErrors?.role).toBeDefined();
    expect(await test.db.user.findUniqueOrThrow({ where: { id: remaining.id } })).toMatchObject({ role: "ADMIN", disabled: false, version: 1 });

    // A disabled administrator is not the last active one: demoting them is fine.
    const demoted = await updateUser(contextFor(remaining), { id: leaving.id, version: 2, name: leaving.name, role: "ANALYST", organisationId: leaving.organisationId });
    expect(demoted.role).toBe("ANALYST");
  });
});
