/** A currency as a choice in a select: "MXN — Mexican Peso". */
export function currencyOptions(currencies: readonly { code: string; name: string }[]) {
  return currencies.map((currency) => ({ value: currency.code, label: `${currency.code} — ${currency.name}` }));
}

/**
 * The currency a money form starts on: the first of `preferred` (the record's own currency, then
 * the one used last) that is among the choices, or none ("") so that the user picks one. Never the
 * first of the list: a form that starts on AED sends AED when nobody looks.
 */
export function defaultCurrency(currencies: readonly { code: string }[], ...preferred: (string | null | undefined)[]): string {
  return preferred.find((code) => code && currencies.some((currency) => currency.code === code)) ?? "";
}
