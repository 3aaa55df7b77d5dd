/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab or carriage return) as a formula, and
 * so do spreadsheets in East Asian locales for the full-width ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D,
 * U+FF20), which they read as their ASCII forms; such text is prefixed with an apostrophe so that it
 * stays text.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
}
