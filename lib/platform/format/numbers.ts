/**
 * Number formatting for pages. An Intl.NumberFormat costs far more to make than to use (the
 * dashboard formats some 1,000 figures a request), so each locale and set of options gets one,
 * made on first use and kept. Amounts are exact decimal strings; Intl formats such a string
 * without turning it into a float. Every helper takes the request's locale (next-intl's `getLocale()`
 * or `useLocale()`): a figure is written the way its reader writes numbers.
 */
const formatters = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A decimal string with at most `maximumFractionDigits` digits after the point: "1,250,000.5" (en), "1 250 000,5" (fr). */
export const formatDecimal = (value: string, maximumFractionDigits: number, locale: string) =>
  numberFormat(locale, { maximumFractionDigits }).format(value as `${number}`);

/** An amount with exactly the digits it was stored with, and its currency: "1,250,000.50 USD". */
export function formatMoney(amount: string, currency: string, locale: string) {
  const digits = amount.split(".")[1]?.length ?? 0;
  return `${numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount as `${number}`)} ${currency}`;
}

/** A share in percent with one decimal at most, "—" when there is nothing to share: "12.5 %". */
export function formatPercent(part: number, whole: number, locale: string, maximumFractionDigits = 1) {
  return whole ? `${numberFormat(locale, { maximumFractionDigits }).format((100 * part) / whole)} %` : "—";
}
