import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { CLIENT_REQUEST_ID_HEADER, clientRequestId, REQUEST_ID_HEADER } from "@/lib/platform/request-id";

/** Pages for signed-in users only. Whether the user may see them is decided by the page itself. */
const SIGNED_IN_PREFIXES = ["/admin", "/account", "/audit"];

/**
 * Routes that send a Content-Security-Policy of their own. Next.js keeps the proxy's header when a
 * route sets the same one, so the page policy must not be sent for them: the document download's
 * `sandbox` policy is what keeps an uploaded file from running as this site.
 */
const OWN_POLICY = [/^\/api\/v1\/documents\/[^/]+\/file\/?$/];

/**
 * The header by which the server hook's page cache (scripts/server-hook/page-cache.cjs) marks a page
 * it will store and serve to many visitors. Its value is a secret of the server process, so a client
 * cannot send it (the hook also removes any copy a client sends).
 */
const PAGE_CACHE_MARK_HEADER = "x-page-cache";

/**
 * Runs before every page and route: gives the request an id and a CSP nonce, sends the security
 * headers, and sends signed-out visitors of signed-in pages to the sign-in page. It never decides
 * access: that is the data-access layer's job, on every request.
 */
export async function proxy(request: NextRequest) {
  // The id is always ours, so that the audit trail's ids cannot be chosen by a client; a client's
  // own X-Request-Id is passed on apart, to be logged beside it.
  const requestId = crypto.randomUUID();
  const clientId = clientRequestId(request.headers.get(REQUEST_ID_HEADER));
  // A page that will be cached gets no nonce, which would be shared by all its readers: the cache
  // allows its inline scripts by their hashes instead. Every other response gets a fresh one.
  const cached = isCachedPage(request);
  const nonce = cached ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);

  const { pathname, search } = request.nextUrl;
  if (SIGNED_IN_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
    if (!token) {
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      return withSecurityHeaders(NextResponse.redirect(signIn), request, csp, requestId);
    }
  }

  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.delete(CLIENT_REQUEST_ID_HEADER);
  if (clientId) headers.set(CLIENT_REQUEST_ID_HEADER, clientId);
  headers.delete(PAGE_CACHE_MARK_HEADER);
  if (nonce) {
    headers.set("x-nonce", nonce);
    // Next.js reads the nonce for its own scripts from the request's policy header.
    headers.set("Content-Security-Policy", csp);
  } else {
    headers.delete("x-nonce");
    headers.delete("Content-Security-Policy");
  }
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), request, csp, requestId);
}

function isCachedPage(request: NextRequest): boolean {
  const mark = process.env.PAGE_CACHE_MARK;
  return Boolean(mark) && request.headers.get(PAGE_CACHE_MARK_HEADER) === mark;
}

/** The page policy; without a nonce, script-src is the page cache's to complete with the hashes of the page's inline scripts. */
function contentSecurityPolicy(nonce: string | null): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}` : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function withSecurityHeaders(response: NextResponse, request: NextRequest, csp: string, requestId: string) {
  if (!OWN_POLICY.some((path) => path.test(request.nextUrl.pathname))) response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Request-Id", requestId);
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
