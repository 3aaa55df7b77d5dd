// A program's indicators with their reporting periods, its events with attendance, and now and
// then a document. Reports fall due after each period; most arrive, some late, some never (which
// the "overdue reports" flag finds), and a few programs have no indicators or baselines at all.
import type { Constituency, EventKind, IndicatorMeasure, OrganisationKind, ResultLevel } from "@/lib/platform/db/generated/enums";
import { ACTIVITY_DOCUMENT_CATEGORIES } from "@/lib/domain/iati/document-categories";
import { attendanceRow, documentRow, eventRow, indicatorPeriodRow, indicatorRow } from "@/prisma/seed/factories";
import type { ProgramContext } from "./program";
import { DAY_MS, isoDay, isoInstant, money, pad } from "./random";
import { AS_OF } from "./world";
import { CAPITALS, EVENT_TITLES, INDICATORS, LANGUAGES, QUALITATIVE_STEPS } from "./words";

const MEASURES = [["UNIT", 45], ["PERCENTAGE", 30], ["QUALITATIVE", 15], ["NOMINAL", 5], ["ORDINAL", 5]] as const satisfies readonly (readonly [IndicatorMeasure, number])[];
const LEVELS = [["OUTPUT", 50], ["OUTCOME", 35], ["IMPACT", 15]] as const satisfies readonly (readonly [ResultLevel, number])[];
const EVENT_KINDS = [["WORKSHOP", 25], ["TRAINING", 25], ["CONSULTATION", 15], ["CONFERENCE", 10], ["PUBLICATION", 10], ["STUDY_VISIT", 8], ["DATA_EXCHANGE", 7]] as const satisfies readonly (readonly [EventKind, number])[];
const CONSTITUENCY: Record<OrganisationKind, Constituency> = {
  GOVERNMENT_MINISTRY: "GOVERNMENT", WORKERS_ORGANISATION: "WORKERS", EMPLOYERS_ORGANISATION: "EMPLOYERS", NGO: "CIVIL_SOCIETY", ACADEMIC: "CIVIL_SOCIETY",
  INTERNATIONAL_ORGANISATION: "OTHER", OTHER: "OTHER",
};

/** A measured value as the Decimal columns take it. */
const value = (n: number) => money(Math.round(n * 100));

export function addMonitoring(p: ProgramContext): void {
  addIndicators(p);
  addEvents(p);
  addDocuments(p);
}

function addIndicators(p: ProgramContext): void {
  const r = p.random;
  const program = { type: "CooperationProgram", id: p.id };
  const count = p.status === "PIPELINE" ? (r.chance(0.5) ? 0 : r.int(2, 3)) : r.chance(0.05) ? 0 : r.weighted([[2, 10], [3, 50], [4, 40]]);
  const length = Math.max(90, Math.round((p.plannedEnd - p.plannedStart) / 4));
  const createdDay = Math.floor(p.createdMs / DAY_MS);
  // Most programs report on time and set baselines; the others miss reports and baselines now and then.
  const missedReports = r.chance(0.3) ? 0.3 : 0;
  const missedBaselines = r.chance(0.15) ? 0.5 : 0;
  for (let i = 1; i <= count; i += 1) {
    const measure = r.weighted(MEASURES);
    const [title, unit] = r.pick(INDICATORS[measure]);
    const qualitative = measure === "QUALITATIVE";
    const hasBaseline = !r.chance(missedBaselines);
    const base = { UNIT: r.int(0, 400), PERCENTAGE: r.int(5, 60), NOMINAL: 0, ORDINAL: r.int(1, 2), QUALITATIVE: 0 }[measure];
    const step = { UNIT: r.int(10, 200), PERCENTAGE: r.int(2, 8), NOMINAL: 0, ORDINAL: 1, QUALITATIVE: 0 }[measure];
    const target = (k: number) => (measure === "NOMINAL" ? (k >= 2 ? 1 : 0) : measure === "PERCENTAGE" ? Math.min(100, base + (k + 1) * step) : measure === "ORDINAL" ? Math.min(5, base + k + 1) : base + (k + 1) * step);
    const id = `ind-${p.key}-${i}`;
    const createdMs = p.enteredOn(createdDay + r.int(0, 30));
    let updatedMs = createdMs;
    const indicator = {
      id, programId: p.id, title, description: `${title}, in ${p.sector}.`, level: r.weighted(LEVELS), measure, ascending: true,
      baselineYear: hasBaseline ? new Date(p.plannedStart * DAY_MS).getUTCFullYear() - (r.chance(0.3) ? 1 : 0) : null,
      baselineValue: hasBaseline && !qualitative ? value(base) : null, baselineText: hasBaseline && qualitative ? "No strategy or procedure in place" : null,
      unit, createdAt: isoInstant(createdMs), updatedAt: "",
    };
    p.audit(program, "indicator.create", createdMs, { after: { indicator: { id, title, level: indicator.level, measure, unit } } });

    for (let k = 0; k < 4; k += 1) {
      const start = p.plannedStart + k * length;
      const end = start + length - 1;
      const due = end + r.pick([30, 45, 60, 90]);
      const stopped = p.actualEnd !== null && p.status !== "CLOSED" && start > p.actualEnd;
      const reported = p.status !== "PIPELINE" && due < AS_OF && !stopped && !r.chance(missedReports);
      const late = r.chance(0.2);
      const reportDay = late ? Math.min(AS_OF, due + r.int(1, 60)) : Math.max(end + 1, due - r.int(0, 25));
      const reportedMs = reported ? p.enteredOn(reportDay, createdMs) : null;
      const actual = measure === "NOMINAL" ? (target(k) === 1 && r.chance(0.7) ? 1 : 0) : measure === "ORDINAL" ? Math.max(1, target(k) - r.int(0, 1)) : target(k) * (0.6 + r.float() * 0.55);
      const period = indicatorPeriodRow({
        id: `per-${p.key}-${i}-${k + 1}`, indicatorId: id, periodStart: isoDay(start), periodEnd: isoDay(end), dueDate: isoDay(due),
        targetValue: qualitative ? null : value(target(k)), targetText: qualitative ? QUALITATIVE_STEPS[Math.min(k + 1, 4)]! : null,
        actualValue: reported && !qualitative ? value(measure === "PERCENTAGE" ? Math.min(100, Math.round(actual * 10) / 10) : Math.round(actual)) : null,
        actualText: reported && qualitative ? QUALITATIVE_STEPS[Math.min(k + (r.chance(0.7) ? 1 : 0), 4)]! : null,
        comment: reported && r.chance(0.3) ? "Figures from the inspection case management system." : null,
        reportedById: reported ? p.actor : null, reportedAt: reportedMs === null ? null : isoInstant(reportedMs),
        createdAt: indicator.createdAt, updatedAt: isoInstant(reportedMs ?? createdMs),
      });
      p.rows.periods.push(period);
      if (reportedMs !== null) {
        updatedMs = Math.max(updatedMs, reportedMs);
        const reportedPeriod = { id: period.id, periodStart: period.periodStart, actualValue: period.actualValue, actualText: period.actualText };
        p.audit(program, "indicator.period.update", reportedMs, { before: { indicatorId: id, period: { ...reportedPeriod, actualValue: null, actualText: null } }, after: { indicatorId: id, period: reportedPeriod } });
      }
    }
    p.rows.indicators.push(indicatorRow({ ...indicator, updatedAt: isoInstant(updatedMs) }));
  }
}

function addEvents(p: ProgramContext): void {
  const r = p.random;
  const program = { type: "CooperationProgram", id: p.id };
  const count = p.status === "PIPELINE" ? r.int(0, 1) : r.weighted([[0, 10], [1, 25], [2, 35], [3, 20], [4, 10]]);
  const createdDay = Math.floor(p.createdMs / DAY_MS);
  const attendees = [...new Set([...p.participants, ...p.local])];
  for (let e = 1; e <= count; e += 1) {
    const kind = p.status === "PIPELINE" ? "CONSULTATION" : r.weighted(EVENT_KINDS);
    const upcoming = (p.status === "IMPLEMENTATION" || p.status === "FINALISATION") && p.plannedEnd > AS_OF && r.chance(0.1);
    const start = p.status === "PIPELINE" ? r.int(Math.min(createdDay, AS_OF), AS_OF) : upcoming ? r.int(AS_OF + 1, Math.min(p.plannedEnd, AS_OF + 180)) : r.int(p.workStart, p.workEnd);
    const remote = kind === "PUBLICATION" || kind === "DATA_EXCHANGE";
    const end = remote ? null : start + r.int(0, 4);
    const country = r.pick(p.countries);
    const id = `evt-${p.key}-${e}`;
    const createdMs = p.enteredOn(start - r.int(10, 60));
    const event = eventRow({
      id, programId: p.id, kind, title: `${EVENT_TITLES[kind]} ${p.phrase}`, startDate: isoDay(start), endDate: end === null ? null : isoDay(end),
      place: remote ? null : `${CAPITALS[country] ?? p.world.countryName(country)}, ${p.world.countryName(country)}`,
      summary: `Held under ${p.identifier} on ${p.phrase} in ${p.sector}.`, createdAt: isoInstant(createdMs), updatedAt: isoInstant(createdMs),
    });
    p.rows.events.push(event);
    p.audit(program, "event.create", createdMs, { after: { event: { id, kind, title: event.title, startDate: event.startDate } } });
    if (upcoming || kind === "PUBLICATION") continue;

    const present = r.sample(attendees, r.int(1, 4)).map((org) => ({ organisationId: org.id as string | null, constituency: CONSTITUENCY[org.kind] }));
    // Individual workers who came on their own: no organisation, one row per event.
    if (r.chance(0.15)) present.push({ organisationId: null, constituency: "WORKERS" });
    present.forEach((attendance, at) => {
      const recordedMs = p.enteredOn((end ?? start) + r.int(1, 10), createdMs);
      const row = attendanceRow({ id: `att-${p.key}-${e}-${at + 1}`, eventId: id, ...attendance, women: r.int(0, 40), men: r.int(0, 40), createdAt: isoInstant(recordedMs), updatedAt: isoInstant(recordedMs) });
      p.rows.attendances.push(row);
      p.audit(program, "event.attendance.record", recordedMs, { after: { event: { id, title: event.title }, attendance: { id: row.id, organisationId: row.organisationId, constituency: row.constituency, women: row.women, men: row.men } } });
    });
  }
}

function addDocuments(p: ProgramContext): void {
  const r = p.random;
  if (!r.chance(0.3)) return;
  const count = r.weighted([[1, 75], [2, 25]]);
  for (let d = 1; d <= count; d += 1) {
    const category = r.pick(ACTIVITY_DOCUMENT_CATEGORIES);
    const documentDate = Math.min(AS_OF, r.int(p.workStart, p.workEnd));
    const createdMs = p.enteredOn(documentDate);
    const row = documentRow({
      id: `doc-${p.key}-${d}`, title: `${category.name} — ${p.identifier}`, category: category.code,
      url: `https://docs.example/bench/${p.identifier}/${category.code.toLowerCase()}-${pad(d, 2)}.pdf`, languageCode: r.pick(LANGUAGES),
      documentDate: isoDay(documentDate), programId: p.id, uploadedById: p.actor, createdAt: isoInstant(createdMs),
    });
    p.rows.documents.push(row);
    p.audit({ type: "CooperationProgram", id: p.id }, "program.document.attach", createdMs, { after: { document: { id: row.id, title: row.title, category: row.category, url: row.url } } });
  }
}
