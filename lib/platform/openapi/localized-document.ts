import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import type { Locale } from "@/lib/platform/i18n/locales";
import { openApiDocument, type OpenApiDocument } from "./document";
import { translateDocument, type Prose, type Section } from "./translate-document";

type Catalog = { [key: string]: string | Catalog };

/** Every message's dotted key under `node`, prefixed. */
function keysOf(node: Catalog, prefix: string): string[] {
  return Object.entries(node).flatMap(([key, child]) => (typeof child === "string" ? [`${prefix}.${key}`] : keysOf(child, `${prefix}.${key}`)));
}

/**
 * The prose of `locale` (the ApiReference messages): an operation's texts by its operationId, the
 * shared texts (fields, errors, tags…) by their English wording within their section, so that the
 * same field reads the same everywhere. A text whose English changed since it was translated (its
 * English message no longer matches the code) stays in English and is listed in `untranslated`.
 */
async function proseIn(locale: Locale): Promise<Prose & { untranslated: string[] }> {
  const [englishMessages, messages] = await Promise.all([loadMessages("en"), loadMessages(locale)]);
  const english = createTranslator({ locale: "en", messages: englishMessages, namespace: "ApiReference" });
  const t = createTranslator({ locale, messages, namespace: "ApiReference" });
  const say = (key: string, values?: Record<string, string>) => t(key as never, values as never) as string;
  const sourceOf = (key: string) => english(key as never) as string;
  const catalog = (englishMessages as { ApiReference: Catalog }).ApiReference;
  const bySection = new Map<string, Map<string, string>>();
  for (const section of ["info", "tags", "security", "errors", "schemas", "fields", "responses"] satisfies Section[]) {
    const keys = typeof catalog[section] === "object" ? keysOf(catalog[section], section) : [];
    bySection.set(section, new Map(keys.toReversed().map((key) => [sourceOf(key), key])));
  }
  const untranslated: string[] = [];
  const unless = (key: string | undefined, text: string) => {
    if (key) return say(key);
    untranslated.push(text);
    return text;
  };
  return {
    untranslated,
    text: (section, _hint, text) => unless(bySection.get(section)?.get(text), text),
    operation(id, part, text) {
      const key = `operations.${id}.${part}`;
      return unless(english.has(key as never) && sourceOf(key) === text ? key : undefined, text);
    },
    whoLine: (who) => say("whoLine", { who }),
  };
}

const documents = new Map<Locale, Promise<{ document: OpenApiDocument; untranslated: string[] }>>();

function translated(locale: Locale) {
  let entry = documents.get(locale);
  if (!entry) {
    entry = proseIn(locale).then((prose) => ({ document: translateDocument(openApiDocument(), prose), untranslated: prose.untranslated }));
    documents.set(locale, entry);
  }
  return entry;
}

/**
 * The OpenAPI document with its prose in `locale`; its paths, operationIds, property names, enum
 * values and every other identifier are those of every language. Built once per language.
 */
export async function openApiDocumentIn(locale: Locale): Promise<OpenApiDocument> {
  return (await translated(locale)).document;
}

/** The English texts of the document that `locale`'s messages do not translate (none, when complete). */
export async function untranslatedProse(locale: Locale): Promise<string[]> {
  return [...new Set((await translated(locale)).untranslated)];
}
