import "server-only";
import { isIP } from "node:net";
import type { Db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

export type ThrottleRule = { maxFailures: number; windowSeconds: number; lockSeconds: number };
export type SlowdownRule = { freeFailures: number; windowSeconds: number; firstDelaySeconds: number; maxDelaySeconds: number };
export type SignInRules = { pair: ThrottleRule; ip: ThrottleRule; account: SlowdownRule };

/**
 * What failed sign-ins cost. Nobody can lock an account's owner out from elsewhere:
 * - one address guessing one account's password is locked out of that account after a handful;
 * - one address failing many times, on any accounts, is locked (more: an office may share it);
 * - an account only slows down: past a handful of failures from anywhere, each further attempt
 *   waits 1, 2, 4 … seconds after the last failure, at most a minute, so that guessing from many
 *   addresses stays slow while the owner, whose own address is not locked, gets in after the wait.
 */
export const SIGN_IN_RULES: SignInRules = {
  pair: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  ip: { maxFailures: 30, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  account: { freeFailures: 5, windowSeconds: 60 * 60, firstDelaySeconds: 1, maxDelaySeconds: 60 },
};

export type ThrottleKeys = { account: string; pair: string; ip: string };

/**
 * The SignInThrottle rows an attempt counts against. An IPv6 client is counted by its /64 network:
 * one subscriber usually has all of it and could otherwise take a fresh address for every attempt.
 */
export function throttleKeys(email: string, ip: string): ThrottleKeys {
  const clean = (value: string) => value.replaceAll("\u0000", "\uFFFD");
  const account = clean(email.trim().toLowerCase());
  const network = clean(addressNetwork(ip));
  return { account: `account:${account}`, pair: `pair:${network} ${account}`, ip: `ip:${network}` };
}

/** Refuses with RATE_LIMITED (and when to retry) while the pair or the address is locked, or the account's wait runs. */
export async function assertSignInAllowed(db: Db, keys: ThrottleKeys): Promise<void> {
  const rows = await db.$queryRaw<{ seconds: number }[]>`
    SELECT EXTRACT(EPOCH FROM ("lockedUntil" - timezone('UTC', now())))::float8 AS seconds
    FROM "SignInThrottle"
    WHERE key IN (${keys.account}, ${keys.pair}, ${keys.ip}) AND "lockedUntil" > timezone('UTC', now())`;
  if (rows.length === 0) return;
  const retryAfter = Math.max(1, Math.ceil(Math.max(...rows.map((row) => row.seconds))));
  const message =
    retryAfter < 60 ? problem("AuthProblem.tooManySignIns", { seconds: retryAfter }) : problem("AuthProblem.tooManySignInsMinutes", { minutes: Math.ceil(retryAfter / 60) });
  throw new AppError("RATE_LIMITED", message, { retryAfter });
}

// Times are written in UTC, as Prisma writes its own timestamp columns, whatever the session's zone.

/**
 * Counts one failure against the account, the (account, address) pair and the address, in one
 * statement per key so that concurrent attempts on several app instances all count. Returns true
 * when this failure locked the pair: the address is now shut out of the account.
 */
export async function recordSignInFailure(db: Db, keys: ThrottleKeys, rules: SignInRules = SIGN_IN_RULES): Promise<boolean> {
  await slowDown(db, keys.account, rules.account);
  const pair = await countFailure(db, keys.pair, rules.pair);
  await countFailure(db, keys.ip, rules.ip);
  return pair?.lockedNow ?? false;
}

/** A successful sign-in clears the account's failures and its own address's on it (not the address's overall). */
export async function clearSignInFailures(db: Db, keys: ThrottleKeys): Promise<void> {
  await db.$executeRaw`DELETE FROM "SignInThrottle" WHERE key IN (${keys.account}, ${keys.pair})`;
}

/** Counts a failure in the rule's window; reaching `maxFailures` locks the key for `lockSeconds`. */
async function countFailure(db: Db, key: string, rule: ThrottleRule) {
  const [row] = await db.$queryRaw<{ failures: number; locked: boolean; lockedNow: boolean }[]>`
    WITH previous AS (SELECT "lockedUntil" FROM "SignInThrottle" WHERE key = ${key})
    INSERT INTO "SignInThrottle" AS t (key, failures, "windowStart", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, timezone('UTC', now()), CASE WHEN 1 >= ${rule.maxFailures}::int THEN timezone('UTC', now()) + (${rule.lockSeconds}::int * interval '1 second') END, timezone('UTC', now()))
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t."windowStart" < timezone('UTC', now()) - (${rule.windowSeconds}::int * interval '1 second') THEN 1 ELSE t.failures + 1 END,
      "windowStart" = CASE WHEN t."windowStart" < timezone('UTC', now()) - (${rule.windowSeconds}::int * interval '1 second') THEN timezone('UTC', now()) ELSE t."windowStart" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN t."windowStart" < timezone('UTC', now()) - (${rule.windowSeconds}::int * interval '1 second') THEN 1 ELSE t.failures + 1 END) >= ${rule.maxFailures}::int
          AND (t."lockedUntil" IS NULL OR t."lockedUntil" <= timezone('UTC', now()))
        THEN timezone('UTC', now()) + (${rule.lockSeconds}::int * interval '1 second')
        ELSE t."lockedUntil" END,
      "updatedAt" = timezone('UTC', now())
    RETURNING failures,
      ("lockedUntil" > timezone('UTC', now())) AS locked,
      ("lockedUntil" > timezone('UTC', now()) AND ((SELECT "lockedUntil" FROM previous) IS NULL OR (SELECT "lockedUntil" FROM previous) <= timezone('UTC', now()))) AS "lockedNow"`;
  return row;
}

/**
 * Counts a failure in the rule's window; past `freeFailures`, the key's "lockedUntil" becomes the
 * time the next attempt may come: the delay doubles with each further failure, up to the cap.
 */
async function slowDown(db: Db, key: string, rule: SlowdownRule) {
  await db.$executeRaw`
    INSERT INTO "SignInThrottle" AS t (key, failures, "windowStart", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, timezone('UTC', now()), CASE WHEN 1 >= ${rule.freeFailures}::int THEN timezone('UTC', now()) + (${rule.firstDelaySeconds}::float8 * interval '1 second') END, timezone('UTC', now()))
    ON CONFLICT (key) DO UPDATE SET
      failures = excluded.failures + CASE WHEN t."windowStart" < timezone('UTC', now()) - (${rule.windowSeconds}::int * interval '1 second') THEN 0 ELSE t.failures END,
      "windowStart" = CASE WHEN t."windowStart" < timezone('UTC', now()) - (${rule.windowSeconds}::int * interval '1 second') THEN timezone('UTC', now()) ELSE t."windowStart" END,
      "lockedUntil" = CASE
        WHEN 1 + CASE WHEN t."windowStart" < timezone('UTC', now()) - (${rule.windowSeconds}::int * interval '1 second') THEN 0 ELSE t.failures END >= ${rule.freeFailures}::int
        THEN timezone('UTC', now()) + LEAST(
          ${rule.firstDelaySeconds}::float8 * power(2, LEAST(1 + CASE WHEN t."windowStart" < timezone('UTC', now()) - (${rule.windowSeconds}::int * interval '1 second') THEN 0 ELSE t.failures END - ${rule.freeFailures}::int, 30)),
          ${rule.maxDelaySeconds}::float8) * interval '1 second'
        ELSE NULL END,
      "updatedAt" = timezone('UTC', now())`;
}

/** The address as counted: itself for IPv4 (and anything unreadable), its /64 network for IPv6. */
export function addressNetwork(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail = ""] = ip.split("::");
  const groups = (part: string) => (part ? part.split(":") : []);
  const left = groups(head);
  const right = ip.includes("::") ? groups(tail) : [];
  // An IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) is two groups; only the first four groups matter.
  const rightCount = right.reduce((count, group) => count + (group.includes(".") ? 2 : 1), 0);
  const full = [...left, ...Array<string>(Math.max(0, 8 - left.length - rightCount)).fill("0"), ...right];
  return `${full.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(":")}::/64`;
}
