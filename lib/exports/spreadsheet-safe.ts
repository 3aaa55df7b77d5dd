/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab or carriage return) as a formula;
 * such text is prefixed with an apostrophe so that it stays text.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
