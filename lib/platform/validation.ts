import { z } from "zod";
import { named, problem, type ProblemKey } from "@/lib/platform/i18n/problem";

// Field rules several record types share. A form always sends every field, so an empty optional
// field arrives as "" and means "not set".

/**
 * When a check across fields runs: only once the fields it reads passed their own rules. zod runs an
 * object's refinements even after a field failed (so that a form shows every problem at once), and
 * such a field still holds its raw input — a "" where a Date was expected — which the check must
 * never see. Other fields' failures do not stop it.
 */
export const whenValid = (...fields: string[]) => ({
  when: (payload: z.core.ParsePayload) =>
    // An issue without a path is the whole value's: not an object at all, nothing to compare.
    payload.issues.every((issue) => (issue.path?.length ?? 0) > 0 && !fields.includes(String(issue.path?.[0]))),
});

/**
 * A whole number: a JSON number, or decimal digits as a form or a query string writes it; `range`
 * adds the bounds. (z.coerce.number would take "0x1", "1e3", " ", true and [7] as numbers.)
 */
export const ZWholeNumber = <T extends z.ZodType<number, number>>(message: string, range: T) => {
  const schema = z
    .union([z.number(), z.string().regex(/^-?\d{1,15}$/, message).transform(Number)], { error: message })
    .pipe(z.number().int(message))
    .pipe(range);
  // Documented as what it stands for, an integer in the range, rather than as its two input shapes.
  const { minimum, maximum } = z.toJSONSchema(range, { io: "input", unrepresentable: "any" }) as { minimum?: number; maximum?: number };
  WHOLE_NUMBERS.add(schema, { jsonSchema: { type: "integer", ...(minimum !== undefined && { minimum }), ...(maximum !== undefined && { maximum }) } });
  return schema;
};

/** The JSON Schema each whole-number schema is documented with (lib/platform/openapi/json-schema.ts reads it). */
export const WHOLE_NUMBERS = z.registry<{ jsonSchema: Record<string, unknown> }>();

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DATE_MESSAGE = problem("Validation.date");

function toDay(value: string, ctx: z.RefinementCtx): Date {
  const date = new Date(`${value}T00:00:00Z`);
  // Years before 1000 are refused: PostgreSQL's dates do not reach year 0, and none is meant.
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value || value < "1000") {
    ctx.addIssue({ code: "custom", message: DATE_MESSAGE });
    return z.NEVER;
  }
  return date;
}

/** A calendar date as YYYY-MM-DD, as a Date at UTC midnight; "" means not set. */
export const ZDay = z
  .string({ error: DATE_MESSAGE })
  .trim()
  .transform((value, ctx) => (value === "" ? undefined : toDay(value, ctx)))
  .optional();

/** A required calendar date. */
export const ZRequiredDay = (message: string) =>
  z.string({ error: message }).trim().min(1, message).transform(toDay);

/** The id of a record chosen from a list. */
export const ZId = (message: string) => z.string({ error: message }).trim().min(1, message).max(100, message);

/**
 * A field as the validation messages name it ("the title"): a key of the catalogue's `Field`
 * namespace, or of an area's own (`ProgramField.…`), whose translations carry their article.
 */
export type FieldName = Extract<ProblemKey, `${string}Field.${string}`>;

const enterField = (field: FieldName) => problem("Validation.enterField", { field: named(field) });
const fieldTooLong = (field: FieldName, max: number) => problem("Validation.fieldTooLong", { field: named(field), max });

/** Required text of at most `max` characters. */
export const ZText = (field: FieldName, max: number) =>
  z
    .string({ error: enterField(field) })
    .trim()
    .min(1, enterField(field))
    .max(max, fieldTooLong(field, max));

/** Optional text; "" and absence both become undefined. */
export const ZOptionalText = (field: FieldName, max: number) =>
  z
    .string()
    .trim()
    .max(max, fieldTooLong(field, max))
    .optional()
    .transform((value) => value || undefined);

/** An ISO 3166-1 alpha-2 country code; whether it exists is checked against the Country table. */
export const ZCountryCode = z
  .string({ error: problem("Validation.country") })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, problem("Validation.country"));

/** An http(s) address; "" means none. */
export const ZOptionalUrl = z
  .string()
  .trim()
  .max(2000, problem("Validation.addressTooLong", { max: 2000 }))
  .optional()
  .transform((value) => value || undefined)
  .pipe(
    z
      .url({ protocol: /^https?$/, error: problem("Validation.url") })
      .optional(),
  );

/** A form checkbox ("on" when ticked, absent otherwise) or a JSON boolean. */
export const ZCheckbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")], {
    error: problem("Validation.checkbox"),
  })
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

/** The record's version as the form last saw it; a different current version means someone else edited it. */
export const ZVersion = ZWholeNumber(problem("Validation.version"), z.number().positive(problem("Validation.version")));
