import { z } from "zod";
import { IndicatorMeasure, ResultLevel } from "@/lib/platform/db/generated/enums";
import { whenValid, ZDay, ZOptionalText, ZRequiredDay, ZText, ZVersion, ZWholeNumber } from "@/lib/platform/validation";

/** A number as an indicator records it: a decimal with at most 4 places, possibly negative. */
export const NUMBER = /^-?\d{1,16}(\.\d{1,4})?$/;

const ZDirection = z
  .union([z.boolean(), z.enum(["true", "false"])], { error: "Say whether a higher value is better (true) or a lower one (false)." })
  .transform((value) => value === true || value === "true");

const ZValue = (label: string) =>
  z
    .union([z.string(), z.number()], { error: `Enter the ${label}.` })
    .optional()
    .transform((value) => (value === undefined ? undefined : String(value).trim() || undefined))
    .pipe(z.string().max(2000, `Keep the ${label} under 2,000 characters.`).optional());

const indicatorFields = {
  title: ZText("Field.indicatorTitle", 300),
  description: z.string().trim().max(2000, "Keep the description under 2,000 characters.").default(""),
  level: z.enum(ResultLevel, { error: "Choose OUTPUT, OUTCOME or IMPACT." }),
  measure: z.enum(IndicatorMeasure, { error: "Choose UNIT, PERCENTAGE, NOMINAL, ORDINAL or QUALITATIVE." }),
  ascending: ZDirection,
  baselineYear: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    ZWholeNumber("Enter the baseline year, such as 2024.", z.number().min(1950, "Enter a year from 1950 on.").max(2100, "Enter a year up to 2100.")).optional(),
  ),
  baseline: ZValue("baseline"),
  unit: ZOptionalText("Field.unit", 100),
};

/** A numeric indicator takes numbers; a qualitative one takes text. */
function checkValues(measure: IndicatorMeasure, values: Record<string, string | undefined>, ctx: z.RefinementCtx) {
  if (measure === "QUALITATIVE") return;
  for (const [field, value] of Object.entries(values)) {
    if (value !== undefined && !NUMBER.test(value)) {
      ctx.addIssue({ code: "custom", path: [field], message: `Enter a number such as 42 or 12.5: this indicator is measured in numbers (for text, make it qualitative).` });
    }
  }
}

const MEASURE_AND_BASELINE = whenValid("measure", "baseline");
export const ZCreateIndicator = z.object(indicatorFields).superRefine((data, ctx) => checkValues(data.measure, { baseline: data.baseline }, ctx), MEASURE_AND_BASELINE);
export const ZUpdateIndicator = z
  .object({ version: ZVersion, ...indicatorFields })
  .superRefine((data, ctx) => checkValues(data.measure, { baseline: data.baseline }, ctx), MEASURE_AND_BASELINE);
export type TCreateIndicator = z.infer<typeof ZCreateIndicator>;

const periodFields = {
  periodStart: ZRequiredDay("Enter the first day of the reporting period."),
  periodEnd: ZRequiredDay("Enter the last day of the reporting period."),
  dueDate: ZDay,
  target: ZValue("target"),
  actual: ZValue("actual"),
  comment: ZOptionalText("Field.comment", 2000),
};

const checkPeriod = (period: { periodStart: Date; periodEnd: Date; dueDate?: Date }, ctx: z.RefinementCtx) => {
  if (period.periodEnd < period.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "The period cannot end before it starts." });
  if (period.dueDate && period.dueDate < period.periodEnd) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "A report cannot be due before its period ends." });
};

/** A reporting period; its numbers are checked against the indicator's measure by the service. */
const PERIOD_DATES = whenValid("periodStart", "periodEnd", "dueDate");
export const ZCreatePeriod = z.object(periodFields).superRefine(checkPeriod, PERIOD_DATES);
export const ZUpdatePeriod = z.object({ version: ZVersion, ...periodFields }).superRefine(checkPeriod, PERIOD_DATES);
export type TCreatePeriod = z.infer<typeof ZCreatePeriod>;

/** Checks a period's target and actual against its indicator's measure. */
export function checkPeriodValues(measure: IndicatorMeasure, period: { target?: string; actual?: string }) {
  return z
    .object({ target: z.string().optional(), actual: z.string().optional() })
    .superRefine((values, ctx) => checkValues(measure, values, ctx), whenValid("target", "actual"))
    .parse({ target: period.target, actual: period.actual });
}
