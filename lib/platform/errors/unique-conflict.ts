import "server-only";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "./app-error";

/**
 * A unique-constraint violation that no domain function turned into a field error (each that knows
 * the field does): a 409 that names the fields when the database says which they are. It happens
 * when a check made before writing loses a race to another request writing the same record.
 */
export function uniqueConflict(error: unknown): AppError | null {
  const violation = uniqueViolation(error);
  if (!violation) return null;
  const fields = fieldsOf(violation.on);
  return new AppError(
    "CONFLICT",
    fields.length
      ? `A record with the same ${fields.join(", ")} already exists; it may have been saved a moment ago. Reload to see it, or change the ${fields.length > 1 ? "values" : "value"}.`
      : "A record with the same values already exists; it may have been saved a moment ago. Reload to see it.",
    { cause: error },
  );
}

/**
 * The constrained columns as the driver reports them: `target`, a driver adapter's
 * `constraint.fields`, or its index name, which Prisma makes as <Table>_<column>_<column>_key.
 */
function fieldsOf(meta: string): string[] {
  try {
    const parsed = JSON.parse(meta) as {
      target?: unknown;
      driverAdapterError?: { cause?: { table?: unknown; constraint?: { fields?: unknown; index?: unknown } } };
    };
    const cause = parsed.driverAdapterError?.cause;
    const fields = Array.isArray(parsed.target) ? parsed.target : cause?.constraint?.fields;
    if (Array.isArray(fields)) return fields.filter((field): field is string => typeof field === "string").map((field) => field.replaceAll('"', ""));
    const index = cause?.constraint?.index;
    const prefix = `${String(cause?.table)}_`;
    if (typeof index === "string" && index.startsWith(prefix) && index.endsWith("_key")) return index.slice(prefix.length, -"_key".length).split("_");
    return [];
  } catch {
    return [];
  }
}
