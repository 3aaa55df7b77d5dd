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

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** `numberFormat` for amounts, by a shorter key: the one most used, some 1,000 times on a dashboard. */
function moneyFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let formatter = moneyFormats.get(key);
  if (!formatter) {
    formatter = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    moneyFormats.set(key, formatter);
  }
  return formatter;
}

const minorUnits = new Map<string, number>();

/**
 * The digits after the point of a currency's minor unit (2 for MXN, 0 for VND, 3 for KWD); 2 for a
 * code Intl does not know. Found once per currency: asking Intl costs more than the formatting it
 * is for, and a dashboard writes hundreds of amounts.
 */
export function minorUnit(currency: string): number {
  let digits = minorUnits.get(currency);
  if (digits === undefined) {
    digits = currencyDigits(currency);
    // Only codes as ISO 4217 writes them are kept, so that no input can grow the map without end.
    if (/^[A-Z]{3}$/.test(currency)) minorUnits.set(currency, digits);
  }
  return digits;
}

function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * An amount and its currency code, the number written the reader's way: "1,250,000.50 MXN" (en),
 * "1.250.000,50 MXN" (es), "1 250 000,50 MXN" (fr). It shows at least the currency's minor unit
 * ("300" → "300.00 MXN", as a column of amounts reads) and, by default, every digit it was stored
 * with, so nothing is rounded away; `rounded` rounds to the minor unit instead (totals at a glance).
 * The string goes to Intl as a decimal, never through a float.
 */
export function formatMoney(amount: string, currency: string, locale: string, { rounded = false }: { rounded?: boolean } = {}) {
  const minimum = minorUnit(currency);
  const stored = amount.split(".")[1]?.length ?? 0;
  const digits = rounded ? minimum : Math.max(minimum, stored);
  return `${moneyFormat(locale, digits).format(amount as `${number}`)} ${currency}`;
}

/** A share in percent, one decimal at most, written the reader's way ("12.5%" en, "12,5 %" fr); "—" when there is nothing to share. */
export function formatPercent(part: number, whole: number, locale: string, maximumFractionDigits = 1) {
  return whole ? numberFormat(locale, { style: "percent", maximumFractionDigits }).format(part / whole) : "—";
}

/** A percentage already worked out as a decimal string ("50.0" for half), with the digits it has: "50.0%" (en), "50,0 %" (fr). */
export function formatPercentage(percent: string, locale: string) {
  const digits = percent.split(".")[1]?.length ?? 0;
  // "50.0e-2" is the same decimal divided by 100, still parsed exactly, as the percent style expects.
  return numberFormat(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(`${percent}e-2` as `${number}`);
}
