import "server-only";
import { db } from "@/lib/platform/db";

export type OidcProfile = { sub?: string; email?: string; email_verified?: boolean | string; name?: string };

/**
 * The existing, active user a single-sign-on identity belongs to: matched by an email address the
 * identity provider has verified. Nobody is ever created this way, so single sign-on cannot mint
 * an account, let alone an ADMIN one.
 */
export async function matchOidcUser(profile: OidcProfile | undefined): Promise<{ id: string } | null> {
  const verified = profile?.email_verified === true || profile?.email_verified === "true";
  if (!profile?.email || !verified) return null;
  const user = await db().user.findUnique({
    where: { email: profile.email.trim().toLowerCase() },
    select: { id: true, disabled: true },
  });
  return user && !user.disabled ? { id: user.id } : null;
}
