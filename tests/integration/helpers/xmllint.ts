import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/** The IATI 2.03 activity schema, as copied into the repository from the standard (scripts/iati-reference.ts). */
export const IATI_SCHEMA = path.resolve("lib/domain/iati/schema/iati-activities-schema.xsd");

/**
 * Validates XML text against the IATI activity schema with xmllint (Debian's libxml2-utils), as a
 * publisher would: the errors it prints, or [] when the file is valid.
 */
export async function iatiSchemaErrors(xml: string): Promise<string[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iati-"));
  const file = path.join(dir, "activities.xml");
  await fs.writeFile(file, xml);
  try {
    await promisify(execFile)("xmllint", ["--noout", "--nonet", "--schema", IATI_SCHEMA, file], { maxBuffer: 64 * 1024 * 1024 });
    return [];
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    const lines = stderr.split("\n").filter((line) => line && !line.endsWith("fails to validate") && !line.endsWith("validates"));
    // A failure that printed nothing useful is still a failure.
    return lines.length ? lines : [stderr || "xmllint failed"];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
