import { stringify } from "csv-stringify/sync";
import { IMPORT_COLUMNS } from "./import-file";

/** The CSV template of the transaction import: its header and one example row. */
export function importTemplate(): string {
  return `\uFEFF${stringify([
    [...IMPORT_COLUMNS],
    ["DISBURSEMENT", "2026-03-31", "125000.50", "USD", "Bureau of International Labor Affairs, U.S. Department of Labor", "International Labour Organization", "INV-2026-001", "First tranche"],
  ])}`;
}
