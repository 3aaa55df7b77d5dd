// The page cache keys a page by the language the app would render it in. The server hook cannot
// import the app's TypeScript, so it keeps a CommonJS copy of the rule for signed-out visitors
// (scripts/server-hook/page-cache-locale.cjs): here both answer the same table of requests, so that a
// change on one side alone fails, before a reader is served a page in someone else's language.
import { createRequire } from "node:module";
import { beforeEach, describe, expect, it, vi } from "vitest";

const request = { cookie: undefined as string | undefined, acceptLanguage: undefined as string | undefined };
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "locale" && request.cookie !== undefined ? { name, value: request.cookie } : undefined) }),
  headers: async () => new Headers(request.acceptLanguage === undefined ? {} : { "accept-language": request.acceptLanguage }),
}));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));
vi.mock("@/lib/platform/log", () => ({ logger: { warn() {}, error() {} } }));

const { requestLocale } = await import("@/lib/platform/i18n/request-locale");
const hook = createRequire(import.meta.url)("../../scripts/server-hook/page-cache-locale.cjs") as {
  visitorLocale: (cookie: string | undefined, acceptLanguage: string | undefined) => string;
  LOCALE_COOKIE: string;
};

const ACCEPT_LANGUAGES = [
  undefined,
  "",
  "es",
  "es-MX,en;q=0.5",
  "en;q=0.4, fr;q=0.9",
  "fr-CA",
  "vi-VN,vi;q=0.9",
  "de, es;q=0.1",
  "de",
  "*",
  "zh-Hant-TW, vi;q=0.2",
  "es;q=0, fr;q=0.1",
  "es;q=1.5, fr",
  "ES-es",
  "fr;q=0.5, es;q=0.5",
  "en-GB;q=0.8, es;q=0.8",
  "garbage;;;, vi",
  "x".repeat(1100),
  `${Array.from({ length: 40 }, () => "de").join(",")}, es`,
];
const COOKIES = [undefined, "", "es", "vi", "fr", "en", "de", "ES", "es-MX"];

beforeEach(() => {
  request.cookie = undefined;
  request.acceptLanguage = undefined;
});

describe("the page cache's language of a signed-out visitor", () => {
  it("names the cookie the app reads", async () => {
    const { LOCALE_COOKIE } = await import("@/lib/platform/i18n/locales");
    expect(hook.LOCALE_COOKIE).toBe(LOCALE_COOKIE);
  });

  it("is the language the app renders in, for every cookie and Accept-Language", async () => {
    const differences: string[] = [];
    const seen = new Set<string>();
    for (const cookie of COOKIES) {
      for (const acceptLanguage of ACCEPT_LANGUAGES) {
        request.cookie = cookie;
        request.acceptLanguage = acceptLanguage;
        const app = await requestLocale();
        const cached = hook.visitorLocale(cookie, acceptLanguage);
        seen.add(app);
        if (app !== cached) differences.push(`cookie ${cookie} / Accept-Language ${acceptLanguage?.slice(0, 40)}: app ${app}, cache ${cached}`);
      }
    }
    expect(differences).toEqual([]);
    // The table reaches every language, so that the comparison means something.
    expect([...seen].sort()).toEqual(["en", "es", "fr", "vi"]);
  });
});
