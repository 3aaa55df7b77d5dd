// The evidence page says what the document this register was built on says: its arguments, its
// ways to improve cooperation and its four quotations, word for word in English, each quotation
// with the attribution the document gives it (tests/fixtures/seed/labour-cooperation.txt is a copy
// of that document).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { QUOTATIONS } from "@/lib/domain/evidence/quotations";
import { ARGUMENTS } from "@/lib/domain/evidence/verdicts";

const SEED = fs.readFileSync(path.join("tests/fixtures/seed/labour-cooperation.txt"), "utf8");
// Word for word, white space aside: the document has a stray no-break space ("resources\u00a0allocated").
const lines = SEED.split("\n").map((line) => line.replace(/\s+/g, " ").trim());

const messages = (locale: string) => JSON.parse(fs.readFileSync(path.join("lib/platform/i18n/messages", locale, "evidence.json"), "utf8")) as Record<string, Record<string, string>>;
const english = messages("en").Evidence!;

/** The bullet points under a heading of the document, up to the next heading. */
function bulletsUnder(heading: string): string[] {
  const start = lines.indexOf(heading);
  expect(start, `the document has "${heading}"`).toBeGreaterThanOrEqual(0);
  const bullets: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("•")) bullets.push(line.slice(1).trim());
    else if (line !== "") break;
  }
  return bullets;
}

describe("the evidence page and its source document", () => {
  it("names each argument in favour and against as the document states it, in its order", () => {
    const inFavour = bulletsUnder("Arguments in favour");
    const against = bulletsUnder("Arguments against");
    expect(inFavour).toHaveLength(3);
    expect(against).toHaveLength(3);
    expect(ARGUMENTS.map((key) => english[key])).toEqual([...inFavour, ...against]);
    expect(english.forTitle).toBe("Arguments in favour");
    expect(english.againstTitle).toBe("Arguments against");
  });

  it("names the three ways to improve cooperation as the document does", () => {
    const ways = bulletsUnder("Ways to improve cooperation:");
    expect(ways).toHaveLength(3);
    expect(["way1", "way2", "way3"].map((key) => english[key])).toEqual(ways);
    expect(english.waysTitle).toBe("Ways to improve cooperation");
  });

  it.each(["es", "fr", "vi"])("translates every argument and way into %s", (locale) => {
    const translated = messages(locale).Evidence!;
    for (const key of [...ARGUMENTS, "way1", "way2", "way3", "forTitle", "againstTitle", "waysTitle"]) {
      expect(translated[key], `${key} in ${locale}`).toBeTruthy();
      expect(translated[key], `${key} in ${locale}`).not.toBe(english[key]);
    }
  });

  it.each(QUOTATIONS)("quotes $speaker word for word, with the attribution the document gives", (quotation) => {
    const at = lines.indexOf(`«${quotation.text}»`);
    expect(at, "the quotation, verbatim").toBeGreaterThanOrEqual(0);
    // The attribution is the document's next non-empty line: who, then where.
    const attribution = lines.slice(at + 1).find((line) => line !== "");
    expect(attribution).toBe(`${quotation.speakerInDocument ?? quotation.speaker}. ${quotation.source}`);
    expect(ARGUMENTS).toContain(quotation.argument);
  });

  it("gives all four of the document's quotations, and corrects only the spelling of a name", () => {
    const quoted = lines.filter((line) => /^«.*»$/.test(line)).map((line) => line.slice(1, -1));
    expect(quoted).toHaveLength(4);
    expect(QUOTATIONS.map((quotation) => quotation.text).sort()).toEqual(quoted.sort());
    const corrected = QUOTATIONS.filter((quotation) => quotation.speakerInDocument).map((quotation) => [quotation.speakerInDocument, quotation.speaker]);
    expect(corrected).toEqual([["Koffi Annan", "Kofi Annan"]]);
  });

  it("sets the quotations beside arguments, not at the page's opening", () => {
    // The page once opened with a quotation the document does not give.
    const page = fs.readFileSync(path.join("app/(public)/evidence/page.tsx"), "utf8");
    expect(page).not.toMatch(/EvidenceQuote|QUOTATIONS/);
    expect(new Set(QUOTATIONS.map((quotation) => quotation.argument)).size).toBe(QUOTATIONS.length);
  });

  it("glosses each quotation in every language", () => {
    for (const locale of ["en", "es", "fr", "vi"]) {
      const gloss = messages(locale).EvidenceGloss!;
      expect(Object.keys(gloss).sort()).toEqual(QUOTATIONS.map((quotation) => quotation.key).sort());
    }
    for (const quotation of QUOTATIONS) expect(messages("en").EvidenceGloss![quotation.key]).toBe(quotation.text);
  });
});
