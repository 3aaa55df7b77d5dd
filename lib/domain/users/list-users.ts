import "server-only";
import { assertKnownCursor, keysetArgs, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import { type Viewer, requirePermission } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TUserFilter } from "@/lib/domain/users/schemas";

/**
 * Accounts for the ADMIN, ordered by name, filtered and paged in SQL. `q` matches the email or the
 * name, whatever the case; the cursor is the id of the last row of the previous page.
 */
export async function listUsers(viewer: Viewer, filter: TUserFilter, { limit, cursor }: TPageQuery) {
  requirePermission(viewer, "user.manage");
  const where: Prisma.UserWhereInput = {
    ...(filter.q && {
      OR: [{ email: { contains: filter.q, mode: "insensitive" } }, { name: { contains: filter.q, mode: "insensitive" } }],
    }),
    ...(filter.role && { role: filter.role }),
    ...(filter.organisation && { organisationId: filter.organisation }),
    ...(filter.status && { disabled: filter.status === "disabled" }),
  };
  await assertKnownCursor(cursor, (id) => db().user.count({ where: { id } }));
  const rows = await db().user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...keysetArgs({ limit, cursor }),
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      lastSignInAt: true,
      organisation: { select: { id: true, name: true, countryCode: true, country: { select: { name: true } } } },
    },
  });
  return toPage(rows, limit, (row) => row.id);
}
