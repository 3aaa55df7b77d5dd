// Which language a request gets: the signed-in person's choice, else this browser's cookie, else
// Accept-Language, else English; and what the switcher's action remembers, for whom.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import type { Locale } from "@/lib/platform/i18n/locales";

const request = { cookie: undefined as string | undefined, acceptLanguage: null as string | null };
const cookieJar = { set: vi.fn(), get: (name: string) => (name === "locale" && request.cookie !== undefined ? { name, value: request.cookie } : undefined) };
let user: Actor | null | Error = null;
let available: Locale[] = ["en", "es", "fr", "vi"];
const setUserLocale = vi.fn(async () => undefined);

vi.mock("next/headers", () => ({ cookies: async () => cookieJar, headers: async () => new Headers(request.acceptLanguage === null ? {} : { "accept-language": request.acceptLanguage }) }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => (user instanceof Error ? Promise.reject(user) : user) }));
vi.mock("@/lib/platform/i18n/load-messages", () => ({ availableLocales: async () => available }));
vi.mock("@/lib/domain/users/set-user-locale", () => ({ setUserLocale }));
vi.mock("@/lib/platform/env", () => ({ env: () => ({ NEXTAUTH_URL: "http://localhost:3000" }) }));
vi.mock("@/lib/platform/log", () => ({ logger: { warn() {}, error() {} } }));

const { requestLocale } = await import("@/lib/platform/i18n/request-locale");
const { chooseLocaleAction } = await import("@/lib/domain/users/locale-actions");

const person = (locale: Locale | null): Actor => ({ id: "u1", email: "a@b.test", name: "A", role: "ANALYST", organisationId: "o1", organisationName: "O", countryCode: null, locale });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

beforeEach(() => {
  Object.assign(request, { cookie: undefined, acceptLanguage: null });
  user = null;
  available = ["en", "es", "fr", "vi"];
  cookieJar.set.mockClear();
  setUserLocale.mockClear();
});

describe("the language of a request", () => {
  it("is the signed-in person's choice, over this browser's and the Accept-Language", async () => {
    user = person("vi");
    Object.assign(request, { cookie: "fr", acceptLanguage: "es-MX" });
    expect(await requestLocale()).toBe("vi");
  });

  it("is this browser's choice when the person has not chosen, or is signed out", async () => {
    Object.assign(request, { cookie: "fr", acceptLanguage: "es-MX" });
    user = person(null);
    expect(await requestLocale()).toBe("fr");
    user = null;
    expect(await requestLocale()).toBe("fr");
  });

  it("is the browser's Accept-Language without a choice, and English without either", async () => {
    request.acceptLanguage = "de-DE,es-MX;q=0.8";
    expect(await requestLocale()).toBe("es");
    request.acceptLanguage = "de-DE";
    expect(await requestLocale()).toBe("en");
    request.acceptLanguage = null;
    expect(await requestLocale()).toBe("en");
  });

  it("ignores a cookie that names no language, and a language the app does not hold yet", async () => {
    Object.assign(request, { cookie: "xx\"; Path=/", acceptLanguage: "fr-CA" });
    expect(await requestLocale()).toBe("fr");
    available = ["en", "fr"];
    user = person("vi");
    request.cookie = "es";
    expect(await requestLocale()).toBe("fr");
  });

  it("falls back to the browser's language when the account cannot be read", async () => {
    user = new Error("database unreachable");
    Object.assign(request, { cookie: "es" });
    expect(await requestLocale()).toBe("es");
  });
});

describe("choosing a language", () => {
  it("remembers it in this browser for a year, and on the account of a signed-in person", async () => {
    user = person(null);
    await chooseLocaleAction(form({ locale: "fr" }));
    expect(cookieJar.set).toHaveBeenCalledWith("locale", "fr", expect.objectContaining({ path: "/", maxAge: 365 * 24 * 60 * 60, httpOnly: true, sameSite: "lax" }));
    expect(setUserLocale).toHaveBeenCalledWith(user, { locale: "fr" });
  });

  it("remembers it in the browser alone for a visitor", async () => {
    await chooseLocaleAction(form({ locale: "es" }));
    expect(cookieJar.set).toHaveBeenCalledWith("locale", "es", expect.anything());
    expect(setUserLocale).not.toHaveBeenCalled();
  });

  it.each([[{}], [{ locale: "" }], [{ locale: "de" }], [{ locale: "EN" }], [{ locale: "en\r\nSet-Cookie: x=1" }], [{ locale: "__proto__" }]])("changes nothing for %j", async (fields) => {
    user = person(null);
    await chooseLocaleAction(form(fields));
    expect(cookieJar.set).not.toHaveBeenCalled();
    expect(setUserLocale).not.toHaveBeenCalled();
  });

  it("does not offer a language the app does not hold yet", async () => {
    available = ["en"];
    await chooseLocaleAction(form({ locale: "vi" }));
    expect(cookieJar.set).not.toHaveBeenCalled();
  });

  it("keeps the browser's choice when the account cannot be saved", async () => {
    user = person(null);
    setUserLocale.mockRejectedValueOnce(new Error("database unreachable"));
    await expect(chooseLocaleAction(form({ locale: "vi" }))).resolves.toBeUndefined();
    expect(cookieJar.set).toHaveBeenCalledWith("locale", "vi", expect.anything());
  });
});
