import "server-only";
import fs from "node:fs";
import path from "node:path";
import { type ErrorDetail, ParseOption, XmlBufferInputProvider, XmlDocument, XmlElement, xmlRegisterInputProvider, XmlValidateError, XsdValidator } from "libxml2-wasm";
import type { Problem } from "./read/types";
import { iatiText } from "./iati-text";

/** The IATI 2.03 activity schema and the two files it includes, as published by IATI. */
const SCHEMA_DIRECTORY = path.join(process.cwd(), "lib", "domain", "iati", "schema");
const SCHEMA_FILES = ["iati-activities-schema.xsd", "iati-common.xsd", "xml.xsd"] as const;
/** The schema is read from memory under these names; libxml2 reads no other file and nothing from the network. */
const SCHEMA_URL = "iati-schema/";

/** How often one activity is repaired and validated again: each round finds the next violation. */
const MAX_ROUNDS = 40;
/**
 * How many checks the repairs of one file may take in all: a small activity takes about 25 µs, so a
 * 10 MB file whose 40,000 activities each break six rules is checked in full in about 6 s. Past it
 * (a pathological file), each activity is checked once, and a broken one is reported with what that
 * check finds: its first violations.
 */
const MAX_VALIDATIONS = 250_000;

let validator: XsdValidator | undefined;

/** The schema, compiled once per process. */
function iatiSchema(): XsdValidator {
  if (validator) return validator;
  const files = Object.fromEntries(SCHEMA_FILES.map((file) => [`${SCHEMA_URL}${file}`, new Uint8Array(fs.readFileSync(path.join(SCHEMA_DIRECTORY, file)))]));
  xmlRegisterInputProvider(new XmlBufferInputProvider(files));
  // The schema's document stays open: the compiled schema refers to it.
  const schema = XmlDocument.fromBuffer(files[`${SCHEMA_URL}${SCHEMA_FILES[0]}`]!, { url: `${SCHEMA_URL}${SCHEMA_FILES[0]}` });
  validator = XsdValidator.fromDoc(schema);
  return validator;
}

/**
 * What in a file does not follow the IATI 2.03 activity schema, by the position of the activity it
 * is in (0 for the file's first iati-activity), each said in words with its own line. libxml2 stops checking an element's content at the first
 * element out of place, so each activity is repaired where it broke (a second element removed, a
 * missing one stood in for) and checked again, until nothing new is found. `progress` hears how many
 * activities are checked after each; it may let the event loop take a turn.
 */
export async function schemaViolations(text: string, progress?: (checked: number) => Promise<void>): Promise<Map<number, Problem[]>> {
  const schema = iatiSchema();
  // Lines past 65,535 are counted as they are (libxml2 otherwise stops at that number), and nothing is fetched.
  const document = XmlDocument.fromString(text, { option: ParseOption.XML_PARSE_BIG_LINES | ParseOption.XML_PARSE_NONET });
  try {
    // Activity by activity, each taken out of the file once checked. For every violation, libxml2
    // names the element by its path, which counts the siblings before it: the activity checked is
    // kept the first, or a file of thousands of broken activities would take minutes.
    const byActivity = new Map<number, Problem[]>();
    const budget = { validations: MAX_VALIDATIONS };
    let position = 0;
    for (let node = document.root.firstChild; node; ) {
      const next = node.next;
      if (node instanceof XmlElement && node.name === "iati-activity") {
        const problems = budget.validations > 0 ? activityViolations(schema, node, budget) : firstViolations(schema, node);
        if (problems.length) byActivity.set(position, problems);
        position++;
        await progress?.(position);
      }
      node.remove();
      node = next;
    }
    return byActivity;
  } finally {
    document.dispose();
  }
}

/** What one check of an activity finds, said in words, with a note that there may be more. */
function firstViolations(schema: XsdValidator, activity: XmlElement): Problem[] {
  let details: ErrorDetail[];
  try {
    schema.validate(activity);
    return [];
  } catch (error) {
    if (!(error instanceof XmlValidateError)) throw error;
    details = error.details;
  }
  const problems = details.map((detail) => warning(describe(detail, activity, new Set()), detail.line));
  problems.push(warning({ element: "iati-activity", message: iatiText("schemaCheckedInPart", { max: MAX_VALIDATIONS }) }, activity.line));
  return problems;
}

/** A violation as the preview lists it: a warning on its element's line, which skips nothing. */
const warning = ({ element, message }: Pick<Violation, "element" | "message">, line: number): Problem => ({ tier: "warning", where: element, line, message });

function activityViolations(schema: XsdValidator, activity: XmlElement, budget: { validations: number }): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const moved = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS && budget.validations > 0; round++) {
    budget.validations--;
    let details: ErrorDetail[];
    try {
      schema.validate(activity);
      break;
    } catch (error) {
      if (!(error instanceof XmlValidateError)) throw error;
      details = error.details;
    }
    let repaired = false;
    for (const detail of details) {
      const key = `${detail.line}|${detail.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const violation = describe(detail, activity, moved);
      // An element put in for one that is missing has no line: what is wrong inside it is not the file's.
      if (detail.line > 0 && !violation.consequence) problems.push(warning(violation, detail.line));
      if (!repaired && violation.repair) {
        violation.repair();
        repaired = true;
      }
    }
    if (!repaired) break;
  }
  return problems;
}

/** `consequence`: what follows from an earlier violation (an element out of order, taken out), not reported again. */
type Violation = { element: string; message: string; repair?: () => void; consequence?: boolean };

const ELEMENT = String.raw`Element '(?:\{[^}]*\})?([^']+)'`;
const NOT_EXPECTED = new RegExp(`^${ELEMENT}: This element is not expected\\.(?: Expected is (?:one of )?\\( (.*) \\)\\.)?`);
const MISSING_CHILD = new RegExp(`^${ELEMENT}: Missing child element\\(s\\)\\. Expected is (?:one of )?\\( (.*) \\)\\.`);
const MISSING_ATTRIBUTE = new RegExp(`^${ELEMENT}: The attribute '([^']+)' is required but missing\\.`);
const ATTRIBUTE_NOT_ALLOWED = new RegExp(`^${ELEMENT}, attribute '(?:\\{[^}]*\\})?([^']+)': The attribute '[^']+' is not allowed\\.`);
const NOT_OF_TYPE = new RegExp(`^${ELEMENT}(?:, attribute '([^']+)')?: '([^']*)' is not a valid value of the (?:atomic|local atomic) type '(?:xs:)?([^']+)'\\.`);
const FACET = new RegExp(`^${ELEMENT}(?:, attribute '([^']+)')?: \\[facet '([^']+)'\\] The value '([^']*)'`);
const TEXT_NOT_ALLOWED = new RegExp(`^${ELEMENT}: Character content other than whitespace is not allowed`);
const NO_TEXT_ALLOWED = new RegExp(`^${ELEMENT}: Character content is not allowed, because the content type is empty`);

/** The names in libxml2's list of what it expected, as `<name>`, without namespaces and wildcards. */
const expectedNames = (list: string | undefined) =>
  (list ?? "")
    .split(",")
    .map((name) => name.trim().replace(/^\{[^}]*\}/, ""))
    .filter((name) => name && !name.startsWith("##"));
const tag = (name: string) => `<${name}>`;
/** Where a value is: an element's text, or one of its attributes. */
const place = (name: string, attribute: string | undefined) => (attribute ? iatiText("schemaAttributeOf", { element: tag(name), attribute }) : tag(name));
/** A value as the message quotes it: at most 60 characters. */
const quoted = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

const DATE_TYPES = new Set(["date", "dateTime"]);
const NUMBER_TYPES = new Set(["decimal", "double", "float"]);
const WHOLE_NUMBER_TYPES = new Set(["int", "integer", "nonNegativeInteger", "positiveInteger", "long", "short", "unsignedInt"]);

/**
 * One of libxml2's messages said in words, with the repair that lets the check go on past it. An
 * element out of order is taken out (`moved` keeps its name); where it is then missed, one is put
 * back in its place without saying so again.
 */
function describe(detail: ErrorDetail, activity: XmlElement, moved: Set<string>): Violation {
  const message = detail.message.trim();
  let match = NOT_EXPECTED.exec(message);
  if (match) {
    const [, name, list] = match as unknown as [string, string, string | undefined];
    const element = findElement(activity, name, detail);
    const expected = expectedNames(list);
    const missed = expected.find((candidate) => moved.has(candidate));
    if (missed && element) {
      moved.delete(missed);
      return { element: name, message: "", consequence: true, repair: () => element.prependElement(missed) };
    }
    const siblings = element?.parent ? elementChildren(element.parent) : [];
    const position = element ? siblings.findIndex((sibling) => sibling.isSameNode(element)) : -1;
    const remove = element ? () => element.remove() : undefined;
    if (position > 0 && siblings.slice(0, position).some((sibling) => sibling.name === name)) {
      return { element: name, message: iatiText("schemaSecond", { element: tag(name), parent: tag(element!.parent!.name) }), repair: remove };
    }
    const later = expected.find((candidate) => siblings.slice(position + 1).some((sibling) => sibling.name === candidate));
    if (later) {
      moved.add(name);
      return { element: name, message: iatiText("schemaOrder", { element: tag(name), expected: tag(later) }), repair: remove };
    }
    if (expected.length === 1 && element && !siblings.some((sibling) => sibling.name === expected[0])) {
      // A required element is missing: one is put in its place, so that what follows is checked too.
      return {
        element: expected[0]!,
        message: iatiText("schemaMissingChild", { parent: tag(element.parent?.name ?? "iati-activity"), expected: tag(expected[0]!) }),
        repair: () => element.prependElement(expected[0]!),
      };
    }
    if (expected.length) return { element: name, message: iatiText("schemaNotHere", { element: tag(name), expected: expected.map(tag).join(", ") }), repair: remove };
    return { element: name, message: iatiText("schemaUnknownElement", { element: tag(name) }), repair: remove };
  }
  if ((match = MISSING_CHILD.exec(message))) {
    const expected = expectedNames(match[2]);
    const missed = expected.find((candidate) => moved.has(candidate));
    const parent = missed ? findElement(activity, match[1]!, detail) : undefined;
    if (missed && parent) {
      moved.delete(missed);
      return { element: match[1]!, message: "", consequence: true, repair: () => parent.addElement(missed) };
    }
    return { element: match[1]!, message: iatiText("schemaMissingChild", { parent: tag(match[1]!), expected: expected.map(tag).join(", ") || "?" }) };
  }
  if ((match = MISSING_ATTRIBUTE.exec(message))) {
    return { element: match[1]!, message: iatiText("schemaMissingAttribute", { element: tag(match[1]!), attribute: match[2]! }) };
  }
  if ((match = ATTRIBUTE_NOT_ALLOWED.exec(message))) {
    return { element: match[1]!, message: iatiText("schemaAttributeNotAllowed", { element: tag(match[1]!), attribute: match[2]! }) };
  }
  if ((match = NOT_OF_TYPE.exec(message))) {
    const [, name, attribute, value, type] = match as unknown as [string, string, string | undefined, string, string];
    const key = DATE_TYPES.has(type) ? "schemaNotDate" : NUMBER_TYPES.has(type) ? "schemaNotNumber" : WHOLE_NUMBER_TYPES.has(type) ? "schemaNotWholeNumber" : "schemaNotOfType";
    return { element: name, message: iatiText(key, { where: place(name, attribute), value: quoted(value), type }) };
  }
  if ((match = FACET.exec(message))) {
    const [, name, attribute, , value] = match as unknown as [string, string, string | undefined, string, string];
    return { element: name, message: iatiText("schemaValueRefused", { where: place(name, attribute), value: quoted(value) }) };
  }
  if ((match = TEXT_NOT_ALLOWED.exec(message)) || (match = NO_TEXT_ALLOWED.exec(message))) {
    return { element: match[1]!, message: iatiText("schemaTextNotAllowed", { element: tag(match[1]!) }) };
  }
  const element = /^Element '(?:\{[^}]*\})?([^']+)'/.exec(message)?.[1] ?? "iati-activity";
  return { element, message: iatiText("schemaOther", { element: tag(element), detail: message.replace(/^Element '[^']+'(?:, attribute '[^']+')?: /, "") }) };
}

/** The element children of an element, in order. */
function elementChildren(parent: XmlElement): XmlElement[] {
  const children: XmlElement[] = [];
  for (let node = parent.firstChild; node; node = node.next) if (node instanceof XmlElement) children.push(node);
  return children;
}

/** The highest line libxml2 keeps as an element's own; further down, every element says this one. */
const MAX_ELEMENT_LINE = 65_535;

/**
 * The element an error is about: the element named `name` on the error's line inside the activity
 * (the activity itself included), or, past the line libxml2 keeps as an element's own, the element
 * at the path libxml2 gives (slower to look up, so used only there).
 */
function findElement(activity: XmlElement, name: string, detail: ErrorDetail): XmlElement | undefined {
  if (detail.xpath && detail.line >= MAX_ELEMENT_LINE) {
    try {
      const found = activity.doc.get(detail.xpath);
      if (found instanceof XmlElement && found.name === name) return found;
    } catch {
      // A path with a namespace prefix needs the prefix bound: the line is used instead.
    }
  }
  const stack = [activity];
  while (stack.length) {
    const element = stack.pop()!;
    if (element.name === name && element.line === detail.line) return element;
    stack.push(...elementChildren(element));
  }
  return undefined;
}
