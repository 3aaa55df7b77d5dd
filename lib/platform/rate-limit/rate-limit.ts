import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db, type Db } from "@/lib/platform/db";

/** At most `points` requests per `durationSeconds` for one caller. */
export type RateLimitRule = { points: number; durationSeconds: number };

export type RateLimitOutcome =
  | { allowed: true; limit: number; remaining: number; resetSeconds: number }
  | { allowed: false; limit: number; retryAfterSeconds: number };

/** One limiter per client and rule (a test may run two clients, as two instances would). */
const limiters = new WeakMap<Db, Map<string, RateLimiterPrisma>>();

function limiterFor(name: string, rule: RateLimitRule, client: Db): RateLimiterPrisma {
  const id = `${name}:${rule.points}/${rule.durationSeconds}`;
  const forClient = limiters.get(client) ?? new Map<string, RateLimiterPrisma>();
  limiters.set(client, forClient);
  let limiter = forClient.get(id);
  if (!limiter) {
    limiter = new RateLimiterPrisma({ storeClient: client, tableName: "rateLimit", keyPrefix: name, points: rule.points, duration: rule.durationSeconds });
    forClient.set(id, limiter);
  }
  return limiter;
}

/**
 * Counts one request by `caller` against the limit `name` and says whether it may go ahead. The
 * count lives in PostgreSQL (the RateLimit table), so every app instance shares it. Callers are
 * stored hashed: the table holds no addresses, emails or tokens. A database failure is thrown, not
 * taken as "allowed": the request could not have been served without the database anyway.
 */
export async function consumeRateLimit(name: string, rule: RateLimitRule, caller: string, client: Db = db()): Promise<RateLimitOutcome> {
  const key = createHash("sha256").update(caller).digest("base64url").slice(0, 32);
  try {
    const res = await limiterFor(name, rule, client).consume(key);
    return { allowed: true, limit: rule.points, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { allowed: false, limit: rule.points, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}
