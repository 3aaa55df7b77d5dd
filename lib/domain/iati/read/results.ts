import type { z } from "zod";
import type { IndicatorMeasure, ResultLevel } from "@/lib/platform/db/generated/enums";
import { checkPeriodValues, ZCreateIndicator, ZCreatePeriod } from "@/lib/domain/monitoring/schemas";
import { codeName, inCodelist, LEVEL_OF_CODE, MEASURE_OF_CODE } from "../codes";
import { childNamed, childrenNamed, type XmlElement } from "../xml-tree";
import type { ReadContext } from "./context";
import type { ReadIndicator, Texts } from "./types";
import { attributeIn, comment, first, isoDay } from "./values";
import { iatiText } from "../iati-text";

/** The indicators of the results of type output, outcome or impact, each with its periods. */
export function readResults(context: ReadContext): ReadIndicator[] {
  const { element, problem, texts } = context;
  const indicators: ReadIndicator[] = [];
  childrenNamed(element, "result").forEach((result, resultIndex) => {
    const resultWhere = `result ${resultIndex + 1}`;
    const typeCode = result.attrs.type?.trim() ?? "";
    const level = LEVEL_OF_CODE[typeCode];
    if (!level) {
      problem(
        "error",
        resultWhere,
        !typeCode
          ? iatiText("withoutCode", { element: "<result>", attribute: "type" })
          : inCodelist("ResultType", typeCode)
            ? iatiText("resultTypeNotOurs", { code: typeCode, name: codeName("ResultType", typeCode) })
            : iatiText("resultTypeNotInCodelist", { code: typeCode }),
      );
      return;
    }
    const resultTitle = texts(childNamed(result, "title"), `${resultWhere} title`);
    childrenNamed(result, "indicator").forEach((indicator, indicatorIndex) => {
      const read = readIndicator(context, indicator, { where: `${resultWhere} indicator ${indicatorIndex + 1}`, resultWhere, resultTitle, level });
      if (read) indicators.push(read);
    });
  });
  return indicators;
}

type Result = { where: string; resultWhere: string; resultTitle: Texts | undefined; level: ResultLevel };

function readIndicator(context: ReadContext, indicator: XmlElement, { where, resultWhere, resultTitle, level }: Result): ReadIndicator | undefined {
  const { problem, texts, withTranslations } = context;
  const measureCode = indicator.attrs.measure?.trim() ?? "";
  const measure = MEASURE_OF_CODE[measureCode];
  if (!measure) {
    problem("error", where, measureCode ? iatiText("measureNotInCodelist", { code: measureCode }) : iatiText("withoutCode", { element: "<indicator>", attribute: "measure" }));
    return undefined;
  }
  const qualitative = measure === "QUALITATIVE";
  const indicatorTitle = texts(childNamed(indicator, "title"), `${where} title`);
  let description = texts(childNamed(indicator, "description"), `${where} description`);
  if (resultTitle && indicatorTitle && resultTitle.text !== indicatorTitle.text) {
    if (!description) {
      description = resultTitle;
      problem("warning", where, iatiText("resultTitleAsDescription"));
    } else problem("error", resultWhere, iatiText("resultTitleNotKept", { title: resultTitle.text }));
  }
  const baselines = childrenNamed(indicator, "baseline");
  if (baselines.length > 1) problem("error", where, iatiText("firstBaselineOnly"));
  const baseline = baselines[0];
  const ascending = indicator.attrs.ascending?.trim();
  const input = {
    title: (indicatorTitle ?? resultTitle)?.text ?? "",
    description: description?.text ?? "",
    level,
    measure,
    ascending: ascending === "0" || ascending === "false" ? "false" : "true",
    baselineYear: baseline?.attrs.year?.trim() ?? "",
    baseline: qualitative ? comment(baseline) : baseline?.attrs.value?.trim() || undefined,
    unit: attributeIn(indicator, "unit") ?? "",
  };
  const parsed = ZCreateIndicator.safeParse(input);
  if (!parsed.success) {
    problem("error", where, iatiText("notKeptBecause", { reason: first(parsed.error) }));
    return undefined;
  }
  return { input: parsed.data, translations: withTranslations({ title: indicatorTitle, description }), periods: readPeriods(context, indicator, where, measure) };
}

/** An indicator's periods; each must start on a day of its own. */
function readPeriods({ problem }: ReadContext, indicator: XmlElement, where: string, measure: IndicatorMeasure): ReadIndicator["periods"] {
  const qualitative = measure === "QUALITATIVE";
  const periods: ReadIndicator["periods"] = [];
  const starts = new Set<string>();
  childrenNamed(indicator, "period").forEach((period, periodIndex) => {
    const periodWhere = `${where} period ${periodIndex + 1}`;
    const target = childNamed(period, "target");
    const actual = childNamed(period, "actual");
    const actualComment = comment(actual);
    const periodInput = {
      periodStart: isoDay(childNamed(period, "period-start")?.attrs["iso-date"]) ?? "",
      periodEnd: isoDay(childNamed(period, "period-end")?.attrs["iso-date"]) ?? "",
      target: qualitative ? comment(target) : target?.attrs.value?.trim() || undefined,
      actual: qualitative ? actualComment : actual?.attrs.value?.trim() || undefined,
      comment: attributeIn(period, "comment") ?? (qualitative ? undefined : actualComment),
    };
    if (childrenNamed(period, "target").length > 1 || childrenNamed(period, "actual").length > 1) problem("error", periodWhere, iatiText("firstTargetActualOnly"));
    const parsedPeriod = ZCreatePeriod.safeParse(periodInput);
    if (!parsedPeriod.success) return problem("error", periodWhere, iatiText("notKeptBecause", { reason: first(parsedPeriod.error) }));
    try {
      checkPeriodValues(measure, periodInput);
    } catch (error) {
      return problem("error", periodWhere, iatiText("notKeptBecause", { reason: first(error as z.ZodError) }));
    }
    if (starts.has(periodInput.periodStart)) return problem("error", periodWhere, iatiText("periodSameStart"));
    starts.add(periodInput.periodStart);
    periods.push(parsedPeriod.data);
  });
  return periods;
}
