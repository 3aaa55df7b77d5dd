import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

const NUL = "\u0000";
/** U+FFFD, which no lookup value uses: a NUL in a filter then simply matches nothing. */
const REPLACEMENT = "\uFFFD";

const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert"]);

/**
 * PostgreSQL text cannot hold a NUL character, and a query carrying one fails inside the driver.
 * Writes that carry one are refused as invalid input; reads (ids, filters, searches) get the NUL
 * replaced, so that they find nothing instead of failing.
 */
export function guardNul(operation: string, args: unknown): unknown {
  if (!containsNul(args)) return args;
  if (WRITES.has(operation)) throw new AppError("INVALID_INPUT", problem("Problem.nulCharacter"));
  return replaceNul(args);
}

function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes(NUL);
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).some(containsNul);
  }
  return false;
}

function replaceNul(value: unknown): unknown {
  if (typeof value === "string") return value.replaceAll(NUL, REPLACEMENT);
  if (Array.isArray(value)) return value.map(replaceNul);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, replaceNul(inner)]));
  }
  return value;
}
