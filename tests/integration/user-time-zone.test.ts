// A person's time zone is saved on their own account (chosen on the account page, or the zone their
// browser reports when the account has none), and read back with them; a name that is no zone is
// refused next to the field, in the reader's language, and changes nothing. The API keeps UTC.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/platform/authz";
import { setUserTimeZone } from "@/lib/domain/users/set-user-time-zone";
import { loadActor } from "@/lib/platform/auth/load-actor";
import { canonicalTimeZone } from "@/lib/platform/i18n/time-zones";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

let signedIn: Actor | null = null;
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => signedIn }));
vi.mock("@/lib/platform/auth/request-context", () => ({ currentRequestId: async () => "req-tz" }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/platform/i18n/request-locale", () => ({ requestLocale: async () => "es" }));

const { chooseTimeZoneAction } = await import("@/lib/domain/users/time-zone-actions");
const { GET: listNotifications } = await import("@/app/api/v1/notifications/route");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("a user's time zone", () => {
  const test = provideTestDatabase();
  bindAppDatabase(test);
  const saved = async (actor: Actor) => (await loadActor(actor.id))?.timeZone;

  beforeEach(() => {
    signedIn = null;
  });

  it("is none until known", async () => {
    const actor = await createActor(test.db, "ANALYST");
    expect(await saved(actor)).toBeNull();
  });

  it("is saved on the account under the list's name, comes back with the user, and leaves the account's version alone", async () => {
    const actor = await createActor(test.db, "CIVIL_SOCIETY");
    expect(await setUserTimeZone(actor, { timeZone: "America/Tegucigalpa" })).toBe("America/Tegucigalpa");
    expect(await saved(actor)).toBe("America/Tegucigalpa");
    // What a browser may report, under another name for the same zone.
    expect(await setUserTimeZone(actor, { timeZone: "Asia/Kolkata" })).toBe(canonicalTimeZone("Asia/Calcutta"));
    expect(await setUserTimeZone(actor, { timeZone: "Etc/UTC" })).toBe("UTC");
    const user = await test.db.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(user.version).toBe(1);
    expect(await test.db.auditEvent.count({ where: { entityId: actor.id } })).toBe(0);
  });

  it.each([[{}], [{ timeZone: "" }], [{ timeZone: "Mars/Olympus_Mons" }], [{ timeZone: "+05:00" }], [{ timeZone: "x".repeat(10_000) }], [{ timeZone: ["UTC"] }], [{ timeZone: 7 }], [null], ["UTC"]])(
    "refuses %j and changes nothing",
    async (input) => {
      const actor = await createActor(test.db, "ANALYST");
      await setUserTimeZone(actor, { timeZone: "Europe/Paris" });
      await expect(setUserTimeZone(actor, input)).rejects.toBeInstanceOf(z.ZodError);
      expect(await saved(actor)).toBe("Europe/Paris");
    },
  );

  it("from a browser, fills an account that has none and never overrides one", async () => {
    const actor = await createActor(test.db, "ANALYST");
    await setUserTimeZone(actor, { timeZone: "Asia/Saigon" }, { ifUnset: true });
    expect(await saved(actor)).toBe("Asia/Saigon");
    await setUserTimeZone(actor, { timeZone: "America/Tegucigalpa" }, { ifUnset: true });
    expect(await saved(actor)).toBe("Asia/Saigon");
  });

  it("is chosen on the account page, with a message in the reader's language", async () => {
    signedIn = await createActor(test.db, "GOVERNMENT");
    expect(await chooseTimeZoneAction({ status: "idle" }, form({ timeZone: "America/Tegucigalpa" }))).toEqual({
      status: "success",
      message: "Zona horaria guardada. Las fechas y horas se muestran ahora en ella.",
      result: { timeZone: "America/Tegucigalpa" },
    });
    expect(await saved(signedIn)).toBe("America/Tegucigalpa");
  });

  it.each([["Mars/Olympus_Mons"], [""], ["America/Tegucigalpa\r\nSet-Cookie: x=1"]])("refuses %j on the account page next to the field, in the reader's language", async (timeZone) => {
    signedIn = await createActor(test.db, "GOVERNMENT");
    await setUserTimeZone(signedIn, { timeZone: "Europe/Madrid" });
    const state = await chooseTimeZoneAction({ status: "idle" }, form({ timeZone }));
    expect(state).toMatchObject({
      status: "error",
      message: "Algunos campos requieren su atención.",
      fieldErrors: { timeZone: ["Elija una zona horaria de la lista, por ejemplo America/Tegucigalpa."] },
    });
    expect(await saved(signedIn)).toBe("Europe/Madrid");
  });

  it("does not change what the API returns: moments stay ISO 8601 in UTC", async () => {
    const actor = await createActor(test.db, "CIVIL_SOCIETY");
    await setUserTimeZone(actor, { timeZone: "America/Tegucigalpa" });
    await test.db.notification.create({
      data: { userId: actor.id, kind: "COMMENT", messageKey: "comment", messageValues: { author: "Ana", target: "Plan", excerpt: "New comment" }, link: "/plans/x", dedupeKey: "tz:1", createdAt: new Date("2026-03-01T03:30:00.000Z") },
    });
    const response = await listNotifications(apiRequest("/api/v1/notifications", { token: await tokenFor(actor) }), params({}));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { createdAt: string }[] };
    expect(body.data.map((row) => row.createdAt)).toEqual(["2026-03-01T03:30:00.000Z"]);
  });
});
