import { readActivity } from "./read/read-activity";
import type { ReadActivity } from "./read/types";
import { parseXml, XmlFileError, childrenNamed } from "./xml-tree";

/** The largest file the import takes. */
export const MAX_IATI_FILE_BYTES = 10 * 1024 * 1024;

/** The IATI versions whose activity files the import reads (2.01 and 2.02 differ from 2.03 only in what the tracker does not read). */
const READABLE_VERSIONS = ["2.01", "2.02", "2.03"];

/**
 * Reads an IATI activities file. A file that cannot be trusted as a whole — not XML, not IATI
 * activities, another version of the standard, or with an identifier used twice — is refused with
 * an XmlFileError that says why; otherwise each activity is read with its own problems.
 */
export function readIatiFile(bytes: Uint8Array): { version: string; activities: ReadActivity[] } {
  if (bytes.byteLength === 0) throw new XmlFileError("The file is empty.");
  if (bytes.byteLength > MAX_IATI_FILE_BYTES) throw new XmlFileError(`The file is larger than ${MAX_IATI_FILE_BYTES / 1024 / 1024} MB.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new XmlFileError("The file is not UTF-8 text. IATI files are XML in UTF-8.");
  }
  if (!text.trim()) throw new XmlFileError("The file is empty.");
  const root = parseXml(text.replace(/^\uFEFF/, ""));
  if (root.ns !== "" || root.name !== "iati-activities") {
    throw new XmlFileError(`This is not an IATI activities file: its root element is <${root.name}>, not <iati-activities>.${root.name === "iati-organisations" ? " Organisation files are not imported." : ""}`);
  }
  const version = root.attrs.version?.trim() ?? "";
  if (!READABLE_VERSIONS.includes(version)) {
    throw new XmlFileError(
      version
        ? `The file is IATI version ${version}. The import reads versions ${READABLE_VERSIONS.join(", ")}; convert the file to 2.03 first.`
        : "The file does not say which IATI version it follows (the version attribute of <iati-activities>).",
    );
  }
  const elements = childrenNamed(root, "iati-activity");
  if (!elements.length) throw new XmlFileError("The file has no activities (<iati-activity>) in it.");

  const fileLanguage = root.attrs["xml:lang"]?.trim().toLowerCase() || "en";
  const activities = elements.map((element) => readActivity(element, fileLanguage));

  const seen = new Map<string, number[]>();
  for (const activity of activities) if (activity.identifier) seen.set(activity.identifier, [...(seen.get(activity.identifier) ?? []), activity.line]);
  const duplicates = [...seen].filter(([, lines]) => lines.length > 1);
  if (duplicates.length) {
    const list = duplicates.slice(0, 10).map(([identifier, lines]) => `${identifier} (lines ${lines.join(", ")})`).join("; ");
    throw new XmlFileError(`The file gives the same iati-identifier to more than one activity, so which one to keep cannot be told: ${list}${duplicates.length > 10 ? ` and ${duplicates.length - 10} more` : ""}. Nothing was imported.`);
  }
  return { version, activities };
}
