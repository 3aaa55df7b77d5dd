/** A place on this site to return to after signing in; anything else (another site, junk) is "/". */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value.length > 2000 ? "/" : value;
}
