import type messages from "@/lib/platform/i18n/messages/en/exports.json";
import type { Column } from "./table-stream";

type Headers = typeof messages.Exports.columns;
export type ExportDatasetName = keyof Headers;
export type ColumnKey<D extends ExportDatasetName> = keyof Headers[D] & string;

/**
 * How an export names its columns and writes its words: `labels` for people, in the reader's
 * language (headers, sheet name, enum values, yes/no); `keys` for programs, with the columns'
 * stable names and the raw codes, identical in every language (docs/exports.md lists them).
 */
export const HEADER_MODES = ["labels", "keys"] as const;
export type HeaderMode = (typeof HEADER_MODES)[number];

/** The columns in the order given, headed by their machine names (`keys`) or by the headers given. */
export function exportColumns<K extends string>(keys: readonly K[], headers?: (key: K) => string): Column<K>[] {
  return keys.map((key) => ({ key, header: headers ? headers(key) : key }));
}
