// Which time zone a request's moments are shown in: the signed-in person's, else this browser's
// cookie, else UTC; what next-intl is given; and what the browser's report is allowed to change.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { canonicalTimeZone, timeZones } from "@/lib/platform/i18n/time-zones";

const request = { cookie: undefined as string | undefined };
const cookieJar = { get: (name: string) => (name === "tz" && request.cookie !== undefined ? { name, value: request.cookie } : undefined) };
let user: Actor | null | Error = null;
const setUserTimeZone = vi.fn(async () => "UTC");

vi.mock("next/headers", () => ({ cookies: async () => cookieJar, headers: async () => new Headers() }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => (user instanceof Error ? Promise.reject(user) : user) }));
vi.mock("@/lib/domain/users/set-user-time-zone", () => ({ setUserTimeZone }));
vi.mock("@/lib/platform/log", () => ({ logger: { warn() {}, error() {} } }));
vi.mock("@/lib/platform/i18n/load-messages", () => ({ loadMessages: async () => ({}), availableLocales: async () => ["en", "es", "fr", "vi"] }));
vi.mock("next-intl/server", () => ({ getRequestConfig: <T>(make: T) => make }));

const { requestTimeZone } = await import("@/lib/platform/i18n/request-time-zone");
const { saveBrowserTimeZoneAction } = await import("@/lib/domain/users/time-zone-actions");
const requestConfig = (await import("@/lib/platform/i18n/request")).default as unknown as () => Promise<{ locale: string; timeZone: string }>;

const person = (timeZone: string | null): Actor => ({ id: "u1", email: "a@b.test", name: "A", role: "ANALYST", organisationId: "o1", organisationName: "O", countryCode: null, locale: "es", timeZone });

beforeEach(() => {
  request.cookie = undefined;
  user = null;
  setUserTimeZone.mockClear();
});

describe("the time zones offered", () => {
  it("are UTC and the IANA zones, under the list's own names", () => {
    expect(timeZones()[0]).toBe("UTC");
    expect(timeZones()).toContain("America/Tegucigalpa");
    expect(timeZones().length).toBeGreaterThan(300);
    expect(canonicalTimeZone("Asia/Kolkata")).toBe(canonicalTimeZone("Asia/Calcutta"));
    expect(canonicalTimeZone("Etc/UTC")).toBe("UTC");
    for (const bad of ["", "Mars/Olympus_Mons", "+05:00", "UTC\r\nSet-Cookie: x=1", "x".repeat(65), 7, null, ["UTC"]]) expect(canonicalTimeZone(bad), String(bad)).toBeNull();
  });
});

describe("the time zone of a request", () => {
  it("is the signed-in person's, over this browser's", async () => {
    user = person("America/Tegucigalpa");
    request.cookie = "Europe/Paris";
    expect(await requestTimeZone()).toEqual({ timeZone: "America/Tegucigalpa", source: "account", signedIn: true });
  });

  it("is this browser's while the account has none, or for a visitor", async () => {
    request.cookie = "Europe/Paris";
    user = person(null);
    expect(await requestTimeZone()).toEqual({ timeZone: "Europe/Paris", source: "browser", signedIn: true });
    user = null;
    expect(await requestTimeZone()).toEqual({ timeZone: "Europe/Paris", source: "browser", signedIn: false });
  });

  it("is UTC without either, or when the cookie names no zone", async () => {
    expect(await requestTimeZone()).toEqual({ timeZone: "UTC", source: "default", signedIn: false });
    request.cookie = "Mars/Olympus_Mons";
    expect((await requestTimeZone()).timeZone).toBe("UTC");
  });

  it("falls back to the browser's when the account cannot be read", async () => {
    user = new Error("database unreachable");
    request.cookie = "Asia/Saigon";
    expect((await requestTimeZone()).timeZone).toBe("Asia/Saigon");
  });

  it("is what next-intl formats every date-time in", async () => {
    user = person("America/Tegucigalpa");
    expect(await requestConfig()).toMatchObject({ locale: "es", timeZone: "America/Tegucigalpa" });
    user = null;
    expect(await requestConfig()).toMatchObject({ locale: "en", timeZone: "UTC" });
  });
});

describe("the zone a browser reports", () => {
  it("is saved on a signed-in account that has none", async () => {
    user = person(null);
    await saveBrowserTimeZoneAction("America/Tegucigalpa");
    expect(setUserTimeZone).toHaveBeenCalledWith(user, { timeZone: "America/Tegucigalpa" }, { ifUnset: true });
    setUserTimeZone.mockClear();
    await saveBrowserTimeZoneAction("Asia/Ho_Chi_Minh");
    expect(setUserTimeZone).toHaveBeenCalledWith(user, { timeZone: canonicalTimeZone("Asia/Ho_Chi_Minh") }, { ifUnset: true });
  });

  it("never replaces the zone an account has, and saves nothing for a visitor", async () => {
    user = person("Europe/Paris");
    await saveBrowserTimeZoneAction("America/Tegucigalpa");
    user = null;
    await saveBrowserTimeZoneAction("America/Tegucigalpa");
    expect(setUserTimeZone).not.toHaveBeenCalled();
  });

  it.each([[""], ["Mars/Olympus_Mons"], ["UTC\r\nSet-Cookie: x=1"], [{}], [null], [42]])("changes nothing when it is %j", async (reported) => {
    user = person(null);
    await saveBrowserTimeZoneAction(reported);
    expect(setUserTimeZone).not.toHaveBeenCalled();
  });

  it("does not take a page down when the account cannot be saved", async () => {
    user = person(null);
    setUserTimeZone.mockRejectedValueOnce(new Error("database unreachable"));
    await expect(saveBrowserTimeZoneAction("Europe/Paris")).resolves.toBeUndefined();
  });
});
