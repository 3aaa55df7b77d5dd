/** A place on this site to return to after signing in; anything else (another site, junk) is "/". */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  // Browsers drop tabs and line breaks inside an address, so "/\t/evil.example" would become "//evil.example".
  if (/[\u0000-\u001f\u007f]/.test(value)) return "/";
  return value.length > 2000 ? "/" : value;
}

/** Where signing in lands when no page asked to be returned to: the user's own work. */
export const SIGNED_IN_HOME = "/my-work";

/** The page to land on after signing in: the one asked for, when it is a place on this site, otherwise "My work". */
export function signInReturnTo(value: unknown): string {
  return typeof value === "string" && value !== "" && safeCallbackUrl(value) === value ? value : SIGNED_IN_HOME;
}

/**
 * next-auth's `redirect` callback: where to send someone after signing in or out — a path or an
 * address on this site, otherwise the site's home. Never throws: next-auth's own callback parses
 * any callbackUrl with `new URL`, and one such as `http://localhost:3000.evil.example/` (a port
 * that is not a number) is no URL at all, which made the sign-in answer 500.
 */
export function safeRedirectUrl(url: unknown, baseUrl: string): string {
  if (typeof url !== "string") return baseUrl;
  if (url.startsWith("/")) return `${baseUrl}${safeCallbackUrl(url)}`;
  if (!URL.canParse(url) || !URL.canParse(baseUrl)) return baseUrl;
  const target = new URL(url);
  return target.origin === new URL(baseUrl).origin ? target.href : baseUrl;
}
