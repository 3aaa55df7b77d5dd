import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import {
  addMeasureAction,
  attachEvidenceAction,
  deleteMeasureAction,
  removeEvidenceAction,
  reportMeasureAction,
  reviewPlanAction,
  transitionPlanAction,
  updateMeasureAction,
  verifyMeasureAction,
} from "@/app/(app)/plans/actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Comments } from "@/components/participation/comments";
import { measureFields } from "@/components/plans/plan-fields";
import { PlanTimeline } from "@/components/plans/plan-timeline";
import { AttachDocumentForm } from "@/components/programs/document-forms";
import { Badge } from "@/components/ui/badge";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { RecordForm } from "@/components/ui/record-form";
import { ZPageQuery } from "@/lib/api/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { MeasureStatus } from "@/lib/db/generated/enums";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/file-rules";
import { ACTIVITY_DOCUMENT_CATEGORIES } from "@/lib/iati/document-categories";
import { findPlan, listAgreementDecisions, planChoices, planTimeline } from "@/lib/plans/plans";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadPlan = cache(async (id: string) => findPlan(await getCurrentUser(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadPlan((await params).id))?.title };
}

export default async function PlanPage({ params, searchParams }: Props) {
  const plan = await loadPlan((await params).id);
  const query = await searchParams;
  const cursorFrom = (name: string) => {
    const raw = query[name];
    return ZPageQuery.shape.cursor.safeParse(Array.isArray(raw) ? raw[0] : raw).data;
  };
  const cursor = cursorFrom("cursor");
  const timelineCursor = cursorFrom("timeline");
  if (!plan) notFound();
  const [viewer, t, tKind, tStatus, tOrigin, tMeasure, tDecision, format] = await Promise.all([
    getCurrentUser(),
    getTranslations("Plan"),
    getTranslations("PlanKind"),
    getTranslations("PlanStatus"),
    getTranslations("PlanOrigin"),
    getTranslations("MeasureStatus"),
    getTranslations("ReviewDecision"),
    getFormatter(),
  ]);
  const tForm = await getTranslations("PlanForm");
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  const [choices, decisions, timeline] = await Promise.all([
    plan.mayEdit && viewer ? planChoices(viewer) : null,
    plan.mayEdit && viewer ? listAgreementDecisions(viewer, plan.agreementId) : [],
    viewer ? planTimeline(viewer, plan.id, { limit: 100, cursor: timelineCursor }) : null,
  ]);
  const categories = ACTIVITY_DOCUMENT_CATEGORIES.map((category) => ({ value: category.code, label: `${category.code} — ${category.name}` }));
  const overdue = plan.measures.filter((measure) => measure.overdue).length;

  const page = (
    <>
      <p>
        <Link href="/plans">← {t("backToList")}</Link>
      </p>
      <h1>{plan.title}</h1>
      <p className="muted">
        {tKind(plan.kind)} · <Link href={`/agreements/${plan.agreement.id}`}>{plan.agreement.shortName}</Link> · {plan.country.name} · <Badge>{tStatus(plan.status)}</Badge>
      </p>
      {overdue > 0 && (
        <p role="status" className="form-message form-message-error">
          {t("overdueSummary", { count: overdue })}
        </p>
      )}
      {plan.mayEdit && (
        <p>
          <Link href={`/plans/${plan.id}/edit`} className="button button-secondary">
            {t("edit")}
          </Link>
        </p>
      )}

      <dl className="facts">
        <dt>{t("owner")}</dt>
        <dd>{plan.ownerOrganisation.name}</dd>
        <dt>{t("origin")}</dt>
        <dd>
          {tOrigin(plan.origin)}
          {plan.originDetail && <span className="multiline"> — {plan.originDetail}</span>}
        </dd>
        <dt>{t("program")}</dt>
        <dd>{plan.program ? <Link href={`/programs/${plan.program.id}`}>{plan.program.title}</Link> : "—"}</dd>
        <dt>{t("drafted")}</dt>
        <dd>
          {date(plan.createdAt)}
          {plan.createdBy && ` · ${plan.createdBy.name}`}
        </dd>
        <dt>{t("submitted")}</dt>
        <dd>{plan.submittedAt ? date(plan.submittedAt) : "—"}</dd>
      </dl>
      {plan.objectives && (
        <>
          <h2>{t("objectives")}</h2>
          <p className="multiline">{plan.objectives}</p>
        </>
      )}

      {(plan.transitions.length > 0 || plan.mayReview) && (
        <section aria-labelledby="workflow-title" className="card">
          <h2 id="workflow-title">{t("workflowTitle")}</h2>
          {plan.transitions.map((to) => (
            <RecordForm
              key={to}
              action={transitionPlanAction}
              hidden={{ planId: plan.id, version: String(plan.version), to }}
              label={t(`move.${to}`)}
              submitLabel={t(`move.${to}`)}
              pendingLabel={t("saving")}
              fields={[{ name: "comment", label: t("moveComment"), kind: "textarea" }]}
            />
          ))}
          {plan.mayReview && (
            <>
              <h3>{t("reviewTitle")}</h3>
              <RecordForm
                action={reviewPlanAction}
                hidden={{ planId: plan.id, version: String(plan.version) }}
                label={t("reviewTitle")}
                submitLabel={t("sendReview")}
                pendingLabel={t("saving")}
                fields={[
                  {
                    name: "decision",
                    label: t("decision"),
                    kind: "select",
                    required: true,
                    options: [
                      { value: "", label: t("choose") },
                      ...(plan.mayDecide ? (["APPROVE", "REQUEST_CHANGES"] as const) : []).map((decision) => ({ value: decision, label: tDecision(decision) })),
                      { value: "COMMENT", label: tDecision("COMMENT") },
                    ],
                  },
                  { name: "comment", label: t("reviewComment"), kind: "textarea", required: true },
                ]}
              />
            </>
          )}
        </section>
      )}

      <section aria-labelledby="measures-title">
        <h2 id="measures-title">{t("measures", { count: plan.measures.length })}</h2>
        {plan.measures.length === 0 ? (
          <p>{t("noMeasures")}</p>
        ) : (
          <ol className="card-list">
            {plan.measures.map((measure) => (
              <li key={measure.id} className="card" aria-label={measure.title}>
                <h3>{measure.title}</h3>
                <p>
                  {measure.responsibleOrganisation.name} · {t("due", { date: date(measure.dueDate) })} {measure.overdue && <Badge>{t("overdue")}</Badge>} ·{" "}
                  <strong>{tMeasure(measure.status)}</strong>
                  {measure.verifiedAt && ` · ${t("verified", { name: measure.verifiedBy?.name ?? "?", date: date(measure.verifiedAt) })}`}
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
                    <AttachDocumentForm action={attachEvidenceAction} hidden={{ planId: plan.id, measureId: measure.id }} maxBytes={MAX_DOCUMENT_BYTES} categories={categories} />
                  </details>
                )}
                {plan.mayEdit && choices && (
                  <>
                    <details>
                      <summary>{t("editMeasure")}</summary>
                      <RecordForm
                        action={updateMeasureAction}
                        hidden={{ planId: plan.id, measureId: measure.id, version: String(measure.version) }}
                        label={t("editMeasureNamed", { title: measure.title })}
                        submitLabel={t("saveMeasure")}
                        pendingLabel={t("saving")}
                        fields={measureFields(tForm, choices.organisations, decisions, {
                          ...measure,
                          responsibleOrganisationId: measure.responsibleOrganisation.id,
                          decisionId: measure.decision?.id ?? null,
                        })}
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
                )}
              </li>
            ))}
          </ol>
        )}
        {plan.mayEdit && choices && (
          <>
            <h3>{t("addMeasure")}</h3>
            <RecordForm
              action={addMeasureAction}
              hidden={{ planId: plan.id }}
              label={t("addMeasure")}
              submitLabel={t("addMeasure")}
              pendingLabel={t("saving")}
              fields={measureFields(tForm, choices.organisations, decisions)}
            />
          </>
        )}
      </section>

      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title">{t("reviews")}</h2>
        {plan.reviews.length === 0 ? (
          <p>{t("noReviews")}</p>
        ) : (
          <ol className="card-list">
            {plan.reviews.map((review) => (
              <li key={review.id} className="card">
                <p className="comment-meta">
                  <strong>{tDecision(review.decision)}</strong> · {review.analyst.name} · {format.dateTime(review.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
                <p className="multiline">{review.comment}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      {timeline && <PlanTimeline events={timeline.data} laterHref={timeline.page.nextCursor ? `/plans/${plan.id}?timeline=${timeline.page.nextCursor}#timeline-title` : null} />}
      {viewer && <Comments viewer={viewer} target={{ planId: plan.id }} cursor={cursor} laterHref={(next) => `/plans/${plan.id}?cursor=${next}#comments-title`} />}
    </>
  );
  // The forms to add evidence and edit the plan are there for signed-in readers only.
  return viewer ? <ClientMessages>{page}</ClientMessages> : page;
}
