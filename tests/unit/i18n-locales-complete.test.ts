// Every language the app lists has its messages. Until a translation is there the app simply does
// not offer that language (lib/platform/i18n/load-messages.ts); this says which are still missing.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/platform/i18n/locales";

describe("the languages", () => {
  it("has messages for every locale", () => {
    const missing = LOCALES.filter((locale) => !fs.existsSync(path.join("lib/platform/i18n/messages", locale, "common.json")));
    expect(missing, "these languages are listed but have no messages").toEqual([]);
  });
});
