// A person's language is saved on their own account and read back with them on every request; an
// account that never chose has none, so that its browser's language is used.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { setUserLocale } from "@/lib/domain/users/set-user-locale";
import { loadActor } from "@/lib/platform/auth/load-actor";
import { createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

describe("a user's language", () => {
  const test = provideTestDatabase();
  bindAppDatabase(test);

  it("is none until the person chooses one", async () => {
    const actor = await createActor(test.db, "ANALYST");
    expect((await loadActor(actor.id))?.locale).toBeNull();
  });

  it("is saved on the account, comes back with the user, and leaves the account's version alone", async () => {
    const actor = await createActor(test.db, "CIVIL_SOCIETY");
    const before = await test.db.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(await setUserLocale(actor, { locale: "vi" })).toBe("vi");
    expect((await loadActor(actor.id))?.locale).toBe("vi");
    const after = await test.db.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(after.version).toBe(before.version);
    expect(await test.db.auditEvent.count({ where: { entityId: actor.id } })).toBe(0);
  });

  it.each([[{}], [{ locale: "de" }], [{ locale: "" }], [{ locale: ["es"] }], [null], ["es"]])("refuses %j and changes nothing", async (input) => {
    const actor = await createActor(test.db, "ANALYST");
    await setUserLocale(actor, { locale: "fr" });
    await expect(setUserLocale(actor, input)).rejects.toBeInstanceOf(z.ZodError);
    expect((await loadActor(actor.id))?.locale).toBe("fr");
  });

  it("is read as none when the column holds something the app does not speak", async () => {
    const actor = await createActor(test.db, "ANALYST");
    await test.db.user.update({ where: { id: actor.id }, data: { locale: "de" } });
    expect((await loadActor(actor.id))?.locale).toBeNull();
  });
});
