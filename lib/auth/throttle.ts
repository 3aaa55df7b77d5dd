import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export type ThrottleRule = { maxFailures: number; windowSeconds: number; lockSeconds: number };

/**
 * Failed sign-ins allowed before a lockout. Per account: a handful, whoever tries; per address: more,
 * since many people may share one office network.
 */
export const SIGN_IN_RULES = {
  account: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  ip: { maxFailures: 30, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
} satisfies Record<string, ThrottleRule>;

export type ThrottleKeys = { account: string; ip: string };

export function throttleKeys(email: string, ip: string): ThrottleKeys {
  const clean = (value: string) => value.replaceAll("\u0000", "\uFFFD");
  return { account: `account:${clean(email.trim().toLowerCase())}`, ip: `ip:${clean(ip)}` };
}

/** Refuses with RATE_LIMITED (and when to retry) while the account or the address is locked. */
export async function assertSignInAllowed(db: Db, keys: ThrottleKeys): Promise<void> {
  const rows = await db.$queryRaw<{ seconds: number }[]>`
    SELECT EXTRACT(EPOCH FROM ("lockedUntil" - timezone('UTC', now())))::float8 AS seconds
    FROM "SignInThrottle"
    WHERE key IN (${keys.account}, ${keys.ip}) AND "lockedUntil" > timezone('UTC', now())`;
  if (rows.length === 0) return;
  const retryAfter = Math.ceil(Math.max(...rows.map((row) => row.seconds)));
  throw new AppError(
    "RATE_LIMITED",
    `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
    { retryAfter },
  );
}

// Times are written in UTC, as Prisma writes its own timestamp columns, whatever the session's zone.

/**
 * Counts one failure against the account and the address, in one statement per key so that
 * concurrent attempts on several app instances all count. Returns true when this failure locked
 * the account.
 */
export async function recordSignInFailure(db: Db, keys: ThrottleKeys, rules = SIGN_IN_RULES): Promise<boolean> {
  const account = await countFailure(db, keys.account, rules.account);
  await countFailure(db, keys.ip, rules.ip);
  return account?.lockedNow ?? false;
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearSignInFailures(db: Db, keys: ThrottleKeys): Promise<void> {
  await db.$executeRaw`DELETE FROM "SignInThrottle" WHERE key = ${keys.account}`;
}

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
