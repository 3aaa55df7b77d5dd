import { z } from "zod";
import { IndicatorMeasure, ResultLevel } from "@/lib/platform/db/generated/enums";
import { whenValid, ZDay, ZOptionalText, ZRequiredDay, ZText, ZVersion, ZWholeNumber } from "@/lib/platform/validation";
import { problem } from "@/lib/platform/i18n/problem";

/** A number as an indicator records it: a decimal with at most 4 places, possibly negative. */
export const NUMBER = /^-?\d{1,16}(\.\d{1,4})?$/;

const ZDirection = z
  .union([z.boolean(), z.enum(["true", "false"])], { error: problem("MonitoringProblems.direction") })
  .transform((value) => value === true || value === "true");

const ZValue = (value: "baseline" | "target" | "actual") =>
  z
    .union([z.string(), z.number()], { error: problem("MonitoringProblems.enterValue", { value }) })
    .optional()
    .transform((value) => (value === undefined ? undefined : String(value).trim() || undefined))
    .pipe(z.string().max(2000, problem("MonitoringProblems.valueMax", { value })).optional());

const indicatorFields = {
  title: ZText("Field.indicatorTitle", 300),
  description: z.string().trim().max(2000, problem("ChoiceProblems.descriptionMax", { max: 2000 })).default(""),
  level: z.enum(ResultLevel, { error: problem("MonitoringProblems.level") }),
  measure: z.enum(IndicatorMeasure, { error: problem("MonitoringProblems.measure") }),
  ascending: ZDirection,
  baselineYear: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    ZWholeNumber(problem("MonitoringProblems.baselineYear"), z.number().min(1950, problem("ChoiceProblems.yearFrom")).max(2100, problem("ChoiceProblems.yearUpTo"))).optional(),
  ),
  baseline: ZValue("baseline"),
  unit: ZOptionalText("Field.unit", 100),
};

/** A numeric indicator takes numbers; a qualitative one takes text. */
function checkValues(measure: IndicatorMeasure, values: Record<string, string | undefined>, ctx: z.RefinementCtx) {
  if (measure === "QUALITATIVE") return;
  for (const [field, value] of Object.entries(values)) {
    if (value !== undefined && !NUMBER.test(value)) {
      ctx.addIssue({ code: "custom", path: [field], message: problem("MonitoringProblems.number") });
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
  periodStart: ZRequiredDay(problem("MonitoringProblems.periodStart")),
  periodEnd: ZRequiredDay(problem("MonitoringProblems.periodEnd")),
  dueDate: ZDay,
  target: ZValue("target"),
  actual: ZValue("actual"),
  comment: ZOptionalText("Field.comment", 2000),
};

const checkPeriod = (period: { periodStart: Date; periodEnd: Date; dueDate?: Date }, ctx: z.RefinementCtx) => {
  if (period.periodEnd < period.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: problem("ChoiceProblems.periodEndsBeforeStart") });
  if (period.dueDate && period.dueDate < period.periodEnd) ctx.addIssue({ code: "custom", path: ["dueDate"], message: problem("MonitoringProblems.dueBeforeEnd") });
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
