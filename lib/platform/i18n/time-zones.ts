/**
 * The time zones a person may choose: the IANA zones the runtime knows, and UTC. Safe for the
 * browser: no server module here.
 */

/** The cookie that carries this browser's time zone, for a visitor and until an account has one. */
export const TIME_ZONE_COOKIE = "tz";

/** Storage and the API keep UTC; a page without a better guess shows it too. */
export const DEFAULT_TIME_ZONE = "UTC";

let zones: Set<string> | undefined;
const canonical = new Map<string, string>();

/** Every zone offered, UTC first then by name ("Africa/Abidjan" … "Pacific/Wallis"). */
export function timeZones(): string[] {
  zones ??= new Set([DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone")]);
  return [...zones];
}

/**
 * The zone's name as this list writes it, or null when it is not a zone: a browser may say
 * "Asia/Kolkata", "Etc/UTC" or "US/Eastern" where the list has "Asia/Calcutta", "UTC" and
 * "America/New_York", and Intl knows each one's canonical name.
 */
export function canonicalTimeZone(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return null;
  // Read on every request (the account's, the cookie's): remember the answer for the names that are zones.
  const known = canonical.get(value);
  if (known) return known;
  let name: string;
  try {
    name = new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  timeZones();
  if (!zones!.has(name)) return null;
  canonical.set(value, name);
  return name;
}
