import messages from "@/lib/platform/i18n/messages/en/exports.json";
import type { Column } from "./table-stream";

export const EXPORT_TEXT = messages.Exports;
type Headers = typeof messages.Exports.columns;
export type ExportDatasetName = keyof Headers;
export type ColumnKey<D extends ExportDatasetName> = keyof Headers[D] & string;

/** The dataset's columns in the order given, with their English headers from the Exports messages. */
export function exportColumns<D extends ExportDatasetName>(dataset: D, keys: readonly ColumnKey<D>[]): Column<ColumnKey<D>>[] {
  const headers = messages.Exports.columns[dataset] as Record<ColumnKey<D>, string>;
  return keys.map((key) => ({ key, header: headers[key] }));
}
