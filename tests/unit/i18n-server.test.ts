// The app's getTranslations and getFormatter: the request's language, time zone and messages, as
// next-intl's, with what they compile kept across requests, safely for readers in other languages
// and time zones, and within a bound.
import { beforeEach, describe, expect, it, vi } from "vitest";

const request = { locale: "en", timeZone: "UTC" };
const MESSAGES: Record<string, Record<string, Record<string, string>>> = {
  en: { Demo: { hello: "Hello {name}", at: "At {moment, time, short}", plain: "Plain words" } },
  es: { Demo: { hello: "Hola {name}", at: "A las {moment, time, short}", plain: "Palabras" } },
};
vi.mock("next-intl/server", () => ({
  getLocale: async () => request.locale,
  getTimeZone: async () => request.timeZone,
  getMessages: async () => MESSAGES[request.locale],
  getTranslations: async () => {
    throw new Error("next-intl's own translator is used only for another language");
  },
  getFormatter: async () => {
    throw new Error("next-intl's own formatter is used only for another language");
  },
}));

const { compiledFor, getFormatter, getTranslations } = await import("@/lib/platform/i18n/server");

const MOMENT = new Date("2026-12-06T15:30:00Z");

beforeEach(() => {
  request.locale = "en";
  request.timeZone = "UTC";
});

describe("the app's translator", () => {
  it("says each request's messages in its language and time zone, though the compiled messages are shared", async () => {
    expect((await getTranslations("Demo"))("hello", { name: "Ana" })).toBe("Hello Ana");
    expect((await getTranslations("Demo"))("at", { moment: MOMENT })).toBe("At 3:30 PM");
    request.timeZone = "America/Tegucigalpa";
    expect((await getTranslations("Demo"))("at", { moment: MOMENT })).toBe("At 9:30 AM");
    request.locale = "es";
    expect((await getTranslations("Demo"))("at", { moment: MOMENT })).toBe("A las 9:30");
    expect((await getTranslations("Demo"))("plain")).toBe("Palabras");
    request.timeZone = "UTC";
    request.locale = "en";
    expect((await getTranslations("Demo"))("at", { moment: MOMENT })).toBe("At 3:30 PM");
  });

  it("compiles a message once per language and time zone, not once per request", async () => {
    const compiled = compiledFor("en", "Asia/Ho_Chi_Minh");
    request.timeZone = "Asia/Ho_Chi_Minh";
    expect((await getTranslations("Demo"))("hello", { name: "Minh" })).toBe("Hello Minh");
    const formats = Object.keys(compiled.cache.message).length;
    expect(formats).toBeGreaterThan(0);
    for (const name of ["Lan", "Hoa", "Tuan"]) expect((await getTranslations("Demo"))("hello", { name })).toBe(`Hello ${name}`);
    expect(Object.keys(compiled.cache.message)).toHaveLength(formats);
    expect(compiledFor("en", "Asia/Ho_Chi_Minh")).toBe(compiled);
  });

  it("keeps the compiled messages of a bounded number of language and time-zone pairs, the least recently used dropped", () => {
    const first = compiledFor("en", "Europe/Paris");
    expect(compiledFor("en", "Europe/Paris")).toBe(first);
    for (const zone of ["Etc/GMT", ...Array.from({ length: 12 }, (_, hour) => `Etc/GMT+${hour + 1}`), ...Array.from({ length: 14 }, (_, hour) => `Etc/GMT-${hour + 1}`)]) {
      compiledFor("fr", zone);
      compiledFor("vi", zone);
    }
    expect(compiledFor("en", "Europe/Paris")).not.toBe(first);
  });

  it("formats dates and numbers in the request's language and time zone", async () => {
    request.timeZone = "America/Tegucigalpa";
    const format = await getFormatter();
    expect(format.dateTime(MOMENT, { timeStyle: "short" })).toBe("9:30 AM");
    expect(format.number(1250000.5)).toBe("1,250,000.5");
    request.locale = "es";
    expect((await getFormatter()).number(1250000.5)).toBe("1.250.000,5");
  });
});
