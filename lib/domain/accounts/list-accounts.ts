import "server-only";
import { db } from "@/lib/platform/db";

/** Every account for the command line's table, by email: who they are, where, and whether they can sign in. */
export async function listAccounts() {
  const rows = await db().user.findMany({
    orderBy: { email: "asc" },
    select: {
      email: true,
      name: true,
      role: true,
      disabled: true,
      lastSignInAt: true,
      passwordHash: true,
      organisation: { select: { name: true, countryCode: true } },
    },
  });
  // Whether a password is set is all that leaves this function of the hash.
  return rows.map(({ passwordHash, ...row }) => ({ ...row, passwordSet: passwordHash !== null }));
}

/** One account by email, for the command line's other commands; null when there is none. */
export async function findAccountByEmail(email: string) {
  return db().user.findUnique({ where: { email }, select: { id: true, email: true, name: true, version: true, disabled: true, role: true } });
}
