import { z } from "zod";
import { isStorageKey } from "@/lib/platform/storage/storage-key";

/** What every archive says it is, and the layout version this code reads and writes. */
export const ARCHIVE_FORMAT = "labour-cooperation-tracker-backup";
export const FORMAT_VERSION = 1;

export const MANIFEST_PATH = "manifest.json";
export const tablePath = (name: string) => `tables/${name}.copy`;
export const filePath = (key: string) => `files/${key}`;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().min(0);

/** The archive's table of contents: what it holds and how to check each part of it. */
export const ZManifest = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  appVersion: z.string(),
  createdAt: z.string(),
  postgresVersion: z.string(),
  /** The migrations applied to the database backed up, oldest first: its schema. */
  migrations: z.array(z.string()),
  /** The app's tables in an order that loads parents before the rows that refer to them. */
  tables: z.array(
    z.object({
      name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
      /** The columns in the order of the data (generated columns are computed again on restore). */
      columns: z.array(z.string()).min(1),
      rows: count,
      /** SHA-256 of the table's data as PostgreSQL's COPY text format wrote it. */
      sha256,
    }),
  ),
  /** The stored file of every uploaded document in the snapshot. */
  files: z.array(z.object({ key: z.string().refine(isStorageKey), size: count, sha256 })),
  /** Documents in the snapshot whose stored file was already missing from the store. */
  missingFiles: z.array(z.object({ documentId: z.string(), key: z.string() })),
});
export type TManifest = z.infer<typeof ZManifest>;
export type TManifestTable = TManifest["tables"][number];
