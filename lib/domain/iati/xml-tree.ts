import { SaxesParser } from "saxes";
import { renderProblem } from "@/lib/platform/i18n/render-problem";
import { iatiText } from "./iati-text";

/** An element of a parsed file: its local name, namespace, attributes, children and own text. */
export type XmlElement = {
  name: string;
  /** The namespace URI; "" for IATI's own elements, which have none. */
  ns: string;
  /** Attributes by qualified name as written (`code`, `xml:lang`, `lct:kind`). */
  attrs: Record<string, string>;
  /** Attributes in a namespace, by `{namespace URI}local name`, whatever prefix the file gives it. */
  nsAttrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** The line the element starts on, for messages. */
  line: number;
};

/** Why a file could not be read as XML, written for the person who uploaded it. */
export class XmlFileError extends Error {
  /** The message as a reference, for the reader's language; `message` reads in English. */
  constructor(readonly said: string) {
    super(renderProblem(said, "en"));
  }
}

/** Deeper nesting than any IATI file has; a guard against files built to exhaust the parser. */
const MAX_DEPTH = 64;
const MAX_ELEMENTS = 1_000_000;

/** The parser's "undefined:3:14: unexpected close tag." as a message that names line 3, column 14. */
function notWellFormed(message: string): string {
  const at = /^(?:undefined:)?(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
  return at ? iatiText("notWellFormedAt", { line: Number(at[1]), column: Number(at[2]), detail: at[3]! }) : iatiText("notWellFormed", { detail: message });
}

/**
 * Parses XML text into a tree. The parser never fetches anything: a document type declaration
 * (which is how external entities and entity-expansion bombs get in) is refused outright, since the
 * IATI standard has none, and so is any entity other than XML's five and character references.
 */
export function parseXml(text: string): XmlElement {
  return finished(parsingSteps(text));
}

/** The text is given to the parser this much at a time, each piece a step of parsingSteps. */
const PIECE = 256 * 1024;

/**
 * Parsing as steps (a generator that pauses between pieces of the text), so that a caller may let
 * other work run between them (lib/domain/iati/read-file.ts); parseXml runs them all at once.
 */
export function* parsingSteps(text: string): Generator<void, XmlElement> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  let failure: XmlFileError | undefined;

  const fail = (message: string) => {
    failure ??= new XmlFileError(message);
    throw failure;
  };

  parser.on("doctype", () => fail(iatiText("doctype", { doctype: "<!DOCTYPE …>" })));
  parser.on("opentag", (tag) => {
    if (++count > MAX_ELEMENTS) fail(iatiText("tooManyElements", { max: MAX_ELEMENTS }));
    if (stack.length >= MAX_DEPTH) fail(iatiText("tooDeep", { max: MAX_DEPTH }));
    const attrs: Record<string, string> = {};
    const nsAttrs: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      attrs[attribute.name] = attribute.value;
      if (attribute.uri && attribute.prefix !== "xmlns") nsAttrs[`{${attribute.uri}}${attribute.local}`] = attribute.value;
    }
    const element: XmlElement = { name: tag.local, ns: tag.uri, attrs, nsAttrs, children: [], text: "", line: parser.line };
    if (stack.length) stack.at(-1)!.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("text", (value) => {
    if (stack.length) stack.at(-1)!.text += value;
  });
  parser.on("cdata", (value) => {
    if (stack.length) stack.at(-1)!.text += value;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("error", (error) => {
    fail(notWellFormed(error.message));
  });

  const write = (piece: string | null) => {
    try {
      if (piece === null) parser.close();
      else parser.write(piece);
    } catch (error) {
      if (failure) throw failure;
      if (error instanceof Error) throw new XmlFileError(notWellFormed(error.message));
      throw error;
    }
  };
  for (let start = 0; start < text.length; start += PIECE) {
    write(text.slice(start, start + PIECE));
    yield;
  }
  write(null);
  if (failure) throw failure;
  if (!root) throw new XmlFileError(iatiText("noXmlElement"));
  return root;
}

/** The element's children called `name` (IATI's own, without a namespace). */
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((child) => child.ns === "" && child.name === name);

/** The element's first child called `name`, if any. */
export const childNamed = (element: XmlElement, name: string) => element.children.find((child) => child.ns === "" && child.name === name);

/** The result of steps run one after another without a pause. */
export function finished<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The result of steps with `pause` awaited between them, which may let other work run. */
export async function inTurns<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
