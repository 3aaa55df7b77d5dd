/** An agreement's parties by name, in alphabetical order (the data comes ordered by country code). */
export function partyNames(parties: readonly { name: string }[], locale: string): string {
  return parties
    .map((party) => party.name)
    .sort((a, b) => a.localeCompare(b, locale))
    .join(", ");
}
