import { TRACKER_PREFIX } from "../codes";

/** Characters XML 1.0 cannot carry at all (control characters other than tab and line breaks). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
export const clean = (text: string) => text.replace(NOT_XML, "");
export const day = (value: string) => value.slice(0, 10);
/** A Decimal as IATI's xsd:decimal, without trailing zeros after the point. */
export const decimal = (value: string) => (value.includes(".") ? value.replace(/\.?0+$/, "") : value);
export const p = (name: string) => `${TRACKER_PREFIX}:${name}`;

/**
 * An element as fast-xml-parser's builder takes it: attributes as `@_name`, text as `#text`, child
 * elements as properties in the order the schema wants them, repeated ones as arrays.
 */
export type Node = { [key: string]: string | Node | Node[] | undefined };

/** Attributes without the unset ones. */
export function attributes(values: Record<string, string | undefined | null>): Node {
  const node: Node = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== null) node[`@_${name}`] = clean(value);
  return node;
}

/** The text in the record's language, then each translation, one narrative per language. */
export function narratives(text: string, translations?: Record<string, string>): Node[] {
  return [
    { "#text": clean(text) },
    ...Object.entries(translations ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([language, translated]) => ({ "@_xml:lang": language, "#text": clean(translated) })),
  ];
}
