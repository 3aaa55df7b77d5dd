import "server-only";
import { clientAddress } from "@/lib/platform/auth/client-address";
import { addressNetwork } from "@/lib/platform/auth/throttle";
import { parseEnv, ZLauncherEnv } from "@/lib/platform/env";
import { AppError } from "@/lib/platform/errors/app-error";
import { consumeRateLimit, type RateLimitRule } from "@/lib/platform/rate-limit/rate-limit";
import { apiViewer } from "./viewer";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Exports and imports: each reads or writes a whole dataset, so they have a lower limit of their own
 * (and do not count against the general one). Reading an import's preview or progress, which its
 * page asks for every second while it is checked, is not one of them.
 */
const EXPORT_PATHS =
  /^\/api\/v1\/(exports\/|programs\.csv$|iati\/activities\.xml$|iati\/import$|iati\/import\/[^/]+\/confirm$|imports\/spreadsheet(\/template|\/[^/]+\/confirm)?$|programs\/[^/]+\/transactions\/import$)/;

const ZLimits = ZLauncherEnv.pick({ API_RATE_LIMIT: true, API_EXPORT_RATE_LIMIT: true, TRUSTED_PROXIES: true });

/** The limits in force (read apart from the rest of the environment, which route tests do not set). */
function limits() {
  return parseEnv(ZLimits);
}

/** Which limit a path of the API counts against; null outside it. */
export function limitOf(pathname: string): "api" | "api-export" | null {
  if (!pathname.startsWith("/api/v1/")) return null;
  return EXPORT_PATHS.test(pathname) ? "api-export" : "api";
}

/** Which limit the request counts against, and its rule; null when that limit is off. */
export function rateLimitFor(pathname: string): { name: string; rule: RateLimitRule } | null {
  const name = limitOf(pathname);
  if (!name) return null;
  const settings = limits();
  const rule = name === "api" ? settings.API_RATE_LIMIT : settings.API_EXPORT_RATE_LIMIT;
  return rule && { name, rule };
}

/**
 * Who is counted: the API token when a valid one is sent, else the signed-in user, else the
 * client's address as TRUSTED_PROXIES makes it known (also for a token or session that is refused,
 * so that guessing tokens is limited).
 */
async function callerOf(request: Request): Promise<string> {
  try {
    const viewer = await apiViewer(request);
    const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
    if (token) return `token:${token}`;
    if (viewer) return `user:${viewer.id}`;
  } catch {
    // Refused callers are counted by address; the route itself answers why.
  }
  const address = clientAddress(request.headers.get("x-forwarded-for"), request.headers.get("x-real-ip"), limits().TRUSTED_PROXIES);
  // An IPv6 client by its /64, as sign-in throttling counts it: one subscriber usually holds all of it.
  return `address:${addressNetwork(address)}`;
}

export type RateLimitCheck = {
  /** RateLimit-Limit, -Remaining and -Reset (the IETF draft's names), for the answer whatever it is. */
  headers: Record<string, string>;
  /** Set when the caller is over the limit: the 429 to answer instead of running the route. */
  refusal?: AppError;
};

/** Counts the request against its limit, in PostgreSQL, so that every instance shares the count. */
export async function limitApiRequest(request: Request): Promise<RateLimitCheck> {
  const limit = rateLimitFor(new URL(request.url).pathname);
  if (!limit) return { headers: {} };
  const outcome = await consumeRateLimit(limit.name, limit.rule, await callerOf(request));
  const { points, durationSeconds } = limit.rule;
  if (outcome.allowed) {
    return { headers: { "RateLimit-Limit": String(points), "RateLimit-Remaining": String(outcome.remaining), "RateLimit-Reset": String(outcome.resetSeconds) } };
  }
  const wait = outcome.retryAfterSeconds;
  return {
    headers: { "RateLimit-Limit": String(points), "RateLimit-Remaining": "0", "RateLimit-Reset": String(wait) },
    refusal: new AppError("RATE_LIMITED", problem(limit.name === "api" ? "ApiProblem.tooManyRequests" : "ApiProblem.tooManyTransfers", { points, seconds: durationSeconds, wait }), { retryAfter: wait }),
  };
}
