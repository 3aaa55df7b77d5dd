import "server-only";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import type { Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { signInFailures } from "@/lib/platform/metrics/app-metrics";
import { loadActor } from "./load-actor";
import { hashPassword, verifyPassword } from "./password";
import { assertSignInAllowed, clearSignInFailures, recordSignInFailure, SIGN_IN_RULES, type SignInRules, throttleKeys } from "./throttle";
import { problem } from "@/lib/platform/i18n/problem";

/** One message for an unknown email, a wrong password and a disabled account: nothing to probe. */
export const INVALID_CREDENTIALS = problem("AuthProblem.invalidCredentials");

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password, counting failures against the account, the address and the two
 * together, and refusing while the pair or the address is locked or the account's wait runs (see
 * SIGN_IN_RULES). An unknown email costs the same hashing time as a known one.
 */
export async function authenticate(
  input: { email: string; password: string; ip: string; requestId: string },
  rules: SignInRules = SIGN_IN_RULES,
): Promise<Actor> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.ip);
  await assertSignInAllowed(db(), keys);

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, disabled: true, passwordHash: true },
  });
  dummyHash ??= hashPassword("a password that no account has");
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);

  if (!user || !user.passwordHash || !matches || user.disabled) {
    const lockedNow = await recordSignInFailure(db(), keys, rules);
    signInFailures().inc();
    if (lockedNow && user) {
      await db().$transaction((tx) =>
        recordAuditEvent(tx, { actor: null, requestId: input.requestId }, {
          action: "user.lock",
          entityType: "User",
          entityId: user.id,
          // The account stays open to every other address; this one is shut out of it for a while.
          after: { reason: "repeated failed sign-ins", address: input.ip, minutes: Math.ceil(rules.pair.lockSeconds / 60) },
        }),
      );
    }
    throw new AppError("UNAUTHENTICATED", INVALID_CREDENTIALS);
  }

  await clearSignInFailures(db(), keys);
  const actor = await loadActor(user.id);
  if (!actor) throw new AppError("UNAUTHENTICATED", INVALID_CREDENTIALS);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAuditEvent(tx, { actor, requestId: input.requestId }, {
      action: "user.sign-in",
      entityType: "User",
      entityId: user.id,
      after: { method: "password" },
    });
  });
  return actor;
}
