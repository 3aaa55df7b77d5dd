import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, negotiateLocale } from "@/lib/platform/i18n/locales";

describe("the supported languages", () => {
  it("are English, Spanish, French and Vietnamese, each named in itself", () => {
    expect(LOCALES).toEqual(["en", "es", "fr", "vi"]);
    expect(LOCALES.map((locale) => LOCALE_NAMES[locale])).toEqual(["English", "Español", "Français", "Tiếng Việt"]);
    expect(DEFAULT_LOCALE).toBe("en");
  });

  it("recognises only their exact codes", () => {
    for (const locale of LOCALES) expect(isLocale(locale)).toBe(true);
    for (const value of ["EN", "es-MX", "de", "", " en", "__proto__", "toString", null, undefined, 1, {}]) expect(isLocale(value)).toBe(false);
  });
});

describe("negotiateLocale", () => {
  it.each([
    ["es-MX", "es"],
    ["fr-CA", "fr"],
    ["vi-VN", "vi"],
    ["en-GB,en;q=0.9", "en"],
    ["es-MX,es;q=0.9,en;q=0.8", "es"],
    ["de-DE,de;q=0.9,fr;q=0.8,en;q=0.7", "fr"],
    ["de,vi;q=0.5,es;q=0.4", "vi"],
    ["en;q=0.5,fr;q=0.9", "fr"],
    ["fr;q=0.8,es;q=0.8", "fr"],
    ["ES-mx", "es"],
    ["zh-Hant-TW,vi;q=0.1", "vi"],
    ["  fr-CA ; q=0.7 , en ; q=0.3", "fr"],
    ["fr;q=1.000", "fr"],
    ["fr;q=0,en", "en"],
    ["es;q=0,vi;q=0.000", "en"],
    ["*", "en"],
    ["*;q=1,es;q=0.1", "es"],
  ])("picks from %j: %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it.each([
    [undefined],
    [null],
    [""],
    [","],
    [";;;"],
    ["de-DE,ja"],
    ["es;q=2"],
    ["es;q=-1"],
    ["es;q=abc"],
    ["es;q=0.12345"],
    ["es;q="],
    ["es;level=1"],
    ["e s"],
    ["español"],
    ["es_MX"],
    ["<script>alert(1)</script>"],
    ["../../etc/passwd"],
    ["__proto__"],
    ["constructor,toString"],
    ["x".repeat(9)],
    ["es".padEnd(2000, ",")],
    ["\u0000es"],
  ])("falls back to English for %j", (header) => {
    expect(negotiateLocale(header as string | null | undefined)).toBe("en");
  });

  it("skips malformed ranges and keeps the well-formed ones", () => {
    expect(negotiateLocale("es;q=abc,fr;q=0.5")).toBe("fr");
    expect(negotiateLocale("!!,vi")).toBe("vi");
  });

  it("reads only the first ranges of a very long list", () => {
    expect(negotiateLocale(`${"de,".repeat(40)}es`)).toBe("en");
    expect(negotiateLocale(`${"de,".repeat(10)}es`)).toBe("es");
  });

  it("offers only the languages it is given", () => {
    expect(negotiateLocale("es-MX,fr;q=0.5", ["en", "fr"])).toBe("fr");
    expect(negotiateLocale("es-MX", ["en"])).toBe("en");
  });

  it("always answers with a supported language, whatever the header, and quickly", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (header) => {
        expect(LOCALES).toContain(negotiateLocale(header));
      }),
    );
    const started = performance.now();
    negotiateLocale(`${"a-".repeat(500)}`);
    negotiateLocale(`${"es;q=0.5;".repeat(100)}`);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
