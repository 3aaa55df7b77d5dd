// Which language a record's text is shown in, how forms send translations, and how the API
// documents them.
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/platform/openapi/document";
import { languageName, localizedText, translationLanguages } from "@/lib/platform/i18n/localized-text";
import { withFormTranslations } from "@/lib/platform/i18n/record-translations";

describe("the text a reader sees", () => {
  const translations = { fr: "Plan d’action", es: "  " };

  it("is the translation into the reader's language when there is one", () => {
    expect(localizedText("Action plan", "en", translations, "fr")).toEqual({ text: "Plan d’action", language: "fr", isOriginal: false });
  });

  it("is the original, with its language, when there is none or it is blank", () => {
    expect(localizedText("Action plan", "en", translations, "vi")).toEqual({ text: "Action plan", language: "en", isOriginal: true });
    expect(localizedText("Action plan", "en", translations, "es")).toEqual({ text: "Action plan", language: "en", isOriginal: true });
    expect(localizedText("Action plan", "en", undefined, "es")).toEqual({ text: "Action plan", language: "en", isOriginal: true });
  });

  it("is the original for a reader of the original's language, whatever a translation says", () => {
    expect(localizedText("Plan de acción", "es", { es: "Otro" }, "es")).toEqual({ text: "Plan de acción", language: "es", isOriginal: true });
  });

  it("names its language in the reader's language, within a sentence as a sentence writes it", () => {
    expect(languageName("es", "en")).toBe("Spanish");
    expect(languageName("en", "fr")).toBe("anglais");
    expect(languageName("fr", "es")).toBe("francés");
    expect(languageName("fr", "vi")).toBe("Tiếng Pháp");
    expect(languageName("fr", "vi", { inSentence: true })).toBe("tiếng Pháp");
  });
});

describe("the translation boxes of a form", () => {
  it("are the app's languages and those the record has, never the original's", () => {
    expect(translationLanguages({ language: "es", translations: { title: { de: "Aktionsplan" } } })).toEqual(["en", "fr", "vi", "de"]);
  });

  it("arrive as the translations the schemas take; a form without them sends none", () => {
    expect(withFormTranslations({ title: "Plan", "translations.title.fr": "Plan", "translations.title.vi": undefined, "translations.summary.es": "Resumen" })).toEqual({
      title: "Plan",
      translations: { title: { fr: "Plan" }, summary: { es: "Resumen" } },
    });
    expect(withFormTranslations({ title: "Plan" })).toEqual({ title: "Plan" });
  });
});

describe("the API's document", () => {
  const schemas = buildOpenApiDocument().components?.schemas as Record<string, { properties?: Record<string, { properties?: Record<string, unknown> }> }>;

  it.each([
    ["CreatePlan", ["title", "objectives"]],
    ["UpdatePlan", ["title", "objectives"]],
    ["CreateMeasure", ["title"]],
    ["UpdateMeasure", ["title"]],
    ["CreateExchange", ["title", "summary"]],
    ["UpdateExchange", ["title", "summary"]],
    ["CreateAgreement", ["summary"]],
    ["UpdateAgreement", ["summary"]],
  ])("describes the language and translations of %s", (name, fields) => {
    const properties = schemas[name]?.properties ?? {};
    expect(properties).toHaveProperty("language");
    expect(Object.keys(properties.translations?.properties ?? {})).toEqual(fields);
  });
});
