// Every translation holds the same messages as English, with the same placeholders: a key a
// translation lacks would otherwise be shown in English without anyone noticing (the loader
// falls back per file), and a renamed or missing argument breaks the sentence at run time.
import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/platform/i18n/locales";

const MESSAGES = "lib/platform/i18n/messages";

type Flat = Map<string, string>;

/** A message file's messages by their dotted key ("ApiTokens.title"). */
function flatten(value: unknown, prefix = "", into: Flat = new Map()): Flat {
  if (typeof value === "string") into.set(prefix, value);
  else if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else into.set(prefix, `<not a message: ${JSON.stringify(value)}>`);
  return into;
}

function readLocale(locale: string): Map<string, Flat> {
  const folder = path.join(MESSAGES, locale);
  const files = fs.readdirSync(folder).filter((file) => file.endsWith(".json")).sort();
  return new Map(files.map((file) => [file, flatten(JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")))]));
}

/**
 * What a message needs from the code and what it must offer: its arguments with their kind, the
 * cases of each `select` (the values the code passes), and whether each plural and select has
 * `other`. Plural cases themselves differ by language (one/few/many) and are not compared.
 */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.add(`{${element.value}}`);
      else if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) found.add(`{${element.value}, ${TYPE[element.type]}}`);
      else if (element.type === TYPE.tag) {
        found.add(`<${element.value}>`);
        walk(element.children);
      } else if (element.type === TYPE.select || element.type === TYPE.plural) {
        const kind = element.type === TYPE.select ? "select" : "plural";
        const cases = Object.keys(element.options);
        found.add(`{${element.value}, ${kind}${kind === "select" ? `: ${cases.sort().join(" ")}` : ""}}`);
        if (!cases.includes("other")) found.add(`{${element.value}, ${kind}} without "other"`);
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** Every difference between a translation and English, in words for the translator. */
export function differences(english: Map<string, Flat>, translation: Map<string, Flat>): string[] {
  const problems: string[] = [];
  for (const file of english.keys()) if (!translation.has(file)) problems.push(`${file}: missing file`);
  for (const file of translation.keys()) if (!english.has(file)) problems.push(`${file}: a file English does not have`);
  for (const [file, messages] of translation) {
    const source = english.get(file);
    if (!source) continue;
    for (const key of source.keys()) if (!messages.has(key)) problems.push(`${file} ${key}: missing`);
    for (const [key, message] of messages) {
      const original = source.get(key);
      if (original === undefined) {
        problems.push(`${file} ${key}: a key English does not have`);
        continue;
      }
      let theirs: string[];
      try {
        theirs = placeholders(message);
      } catch (error) {
        problems.push(`${file} ${key}: not a valid ICU message (${(error as Error).message})`);
        continue;
      }
      const ours = placeholders(original);
      if (theirs.join("|") !== ours.join("|")) problems.push(`${file} ${key}: placeholders ${theirs.join(" ") || "none"}, English has ${ours.join(" ") || "none"}`);
    }
  }
  return problems;
}

const english = readLocale(DEFAULT_LOCALE);
const translated = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE && fs.existsSync(path.join(MESSAGES, locale)));

describe("the English messages", () => {
  it("are all valid ICU messages, with 'other' in every plural and select", () => {
    const problems = [...english].flatMap(([file, messages]) =>
      [...messages].flatMap(([key, message]) => {
        try {
          return placeholders(message)
            .filter((found) => found.endsWith('without "other"'))
            .map((found) => `${file} ${key}: ${found}`);
        } catch (error) {
          return [`${file} ${key}: ${(error as Error).message}`];
        }
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe.each(translated.length ? translated : ["(none yet)"])("the %s translation", (locale) => {
  it.skipIf(!translated.length)("has the same files, keys and placeholders as English", () => {
    expect(differences(english, readLocale(locale))).toEqual([]);
  });
});

describe("the parity check", () => {
  const en = new Map([["a.json", new Map([["A.hello", "Hello {name}"], ["A.count", "{count, plural, one {# item} other {# items}}"], ["A.role", "{role, select, ADMIN {Admin} other {Other}}"], ["A.plain", "Plain"]])]]);
  const withMessages = (changes: Record<string, string | undefined>) => {
    const messages = new Map(en.get("a.json"));
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) messages.delete(key);
      else messages.set(key, value);
    }
    return new Map([["a.json", messages]]);
  };

  it("accepts a faithful translation, whatever its plural cases", () => {
    expect(differences(en, withMessages({ "A.hello": "Hola {name}", "A.count": "{count, plural, other {# elementos}}", "A.role": "{role, select, ADMIN {Administración} other {Otro}}", "A.plain": "Sencillo" }))).toEqual([]);
  });

  it("finds a missing key, an extra key, a missing or extra file", () => {
    expect(differences(en, withMessages({ "A.plain": undefined, "A.extra": "Extra" }))).toEqual(["a.json A.plain: missing", "a.json A.extra: a key English does not have"]);
    expect(differences(en, new Map([["b.json", new Map()]]))).toEqual(["a.json: missing file", "b.json: a file English does not have"]);
  });

  it("finds a renamed argument, a missing 'other', a changed select case, a broken message and a lost tag", () => {
    const problems = differences(
      en,
      withMessages({ "A.hello": "Hola {nombre}", "A.count": "{count, plural, one {# elemento}}", "A.role": "{role, select, ADMINISTRADOR {Admin} other {Otro}}", "A.plain": "Roto {" }),
    );
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/A\.hello: placeholders \{nombre\}, English has \{name\}/);
    expect(problems.join("\n")).toMatch(/A\.count: not a valid ICU message \(MISSING_OTHER_CLAUSE\)/);
    expect(problems.join("\n")).toMatch(/A\.role: placeholders \{role, select: ADMINISTRADOR other\}/);
    expect(problems.join("\n")).toMatch(/A\.plain: not a valid ICU message/);
    const tagged = new Map([["a.json", new Map([["A.usage", "Send <code>x</code>"]])]]);
    expect(differences(tagged, new Map([["a.json", new Map([["A.usage", "Envoyez x"]])]]))).toEqual(["a.json A.usage: placeholders none, English has <code>"]);
  });
});
