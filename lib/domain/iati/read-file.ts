import { readActivity } from "./read/read-activity";
import type { ReadActivity } from "./read/types";
import { childrenNamed, finished, inTurns, parsingSteps, XmlFileError } from "./xml-tree";
import { iatiText } from "./iati-text";

/** The largest file the import takes. */
export const MAX_IATI_FILE_BYTES = 10 * 1024 * 1024;

/** The IATI versions whose activity files the import reads (2.01 and 2.02 differ from 2.03 only in what the tracker does not read). */
const READABLE_VERSIONS = ["2.01", "2.02", "2.03"];

/**
 * Reads an IATI activities file. A file that cannot be trusted as a whole — not XML, not IATI
 * activities, another version of the standard, or with an identifier used twice — is refused with
 * an XmlFileError that says why; otherwise each activity is read with its own problems.
 */
export function readIatiFile(bytes: Uint8Array): IatiFile {
  return finished(readingSteps(bytes));
}

/** readIatiFile with `pause` awaited now and then (between pieces of the XML, between activities), which may let other work run. */
export function readIatiFileInTurns(bytes: Uint8Array, pause: () => Promise<void>): Promise<IatiFile> {
  return inTurns(readingSteps(bytes), pause);
}

export type IatiFile = { version: string; activities: ReadActivity[] };

/** Activities are read this many at a time between pauses. */
const ACTIVITIES_PER_STEP = 200;

function* readingSteps(bytes: Uint8Array): Generator<void, IatiFile> {
  if (bytes.byteLength === 0) throw new XmlFileError(iatiText("fileEmpty"));
  if (bytes.byteLength > MAX_IATI_FILE_BYTES) throw new XmlFileError(iatiText("tooLarge", { max: MAX_IATI_FILE_BYTES / 1024 / 1024 }));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new XmlFileError(iatiText("notUtf8"));
  }
  if (!text.trim()) throw new XmlFileError(iatiText("fileEmpty"));
  const root = yield* parsingSteps(text.replace(/^\uFEFF/, ""));
  if (root.ns !== "" || root.name !== "iati-activities") {
    throw new XmlFileError(iatiText(root.name === "iati-organisations" ? "organisationFile" : "notActivitiesFile", { root: `<${root.name}>`, expected: "<iati-activities>" }));
  }
  const version = root.attrs.version?.trim() ?? "";
  if (!READABLE_VERSIONS.includes(version)) {
    throw new XmlFileError(
      version
        ? iatiText("unsupportedVersion", { version, versions: READABLE_VERSIONS.join(", ") })
        : iatiText("noVersion", { element: "<iati-activities>" }),
    );
  }
  const elements = childrenNamed(root, "iati-activity");
  if (!elements.length) throw new XmlFileError(iatiText("noActivities", { element: "<iati-activity>" }));

  const fileLanguage = root.attrs["xml:lang"]?.trim().toLowerCase() || "en";
  const activities: ReadActivity[] = [];
  for (const element of elements) {
    activities.push(readActivity(element, fileLanguage));
    if (activities.length % ACTIVITIES_PER_STEP === 0) yield;
  }

  const seen = new Map<string, number[]>();
  for (const activity of activities) if (activity.identifier) seen.set(activity.identifier, [...(seen.get(activity.identifier) ?? []), activity.line]);
  const duplicates = [...seen].filter(([, lines]) => lines.length > 1);
  if (duplicates.length) {
    const identifiers = duplicates.slice(0, 10).map(([identifier, lines]) => `${identifier} (${lines.join(", ")})`).join("; ");
    throw new XmlFileError(iatiText("duplicateIdentifiers", { identifiers, more: Math.max(0, duplicates.length - 10) }));
  }
  return { version, activities };
}
