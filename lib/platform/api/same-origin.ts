import "server-only";
import { env } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

/** Methods that change nothing; any other one is a write. */
const SAFE_METHODS = ["GET", "HEAD", "OPTIONS"];

function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { origin } = new URL(url);
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The origins the app's own pages are served from: the one this request was addressed to (its URL,
 * and its Host header with the URL's scheme) and NEXTAUTH_URL's. X-Forwarded-Host and -Proto are not
 * read: anyone can send them unless a trusted proxy sets them, so behind a reverse proxy it is
 * NEXTAUTH_URL that names the public address.
 */
function ownOrigins(request: Request): string[] {
  const url = new URL(request.url);
  const host = request.headers.get("host");
  return [url.origin, host ? originOf(`${url.protocol}//${host}`) : null, originOf(env().NEXTAUTH_URL)].filter(
    (origin): origin is string => origin !== null,
  );
}

/**
 * Refuses a write made with the session cookie unless it comes from the app's own pages, so that
 * another site cannot make a signed-in user's browser change things (cross-site request forgery).
 * Browsers send `Origin` with every cross-site write; without it, `Sec-Fetch-Site` and then the
 * `Referer`'s origin decide, and a write that says none of them is refused: only browsers carry the
 * cookie unasked, and every browser that runs another site's scripts sends one of them.
 */
export function assertSameOriginWrite(request: Request): void {
  if (SAFE_METHODS.includes(request.method.toUpperCase())) return;
  const own = ownOrigins(request);

  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (own.includes(originOf(origin) ?? "")) return;
    throw new AppError("FORBIDDEN", problem("ApiProblem.crossSite"));
  }

  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null) {
    if (fetchSite === "same-origin") return;
    throw new AppError("FORBIDDEN", problem("ApiProblem.crossSite"));
  }

  const referrer = originOf(request.headers.get("referer"));
  if (referrer !== null) {
    if (own.includes(referrer)) return;
    throw new AppError("FORBIDDEN", problem("ApiProblem.crossSite"));
  }

  throw new AppError("FORBIDDEN", problem("ApiProblem.noOrigin"));
}
