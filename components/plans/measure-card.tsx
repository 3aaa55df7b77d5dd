import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { attachEvidenceAction, deleteMeasureAction, removeEvidenceAction, reportMeasureAction, updateMeasureAction, verifyMeasureAction } from "@/lib/domain/plans/actions";
import { Localized, UntranslatedNote } from "@/components/i18n/record-text";
import { TranslatedRecordForm } from "@/components/i18n/translated-record-form";
import { MEASURE_TRANSLATED, measureFields } from "@/components/plans/plan-fields";
import { AttachDocumentForm } from "@/components/programs/document-forms";
import { Badge } from "@/components/ui/badge";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { RecordForm } from "@/components/ui/record-form";
import { MeasureStatus } from "@/lib/platform/db/generated/enums";
import { recordText } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/file-rules";
import { ACTIVITY_DOCUMENT_CATEGORIES } from "@/lib/domain/iati/document-categories";
import { planDate, type LoadedMeasure, type LoadedPlan } from "./loaded-plan";

/** What an editor of the plan picks from when changing a measure. */
type Editing = { organisations: Parameters<typeof measureFields>[1]; decisions: Parameters<typeof measureFields>[2] };
type Props = { plan: LoadedPlan; measure: LoadedMeasure };

const categories = ACTIVITY_DOCUMENT_CATEGORIES.map((category) => ({ value: category.code, label: `${category.code} — ${category.name}` }));

/** One measure: who answers for it and by when, its evidence, and the forms for what the viewer may do. */
export async function MeasureCard({ plan, measure, editing }: Props & { editing: Editing | null }) {
  const [t, tMeasure, tAccessible, date, locale] = await Promise.all([getTranslations("Plan"), getTranslations("MeasureStatus"), getTranslations("Accessible"), planDate(), requestLocale()]);
  const title = recordText(measure, "title", measure.title, locale);
  return (
    <li className="card" aria-label={title.text}>
      <h3>
        <Localized text={title} />
      </h3>
      <UntranslatedNote text={title} locale={locale} />
      <p>
        {measure.responsibleOrganisation.name} · {t("due", { date: date(measure.dueDate) })} {measure.overdue && <Badge>{t("overdue")}</Badge>} ·{" "}
        <strong>{tMeasure(measure.status)}</strong>
        {measure.verifiedAt && ` · ${t("verified", { name: measure.verifiedBy?.name ?? "?", date: date.moment(measure.verifiedAt) })}`}
      </p>
      {measure.description && <p className="multiline">{measure.description}</p>}
      {measure.decision && (
        <p className="muted">
          {t("followsUp")}{" "}
          <Link href={`/institutions/${measure.decision.meeting.institution.id}#meeting-${measure.decision.meeting.id}`}>
            {measure.decision.meeting.institution.name}, {date(measure.decision.meeting.date)}, #{measure.decision.position}
          </Link>
          : {measure.decision.text}
        </p>
      )}
      <MeasureEvidence plan={plan} measure={measure} />
      {measure.mayReport && (
        <RecordForm
          action={reportMeasureAction}
          hidden={{ planId: plan.id, measureId: measure.id, version: String(measure.version) }}
          label={t("reportNamed", { title: measure.title })}
          submitLabel={t("report")}
          pendingLabel={t("saving")}
          fields={[{ name: "status", label: t("status"), kind: "select", required: true, defaultValue: measure.status, options: Object.values(MeasureStatus).map((status) => ({ value: status, label: tMeasure(status) })) }]}
        />
      )}
      {measure.mayVerify && (
        <InlineActionButton
          action={verifyMeasureAction}
          fields={{ planId: plan.id, measureId: measure.id, version: String(measure.version) }}
          label={t("verify")}
          accessibleName={t("verifyNamed", { title: measure.title })}
          pendingLabel={t("saving")}
        />
      )}
      {measure.mayAddEvidence && (
        <details>
          <summary>{t("addEvidence")}</summary>
          <AttachDocumentForm action={attachEvidenceAction} hidden={{ planId: plan.id, measureId: measure.id }} maxBytes={MAX_DOCUMENT_BYTES} categories={categories} label={tAccessible("attachEvidenceTo", { title: measure.title })} />
        </details>
      )}
      {editing && <EditMeasure plan={plan} measure={measure} editing={editing} />}
    </li>
  );
}

async function MeasureEvidence({ plan, measure }: Props) {
  const t = await getTranslations("Plan");
  return (
    <>
      <h4>{t("evidence")}</h4>
      {measure.evidence.length === 0 ? (
        <p className="muted">{t("noEvidence")}</p>
      ) : (
        <ul>
          {measure.evidence.map((document) => (
            <li key={document.id}>
              {document.fileName ? (
                <a href={`/api/v1/documents/${document.id}/file`}>{document.title}</a>
              ) : (
                <a href={document.url ?? "#"} rel="noopener noreferrer nofollow" target="_blank">
                  {document.title}
                </a>
              )}{" "}
              <span className="muted">({document.category})</span>
              {measure.mayAddEvidence && (
                <InlineActionButton
                  action={removeEvidenceAction}
                  fields={{ planId: plan.id, measureId: measure.id, documentId: document.id }}
                  label={t("remove")}
                  accessibleName={t("removeNamed", { name: document.title })}
                  pendingLabel={t("saving")}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

async function EditMeasure({ plan, measure, editing }: Props & { editing: Editing }) {
  const [t, tForm] = await Promise.all([getTranslations("Plan"), getTranslations("PlanForm")]);
  return (
  <>
    <details>
      <summary>{t("editMeasure")}</summary>
      <TranslatedRecordForm
        action={updateMeasureAction}
        hidden={{ planId: plan.id, measureId: measure.id, version: String(measure.version) }}
        label={t("editMeasureNamed", { title: measure.title })}
        submitLabel={t("saveMeasure")}
        pendingLabel={t("saving")}
        fields={measureFields(tForm, editing.organisations, editing.decisions, {
          ...measure,
          responsibleOrganisationId: measure.responsibleOrganisation.id,
          decisionId: measure.decision?.id ?? null,
        })}
        translated={MEASURE_TRANSLATED}
        saved={measure}
      />
    </details>
    <InlineActionButton
      action={deleteMeasureAction}
      fields={{ planId: plan.id, measureId: measure.id, version: String(measure.version) }}
      label={t("remove")}
      accessibleName={t("removeNamed", { name: measure.title })}
      pendingLabel={t("saving")}
    />
  </>
  );
}
