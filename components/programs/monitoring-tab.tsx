import { getTranslations } from "@/lib/platform/i18n/server";
import type { Viewer } from "@/lib/platform/authz";
import { addIndicatorAction, addPeriodAction, reportPeriodAction } from "@/lib/domain/monitoring/actions";
import { Badge } from "@/components/ui/badge";
import { RecordForm, type FieldSpec } from "@/components/ui/record-form";
import { IndicatorMeasure, ResultLevel } from "@/lib/platform/db/generated/enums";
import { listIndicators } from "@/lib/domain/monitoring/indicators/list-indicators";
import { tabHelpers } from "./tab-helpers";

// The program page's monitoring tab, which takes new indicators, periods and reports from those who
// may change the program.

type Props = { viewer: Viewer; programId: string; mayEdit?: boolean };
type Indicator = Awaited<ReturnType<typeof listIndicators>>[number];

const day = (value: Date) => value.toISOString().slice(0, 10);

/** Indicators with their reporting periods, progress toward each target and overdue reports. */
export async function MonitoringTab({ viewer, programId, mayEdit }: Props) {
  const [{ t }, indicators] = await Promise.all([tabHelpers(), listIndicators(viewer, programId)]);
  return (
    <section aria-labelledby="monitoring-title">
      <h2 id="monitoring-title">{t("tab.monitoring")}</h2>
      {indicators.length === 0 ? <p>{t("noIndicators")}</p> : indicators.map((indicator) => <IndicatorCard key={indicator.id} programId={programId} mayEdit={mayEdit} indicator={indicator} />)}
      {mayEdit && <AddIndicator programId={programId} />}
    </section>
  );
}

async function IndicatorCard({ programId, mayEdit, indicator }: { programId: string; mayEdit?: boolean; indicator: Indicator }) {
  const [{ t, date, figure, percentage }, tForms] = await Promise.all([tabHelpers(), getTranslations("MonitoringForms")]);
  return (
    <div key={indicator.id} className="card">
      <h3>{indicator.title}</h3>
      <p className="muted">
        {indicator.level.toLowerCase()} · {indicator.measure.toLowerCase()} · {indicator.ascending ? t("ascending") : t("descending")}
        {indicator.unit && ` · ${indicator.unit}`} · {t("baseline")}: {(indicator.baselineValue && figure(indicator.baselineValue)) ?? indicator.baselineText ?? "—"}
        {indicator.baselineYear && ` (${indicator.baselineYear})`}
      </p>
      {indicator.periods.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t("periodsOf", { title: indicator.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("period")}</th>
              <th scope="col">{t("target")}</th>
              <th scope="col">{t("actualValue")}</th>
              <th scope="col">{t("progress")}</th>
              <th scope="col">{t("due")}</th>
            </tr>
          </thead>
          <tbody>
            {indicator.periods.map((period) => (
              <tr key={period.id}>
                <td>
                  {date(period.periodStart)} – {date(period.periodEnd)}
                </td>
                <td>{(period.targetValue && figure(period.targetValue)) ?? period.targetText ?? "—"}</td>
                <td>{(period.actualValue && figure(period.actualValue)) ?? period.actualText ?? "—"}</td>
                <td>{period.progressPercent === null ? "—" : percentage(period.progressPercent)}</td>
                <td>
                  {date(period.dueDate)} {period.overdue && <Badge>{t("overdue")}</Badge>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayEdit &&
        indicator.periods
          .filter((period) => period.actualValue === null && period.actualText === null)
          .map((period) => (
            <details key={period.id}>
              <summary>{tForms("reportFor", { period: `${date(period.periodStart)} – ${date(period.periodEnd)}` })}</summary>
              <RecordForm
                action={reportPeriodAction}
                hidden={{ programId, indicatorId: indicator.id, periodId: period.id, version: String(period.version) }}
                fields={[
                  { name: "periodStart", label: tForms("periodStart"), kind: "date", required: true, defaultValue: day(period.periodStart) },
                  { name: "periodEnd", label: tForms("periodEnd"), kind: "date", required: true, defaultValue: day(period.periodEnd) },
                  { name: "dueDate", label: tForms("dueDate"), kind: "date", defaultValue: day(period.dueDate) },
                  { name: "target", label: tForms("target"), kind: "text", defaultValue: period.targetValue?.toString() ?? period.targetText ?? "" },
                  { name: "actual", label: tForms("actual"), kind: "text", required: true },
                  { name: "comment", label: tForms("comment"), kind: "textarea" },
                ]}
                label={tForms("reportFor", { period: `${date(period.periodStart)} – ${date(period.periodEnd)}` })}
                submitLabel={tForms("report")}
                pendingLabel={tForms("saving")}
              />
            </details>
          ))}
      {mayEdit && <AddPeriod programId={programId} indicator={indicator} />}
    </div>
  );
}

async function AddPeriod({ programId, indicator }: { programId: string; indicator: Indicator }) {
  const tForms = await getTranslations("MonitoringForms");
  const fields: FieldSpec[] = [
    { name: "periodStart", label: tForms("periodStart"), kind: "date", required: true },
    { name: "periodEnd", label: tForms("periodEnd"), kind: "date", required: true },
    { name: "dueDate", label: tForms("dueDate"), kind: "date", hint: tForms("dueDateHint") },
    { name: "target", label: tForms("target"), kind: "text" },
    { name: "actual", label: tForms("actual"), kind: "text" },
  ];
  return (
    <details>
      <summary>{tForms("addPeriodTo", { title: indicator.title })}</summary>
      <RecordForm
        action={addPeriodAction}
        hidden={{ programId, indicatorId: indicator.id }}
        fields={fields}
        label={tForms("addPeriodTo", { title: indicator.title })}
        submitLabel={tForms("addPeriod")}
        pendingLabel={tForms("saving")}
      />
    </details>
  );
}

async function AddIndicator({ programId }: { programId: string }) {
  const [{ t }, tForms] = await Promise.all([tabHelpers(), getTranslations("MonitoringForms")]);
  return (
    <>
      <h3>{tForms("addIndicator")}</h3>
      <RecordForm
        action={addIndicatorAction}
        hidden={{ programId }}
        fields={[
          { name: "title", label: tForms("title"), kind: "text", required: true },
          { name: "level", label: tForms("level"), kind: "select", required: true, options: Object.values(ResultLevel).map((value) => ({ value, label: value.toLowerCase() })) },
          { name: "measure", label: tForms("measure"), kind: "select", required: true, options: Object.values(IndicatorMeasure).map((value) => ({ value, label: value.toLowerCase() })) },
          { name: "ascending", label: tForms("direction"), kind: "select", required: true, options: [{ value: "true", label: t("ascending") }, { value: "false", label: t("descending") }] },
          { name: "baseline", label: tForms("baseline"), kind: "text", hint: tForms("baselineHint") },
          { name: "baselineYear", label: tForms("baselineYear"), kind: "number" },
          { name: "unit", label: tForms("unit"), kind: "text" },
          { name: "description", label: tForms("description"), kind: "textarea" },
        ]}
        label={tForms("addIndicator")}
        submitLabel={tForms("addIndicator")}
        pendingLabel={tForms("saving")}
      />
    </>
  );
}
