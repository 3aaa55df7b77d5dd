import { describe, expect, it } from "vitest";
import { languageName, localizedText, needsLanguageNote } from "@/lib/platform/i18n/localized-text";

describe("localizedText", () => {
  const translations = { es: "Inspección del trabajo", fr: "Inspection du travail" };

  it("gives the reader's translation", () => {
    expect(localizedText("Labour inspection", "en", translations, "es")).toEqual({ text: "Inspección del trabajo", language: "es", isOriginal: false });
    expect(localizedText("Labour inspection", "en", translations, "fr-CA")).toEqual({ text: "Inspection du travail", language: "fr", isOriginal: false });
  });

  it("gives the original when it is in the reader's language, even if a translation into it exists", () => {
    expect(localizedText("Inspección laboral", "es", { es: "Otra cosa" }, "es-MX")).toEqual({ text: "Inspección laboral", language: "es", isOriginal: true });
  });

  it("gives the original, with its language, when the reader's is missing or blank", () => {
    expect(localizedText("Labour inspection", "en", translations, "vi")).toEqual({ text: "Labour inspection", language: "en", isOriginal: true });
    expect(localizedText("Labour inspection", "en", { vi: "  " }, "vi")).toEqual({ text: "Labour inspection", language: "en", isOriginal: true });
    expect(localizedText("Labour inspection", "en", undefined, "vi")).toEqual({ text: "Labour inspection", language: "en", isOriginal: true });
  });

  it("asks for a note only when the text shown is not in the reader's language", () => {
    expect(needsLanguageNote(localizedText("Inspección", "es", {}, "en"), "en")).toBe(true);
    expect(needsLanguageNote(localizedText("Inspección", "es", { en: "Inspection" }, "en"), "en")).toBe(false);
    expect(needsLanguageNote(localizedText("", "es", {}, "en"), "en")).toBe(false);
  });

  it("names a language in the reader's language", () => {
    expect(languageName("es", "en")).toBe("Spanish");
    expect(languageName("es", "fr")).toBe("espagnol");
    expect(languageName("es", "vi", { inSentence: true })).toBe("tiếng Tây Ban Nha");
    expect(languageName("zz-not a code", "en")).toBe("zz-not a code");
  });
});
