import "server-only";
import { Prisma } from "@/lib/platform/db/generated/client";

/**
 * Whether `error` is a unique-constraint violation (P2002), and on which columns or constraint as
 * far as the driver tells: the check done before writing can lose a race, the database cannot.
 */
export function uniqueViolation(error: unknown): { on: string } | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  return { on: JSON.stringify(error.meta ?? {}) };
}
