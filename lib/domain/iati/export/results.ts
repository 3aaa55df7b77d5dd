import { INDICATOR_MEASURE, RESULT_TYPE } from "../codes";
import { readTranslations } from "../translations";
import { attributes, clean, day, decimal, narratives, p, type Node } from "./nodes";
import type { ExportedProgram } from "./types";

const comment = (text: string): Node => ({ narrative: narratives(text) });

function value(amount: string | null, text: string | null): Node | undefined {
  if (amount === null && !text) return undefined;
  return { ...attributes({ value: amount === null ? undefined : decimal(amount) }), ...(text ? { comment: comment(text) } : {}) };
}

/** One result per indicator: the result takes the indicator's level and title. */
export function result(indicator: ExportedProgram["indicators"][number]): Node {
  const translations = readTranslations(indicator.translations);
  const qualitative = indicator.measure === "QUALITATIVE";
  const title = { narrative: narratives(indicator.title, translations.title) };
  return {
    "@_type": RESULT_TYPE[indicator.level],
    title,
    indicator: {
      ...attributes({ measure: INDICATOR_MEASURE[indicator.measure], ascending: indicator.ascending ? "1" : "0", [p("unit")]: indicator.unit || undefined }),
      title,
      ...(indicator.description ? { description: { narrative: narratives(indicator.description, translations.description) } } : {}),
      ...(indicator.baselineYear !== null
        ? {
            baseline: {
              ...attributes({ year: String(indicator.baselineYear), value: indicator.baselineValue !== null && !qualitative ? decimal(indicator.baselineValue) : undefined }),
              ...(qualitative && indicator.baselineText ? { comment: comment(indicator.baselineText) } : {}),
            },
          }
        : {}),
      period: indicator.periods.map((period) => {
        // A numeric actual carries the period's comment; a qualitative actual is itself text, so the
        // comment then goes on the period, in the tracker's namespace.
        const commentOnActual = !qualitative && period.actualValue !== null;
        return {
          ...attributes({ [p("comment")]: period.comment && !commentOnActual ? clean(period.comment) : undefined }),
          "period-start": { "@_iso-date": day(period.periodStart) },
          "period-end": { "@_iso-date": day(period.periodEnd) },
          target: value(qualitative ? null : period.targetValue, qualitative ? period.targetText : null),
          actual: value(qualitative ? null : period.actualValue, qualitative ? period.actualText : commentOnActual ? period.comment : null),
        };
      }),
    },
  };
}
