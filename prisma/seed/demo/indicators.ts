// Results indicators and their reporting periods. Each period's report is due 60 days after it
// ends. "Today" in the demo is late November 2026, so a past period without an actual is overdue.
// Deliberate monitoring-health cases: CA-GOV-ESDC-MX-001 (funded) has no indicator at all;
// CA-GOV-ESDC-CO-001 has an indicator without a baseline; US-GOV-1-ILAB-MX-001,
// US-GOV-1-ILAB-MX-005 and XI-IATI-EC_INTPA-VN-003 have overdue reports.
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { IndicatorMeasure, ResultLevel } from "@/lib/platform/db/generated/enums";
import { createIndicatorPeriods, createIndicators } from "@/prisma/seed/factories";
import { addDays, day, GOV_MX_EMAIL, GOV_US_EMAIL, newId, type SeedContext } from "./context";

type Value = number | string;
type Period = { start: string; end: string; target: Value; actual?: Value; comment?: string };
type IndicatorDef = {
  title: string;
  level: ResultLevel;
  measure: IndicatorMeasure;
  descending?: boolean;
  /** [year, value]; for a qualitative indicator the value is the baseline text. */
  baseline?: [number, Value];
  unit?: string;
  periods: Period[];
};

const year = (y: number, target: Value, actual?: Value, comment?: string): Period => ({ start: `${y}-01-01`, end: `${y}-12-31`, target, actual, comment });
const span = (start: string, end: string, target: Value, actual?: Value, comment?: string): Period => ({ start, end, target, actual, comment });

export const indicators: Record<string, IndicatorDef[]> = {
  "US-GOV-1-ILAB-MX-001": [
    { title: "Individual disputes settled at mandatory pre-judicial conciliation", level: "OUTCOME", measure: "PERCENTAGE", baseline: [2021, 55], unit: "%", periods: [
      span("2024-07-01", "2024-12-31", 68, 69.5), span("2025-01-01", "2025-06-30", 70, 71.2),
      span("2025-07-01", "2025-12-31", 72, 70.8, "Caseload rose when new state conciliation centres opened."), span("2026-01-01", "2026-06-30", 74) ] },
    { title: "Average duration of individual cases before the federal labour courts", level: "OUTCOME", measure: "UNIT", descending: true, baseline: [2022, 210], unit: "days", periods: [
      year(2023, 190, 198), year(2024, 170, 176), year(2025, 150, 161, "Backlog from the transfer of legacy cases.") ] },
    { title: "Judges and court staff trained on oral labour proceedings", level: "OUTPUT", measure: "UNIT", baseline: [2020, 0], unit: "people", periods: [year(2021, 300, 342), year(2022, 600, 655), year(2023, 900, 940)] },
  ],
  "US-GOV-1-ILAB-MX-002": [
    { title: "RRM petitions screened within the agreed time limit", level: "OUTPUT", measure: "PERCENTAGE", baseline: [2022, 60], unit: "%", periods: [year(2023, 80, 85), year(2024, 90, 92), year(2025, 95, 94)] },
    { title: "Maturity of the shared facility verification protocol", level: "OUTCOME", measure: "ORDINAL", baseline: [2022, 1], unit: "level (1–5)", periods: [
      year(2023, 2, 2), year(2024, 3, 3), year(2025, 4, 3, "Protocol adopted on the U.S. side; Mexican guidelines still pending.") ] },
  ],
  "US-GOV-1-ILAB-MX-003": [
    { title: "Workers reached with information on legitimation votes", level: "OUTPUT", measure: "UNIT", baseline: [2020, 0], unit: "workers", periods: [year(2021, 150000, 172000), year(2022, 300000, 318500), year(2023, 400000, 409200)] },
    { title: "Legitimation votes with reported irregularities that were repeated", level: "OUTCOME", measure: "PERCENTAGE", baseline: [2021, 20], unit: "%", periods: [year(2022, 60, 64), year(2023, 80, 77)] },
  ],
  "US-GOV-1-ILAB-MX-004": [
    { title: "Risk-based inspections of auto-parts plants", level: "OUTPUT", measure: "UNIT", baseline: [2021, 0], unit: "inspections", periods: [year(2022, 150, 162), year(2023, 300, 287), year(2024, 400, 415), year(2025, 400, 398)] },
    { title: "Violations corrected within the compliance period", level: "OUTCOME", measure: "PERCENTAGE", baseline: [2021, 38], unit: "%", periods: [year(2023, 50, 47), year(2025, 65, 61)] },
  ],
  "US-GOV-1-ILAB-MX-005": [
    { title: "Children of day-labourer families enrolled in harvest-season schools", level: "OUTPUT", measure: "UNIT", baseline: [2022, 850], unit: "children", periods: [
      year(2023, 1500, 1620), year(2024, 2500, 2210, "Two schools closed early because of water shortages."), year(2025, 3200) ] },
  ],
  "MX-STPS-USMCA-JR-001": [
    { title: "Working papers published", level: "OUTPUT", measure: "UNIT", baseline: [2024, 0], unit: "papers", periods: [year(2025, 2, 1, "Second paper in peer review."), year(2026, 3)] },
    { title: "Harmonised informality dataset", level: "OUTPUT", measure: "QUALITATIVE", baseline: [2024, "No common definition of informality across the three labour-force surveys."], periods: [
      year(2025, "Harmonisation method agreed by the three statistics offices", "Method agreed in September 2025; access to Canadian microdata pending."), year(2026, "Dataset published") ] },
  ],
  "MX-STPS-USMCA-IS-001": [
    { title: "Quarterly data exchanges completed", level: "OUTPUT", measure: "UNIT", baseline: [2021, 0], unit: "exchanges", periods: [year(2022, 4, 4), year(2023, 4, 4), year(2024, 4, 3, "Fourth-quarter exchange postponed to January."), year(2025, 4, 4)] },
  ],
  "CA-GOV-ESDC-MX-002": [
    { title: "Export plants with a harassment protocol aligned with ILO C190", level: "OUTCOME", measure: "UNIT", baseline: [2025, 12], unit: "plants", periods: [span("2025-10-01", "2026-03-31", 25, 31), span("2026-04-01", "2026-09-30", 40)] },
  ],
  "MX-STPS-USMCA-IS-002": [
    { title: "Mexican procedure for the forced labour import prohibition", level: "OUTPUT", measure: "QUALITATIVE", baseline: [2023, "No operational procedure to apply Article 23.6 in Mexico."], periods: [
      year(2024, "Procedure drafted and shared with the other Parties", "Draft shared in June 2024."), year(2025, "Procedure in force", "Published in the Diario Oficial; first review under way.") ] },
  ],
  "US-GOV-1-ILAB-NAALC-001": [
    { title: "Comparative labour-market report", level: "OUTPUT", measure: "QUALITATIVE", baseline: [2001, "No comparable labour-market data across the three countries."], periods: [
      year(2003, "Report published by the Secretariat", "Published in June 2003 in English, French and Spanish.") ] },
  ],
  "US-GOV-1-ILAB-NAALC-002": [
    { title: "Trilateral working group meetings held", level: "OUTPUT", measure: "UNIT", baseline: [2006, 0], unit: "meetings", periods: [year(2007, 2, 2), year(2009, 2, 1)] },
  ],
  "US-GOV-1-ILAB-GT-001": [
    { title: "Inspections in export agriculture ending in a sanction or verified correction", level: "OUTCOME", measure: "PERCENTAGE", baseline: [2021, 22], unit: "%", periods: [year(2022, 30, 28), year(2023, 40, 41), year(2024, 50, 47), year(2025, 55, 52)] },
    { title: "Average days from inspection to sanction", level: "OUTCOME", measure: "UNIT", descending: true, baseline: [2021, 240], unit: "days", periods: [year(2023, 180, 196), year(2024, 150, 158), year(2025, 120, 131)] },
    { title: "Child labour cases referred to child protection services", level: "OUTPUT", measure: "UNIT", baseline: [2021, 35], unit: "cases", periods: [year(2023, 120, 134), year(2024, 150, 149), year(2025, 180, 171)] },
  ],
  "US-GOV-1-ILAB-HN-001": [
    { title: "Children withdrawn or prevented from child labour", level: "OUTCOME", measure: "UNIT", baseline: [2015, 0], unit: "children", periods: [year(2016, 1500, 1320), year(2017, 3000, 3140), year(2018, 4500, 4610)] },
    { title: "Households with improved livelihoods", level: "OUTPUT", measure: "UNIT", baseline: [2015, 0], unit: "households", periods: [year(2017, 800, 765), year(2018, 1500, 1488)] },
  ],
  "US-GOV-1-ILAB-CAFTA-001": [
    { title: "Median duration of labour cases under oral procedure", level: "OUTCOME", measure: "UNIT", descending: true, baseline: [2019, 400], unit: "days", periods: [year(2021, 330, 345), year(2023, 260, 255), year(2025, 200, 214)] },
    { title: "Conciliation agreements honoured", level: "OUTCOME", measure: "PERCENTAGE", baseline: [2019, 58], unit: "%", periods: [year(2022, 65, 67), year(2024, 75, 73)] },
  ],
  "XM-DAC-41302-RLA-21-02-USA": [
    { title: "Plantations with a heat-stress prevention plan", level: "OUTCOME", measure: "UNIT", baseline: [2021, 4], unit: "plantations", periods: [year(2022, 15, 12), year(2023, 30, 33), year(2024, 45, 44), year(2025, 60, 58)] },
    { title: "Bipartite OSH committees functioning", level: "OUTPUT", measure: "UNIT", baseline: [2021, 10], unit: "committees", periods: [year(2023, 40, 46), year(2025, 70, 69)] },
  ],
  "US-GOV-1-ILAB-SV-001": [
    { title: "Survey and working paper on social security coverage", level: "OUTPUT", measure: "QUALITATIVE", baseline: [2022, "No data on social security coverage among small exporters' workers."], periods: [
      year(2024, "Survey of 1,200 workers completed", "1,236 interviews completed."), year(2025, "Working paper presented at a tripartite dialogue", "Presented to the Higher Labour Council in November 2025.") ] },
  ],
  "US-GOV-1-ILAB-NI-001": [
    { title: "Free-trade-zone workers trained on their rights", level: "OUTPUT", measure: "UNIT", baseline: [2018, 0], unit: "workers", periods: [year(2019, 1500, 420, "Activities stopped in June 2019 when the program was cancelled.")] },
  ],
  "US-GOV-1-ILAB-DO-001": [
    { title: "Parties publishing yearly labour inspection statistics", level: "OUTCOME", measure: "UNIT", baseline: [2023, 2], unit: "Parties", periods: [year(2024, 4, 4), year(2025, 6, 5, "Nicaragua does not take part in the exchange.")] },
    { title: "Type of inspection case-management system in use in the Dominican Republic", level: "OUTPUT", measure: "NOMINAL", baseline: [2023, 2], unit: "code (1 paper, 2 spreadsheet, 3 integrated system)", periods: [year(2024, 2, 2), year(2025, 3, 2)] },
  ],
  "XI-IATI-EC_INTPA-VN-001": [
    { title: "Stage of ILO C87 ratification", level: "OUTCOME", measure: "ORDINAL", baseline: [2021, 1], unit: "stage (0 not planned – 4 ratified)", periods: [
      year(2023, 2, 2), year(2024, 3, 2, "Dossier not yet submitted to the National Assembly."), year(2025, 3, 2), year(2026, 4) ] },
    { title: "Officials trained on freedom of association standards", level: "OUTPUT", measure: "UNIT", baseline: [2021, 0], unit: "officials", periods: [year(2022, 200, 240), year(2023, 400, 430), year(2024, 600, 575)] },
  ],
  "XI-IATI-EC_INTPA-VN-002": [
    { title: "Decrees and circulars implementing the 2019 Labour Code adopted", level: "OUTPUT", measure: "UNIT", baseline: [2020, 0], unit: "legal acts", periods: [year(2021, 10, 12), year(2022, 20, 19), year(2024, 28, 29)] },
    { title: "Evidence used by the National Wage Council", level: "OUTCOME", measure: "QUALITATIVE", baseline: [2020, "Recommendations negotiated without a shared wage dataset."], periods: [
      year(2023, "The Council uses a shared dataset", "The 2023 recommendation cites the joint ILSSA wage survey.") ] },
  ],
  "XI-IATI-EC_INTPA-VN-003": [
    { title: "Worker representative organisations registered at enterprise level", level: "OUTCOME", measure: "UNIT", baseline: [2023, 0], unit: "organisations", periods: [year(2024, 5, 3), year(2025, 15), year(2026, 30)] },
  ],
  "XI-IATI-EC_INTPA-VN-004": [
    { title: "Child labour incidence among children aged 5–17 in surveyed supply-chain households", level: "IMPACT", measure: "PERCENTAGE", descending: true, baseline: [2018, 9.1], unit: "%", periods: [
      year(2022, 8.5, 8.2), year(2023, 7.5, 7.9, "Higher incidence in seasonal agriculture than expected.") ] },
    { title: "Sector studies published", level: "OUTPUT", measure: "UNIT", baseline: [2021, 0], unit: "studies", periods: [year(2022, 1, 1), year(2023, 2, 2)] },
  ],
  "XI-IATI-EC_INTPA-VN-005": [
    { title: "Peer-exchange missions completed", level: "OUTPUT", measure: "UNIT", baseline: [2023, 0], unit: "missions", periods: [year(2023, 1, 1), year(2024, 3, 3), year(2025, 3, 2, "One mission postponed to 2026.")] },
  ],
  "CA-GOV-ESDC-CO-001": [
    { title: "Protection requests from union leaders assessed within 30 days", level: "OUTCOME", measure: "PERCENTAGE", unit: "%", periods: [year(2023, 60, 54), year(2024, 70, 66), year(2025, 80, 71)] },
    { title: "Cases of violence against trade unionists ending in a conviction", level: "IMPACT", measure: "UNIT", baseline: [2021, 14], unit: "cases", periods: [year(2023, 20, 18), year(2025, 30, 24)] },
  ],
  "CA-GOV-ESDC-CO-002": [
    { title: "Share of labour fines collected", level: "OUTCOME", measure: "PERCENTAGE", baseline: [2021, 12], unit: "%", periods: [year(2022, 18, 15), year(2023, 25, 22), year(2024, 30, 31), year(2025, 35, 33)] },
  ],
  "CA-GOV-ESDC-CO-003": [
    { title: "Workers hired directly or covered by formalisation agreements", level: "OUTCOME", measure: "UNIT", baseline: [2018, 0], unit: "workers", periods: [
      year(2019, 2000, 1850), year(2020, 4000, 2900, "COVID-19 suspended field inspections for five months."), year(2021, 6000, 5120) ] },
  ],
  "CA-GOV-ESDC-CO-004": [
    { title: "Rural labour survey in export agriculture", level: "OUTPUT", measure: "QUALITATIVE", baseline: [2023, "No labour survey covers workers in export agriculture."], periods: [
      year(2024, "Questionnaire piloted", "Pilot completed in Antioquia and Magdalena."), year(2025, "Fieldwork completed", "85% of fieldwork done; Cauca postponed for security reasons."), year(2026, "Results published") ] },
  ],
  "CA-GOV-ESDC-CO-005": [
    { title: "Statistical bulletins on union density and bargaining coverage published", level: "OUTPUT", measure: "UNIT", baseline: [2013, 0], unit: "bulletins", periods: [year(2015, 1, 1), year(2016, 2, 2)] },
  ],
  "CA-GOV-ESDC-CO-006": [
    { title: "Territorial employment pacts signed", level: "OUTCOME", measure: "UNIT", baseline: [2022, 0], unit: "pacts", periods: [year(2023, 4, 3), year(2024, 8, 6)] },
  ],
};

/** Who files reports for a program in the demo: the government demo user of its reporting country. */
function reporterOf(identifier: string): string | null {
  if (identifier.startsWith("MX-STPS")) return GOV_MX_EMAIL;
  if (identifier.startsWith("US-GOV-1") || identifier.startsWith("XM-DAC-41302-RLA")) return GOV_US_EMAIL;
  return null;
}

export async function loadIndicators(ctx: SeedContext): Promise<void> {
  const indicatorRows: Prisma.IndicatorCreateManyInput[] = [];
  const periodRows: Prisma.IndicatorPeriodCreateManyInput[] = [];
  for (const [identifier, defs] of Object.entries(indicators)) {
    const reporter = reporterOf(identifier);
    for (const def of defs) {
      const id = newId();
      const qualitative = def.measure === "QUALITATIVE";
      const [baselineYear, baseline] = def.baseline ?? [null, null];
      indicatorRows.push({
        id,
        programId: ctx.programs.id(identifier),
        title: def.title,
        level: def.level,
        measure: def.measure,
        ascending: !def.descending,
        baselineYear,
        baselineValue: !qualitative && baseline != null ? String(baseline) : null,
        baselineText: qualitative && baseline != null ? String(baseline) : null,
        unit: def.unit ?? null,
      });
      for (const p of def.periods) {
        const dueDate = addDays(day(p.end), 60);
        const reported = p.actual !== undefined;
        periodRows.push({
          id: newId(),
          indicatorId: id,
          periodStart: day(p.start),
          periodEnd: day(p.end),
          dueDate,
          targetValue: qualitative ? null : String(p.target),
          targetText: qualitative ? String(p.target) : null,
          actualValue: reported && !qualitative ? String(p.actual) : null,
          actualText: reported && qualitative ? String(p.actual) : null,
          comment: p.comment ?? null,
          reportedById: reported ? ctx.users.optional(reporter) : null,
          reportedAt: reported ? addDays(dueDate, -14) : null,
        });
      }
    }
  }
  await createIndicators(ctx.tx, indicatorRows);
  await createIndicatorPeriods(ctx.tx, periodRows);
}
