import "server-only";
import { resolveApiToken } from "@/lib/platform/api-tokens/resolve-api-token";
import { assertSameOriginWrite } from "@/lib/platform/api/same-origin";
import { getCurrentUser } from "@/lib/platform/auth/session";
import type { Viewer } from "@/lib/platform/authz";
import { AppError } from "@/lib/platform/errors/app-error";
import { REQUEST_ID_HEADER } from "@/lib/platform/request-id";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Who calls an /api/v1 route: the owner of the `Authorization: Bearer` token, or else the user of
 * the session cookie, or else an anonymous visitor. A token that is sent but not valid is refused
 * rather than treated as anonymous, so that a client notices. Every route reads its caller here,
 * which makes this the one place where a write made with the cookie from another site is refused
 * (a browser sends the cookie with such a write; it never sends the token unasked).
 */
export function apiViewer(request: Request): Promise<Viewer> {
  // Resolved once per request: the rate limit (lib/platform/api/rate-limit-api.ts) reads it first.
  let viewer = viewers.get(request);
  if (!viewer) {
    viewer = resolveViewer(request);
    viewers.set(request, viewer);
  }
  return viewer;
}

const viewers = new WeakMap<Request, Promise<Viewer>>();

async function resolveViewer(request: Request): Promise<Viewer> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const actor = match?.[1] ? await resolveApiToken(match[1]) : null;
    if (!actor) throw new AppError("UNAUTHENTICATED", problem("ApiProblem.tokenRefused"));
    return actor;
  }
  const user = await getCurrentUser();
  if (user) assertSameOriginWrite(request);
  return user;
}

/** The caller, who must be signed in (by token or session). */
export async function apiActor(request: Request) {
  const viewer = await apiViewer(request);
  if (!viewer) throw new AppError("UNAUTHENTICATED", problem("ApiProblem.signInOrToken"));
  return viewer;
}

/**
 * The request id the proxy assigned (or a new one), for logs and the audit trail. The proxy replaces
 * whatever X-Request-Id a client sent, so this is always the server's own id.
 */
export function requestIdOf(request: Request): string {
  return request.headers.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();
}

/** Acting user and request id for a mutation through the API; the caller must be signed in. */
export async function apiContext(request: Request) {
  return { actor: await apiActor(request), requestId: requestIdOf(request) };
}
