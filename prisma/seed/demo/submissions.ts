// Public submissions with what the app records on the way: co-submitters, provisions, evidence,
// consultations and hearings, the report's recommendations and the plans and programs that follow
// them, and the audit trail each timeline is read from. Status, moments and deadlines are worked out
// from each submission's steps as the app works them out (lib/domain/submissions/submission-workflow.ts);
// a submission the app would refuse stops the seed.
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { LabourTopic, SubmissionHearingKind, SubmissionStatus } from "@/lib/platform/db/generated/enums";
import { dayAfter, EVIDENCE_STATUSES, FOLLOW_UP_STATUSES, HEARING_STATUSES, submissionMove } from "@/lib/domain/submissions/submission-workflow";
import { createDocuments, createMeetings } from "@/prisma/seed/factories";
import { agreements, provisions } from "./agreements";
import { CSO_EMAIL, newId, optionalDay, type Registry, type SeedContext } from "./context";
import type { DocDef } from "./documents";
import { institutions } from "./institutions";
import { demoAccounts, organisations } from "./organisations";
import { submissionDocket, submissionMeetings } from "./submissions-docket";
import { demoTranslations } from "./translations";

type Step =
  | { to: "FILED" | "ACKNOWLEDGED" | "ACCEPTED" | "UNDER_REVIEW" | "CLOSED"; at: Date; note?: string }
  | { to: "DECLINED"; at: Date; reason: string }
  | { to: "REPORTED"; at: Date; findings: string; recommendations: string[] };

/** A consultation or hearing meeting held for a submission, of one of the agreement's institutions. */
export type SubmissionMeetingDef = { key: string; institution: string; date: Date; place: string; isPublic: boolean; summary: string };

export type SubmissionDef = {
  agreement: string;
  /** The party whose enforcement it concerns. */
  concerns: string;
  /** The contact point it is filed with (an institution key). */
  contactPoint: string;
  /** The GOVERNMENT demo user who makes the contact point's moves. */
  handler: string;
  identityWithheld?: boolean;
  coSubmitters?: { organisation: string; identityWithheld?: boolean }[];
  title: string;
  summary: string;
  facts: string;
  request: string;
  topics: LabourTopic[];
  provisions: string[];
  createdAt: Date;
  evidence?: (DocDef & { withheld?: boolean; at: Date })[];
  /** The moves from the draft on, oldest first. */
  steps: Step[];
  hearings?: { meeting: string; kind: SubmissionHearingKind; at: Date }[];
  /** A plan (by key) or a program (by IATI identifier) tied to the report's recommendation at `recommendation`, by the demo user `by`. */
  followUps?: { recommendation: number; plan?: string; program?: string; by: string; at: Date }[];
};

type Progress = {
  status: SubmissionStatus;
  filedAt: Date | null;
  decisionDueOn: Date | null;
  acknowledgedAt: Date | null;
  decidedAt: Date | null;
  decisionReason: string;
  reportDueOn: Date | null;
  reportedAt: Date | null;
  findings: string;
  closedAt: Date | null;
  version: number;
};

type Days = { submissionDecisionDays: number; submissionReportDays: number };

/** What a move writes beside the status, as moveSubmission writes it. */
function columnsOf(step: Step, days: Days): Partial<Progress> {
  switch (step.to) {
    case "FILED":
      return { filedAt: step.at, decisionDueOn: dayAfter(step.at, days.submissionDecisionDays) };
    case "ACKNOWLEDGED":
      return { acknowledgedAt: step.at };
    case "ACCEPTED":
      return { decidedAt: step.at, decisionReason: step.note ?? "", reportDueOn: dayAfter(step.at, days.submissionReportDays) };
    case "DECLINED":
      return { decidedAt: step.at, decisionReason: step.reason };
    case "REPORTED":
      return { reportedAt: step.at, findings: step.findings };
    case "CLOSED":
      return { closedAt: step.at };
    case "UNDER_REVIEW":
      return {};
  }
}

/** The move's audit entry after the move, as moveSubmission records it. */
function movedTo(step: Step) {
  if (step.to === "DECLINED") return { status: step.to, reason: step.reason };
  if (step.to === "REPORTED") return { status: step.to, findings: step.findings, recommendations: step.recommendations };
  return { status: step.to, ...(step.note && { note: step.note }) };
}

const statusAt = (def: SubmissionDef, moment: Date): SubmissionStatus => def.steps.filter((step) => step.at <= moment).at(-1)?.to ?? "DRAFT";

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** Stops the seed on a submission the app would refuse, or a history it could not have. */
function assertPossible(def: SubmissionDef, today: Date): void {
  const refuse = (why: string) => new Error(`Demo submission "${def.title}": ${why}`);
  const point = institutions.find((i) => i.key === def.contactPoint);
  const handler = demoAccounts.find((account) => account.email === def.handler);
  if (!agreements.find((a) => a.shortName === def.agreement)?.parties.includes(def.concerns)) throw refuse(`${def.concerns} is not a party to ${def.agreement}`);
  if (point?.kind !== "CONTACT_POINT" || point.agreement !== def.agreement || !point.country) throw refuse(`${def.contactPoint} is not a party's contact point under ${def.agreement}`);
  if (handler?.role !== "GOVERNMENT" || organisations.find((o) => o.key === handler.organisation)?.country !== point.country) throw refuse(`${def.handler} is not of ${point.country}'s ministry`);
  const invoked = new Set((provisions[def.agreement] ?? []).map(([key]) => key));
  if (def.provisions.some((key) => !invoked.has(key))) throw refuse(`a provision is not of ${def.agreement}`);
  let status: SubmissionStatus = "DRAFT";
  for (const step of def.steps) {
    if (!submissionMove(status, step.to)) throw refuse(`no move from ${status} to ${step.to}`);
    status = step.to;
  }
  const moments = [def.createdAt, ...def.steps.map((step) => step.at), today];
  if (moments.some((moment, index) => index > 0 && moment <= moments[index - 1]!)) throw refuse("its steps are not in order or not past");
  const when = (list: readonly SubmissionStatus[], what: string, at: Date) => {
    if (at <= def.createdAt || at >= today || !list.includes(statusAt(def, at))) throw refuse(`${what} at ${at.toISOString()}, when it was ${statusAt(def, at)}`);
  };
  for (const e of def.evidence ?? []) when(EVIDENCE_STATUSES, "evidence", e.at);
  for (const h of def.hearings ?? []) when(HEARING_STATUSES, "a hearing", h.at);
  for (const f of def.followUps ?? []) when(FOLLOW_UP_STATUSES, "a follow-up", f.at);
}

type Rows = {
  submissions: Prisma.SubmissionCreateManyInput[];
  coSubmitters: Prisma.SubmissionCoSubmitterCreateManyInput[];
  provisions: Prisma.SubmissionProvisionCreateManyInput[];
  recommendations: Prisma.SubmissionRecommendationCreateManyInput[];
  hearings: Prisma.SubmissionHearingCreateManyInput[];
  followUps: Prisma.SubmissionFollowUpCreateManyInput[];
  documents: Prisma.DocumentCreateManyInput[];
  audit: Prisma.AuditEventCreateManyInput[];
};

type Lookups = { plans: Registry; days: Map<string, Days>; meetings: Map<string, { date: Date; place: string }> };

/** Adds one submission's rows, and its audit trail as the app would have written it step by step. */
function addSubmission(ctx: SeedContext, { plans, days, meetings }: Lookups, def: SubmissionDef, rows: Rows): void {
  const id = newId();
  const filer = ctx.users.id(CSO_EMAIL);
  const handler = ctx.users.id(def.handler);
  const audit = (at: Date, actorId: string, action: string, entry: { before?: unknown; after: unknown }) =>
    rows.audit.push({ id: newId(), at, actorId, action, entityType: "Submission", entityId: id, before: entry.before === undefined ? undefined : json(entry.before), after: json(entry.after) });

  const agreementId = ctx.agreements.id(def.agreement);
  const coSubmitters = (def.coSubmitters ?? [])
    .map((c) => ({ organisationId: ctx.orgs.id(c.organisation), identityWithheld: c.identityWithheld ?? false }))
    .sort((a, b) => a.organisationId.localeCompare(b.organisationId));
  const provisionLinks = def.provisions.map((key) => ({ provisionId: ctx.provisions.id(key) })).sort((a, b) => a.provisionId.localeCompare(b.provisionId));
  const own = {
    id,
    agreementId,
    concernsCountryCode: def.concerns,
    contactPointId: ctx.institutions.id(def.contactPoint),
    organisationId: ctx.orgs.id(filerOrganisation()),
    identityWithheld: def.identityWithheld ?? false,
    title: def.title,
    summary: def.summary,
    facts: def.facts,
    request: def.request,
    topics: def.topics,
    language: "en",
    translations: demoTranslations({ title: def.title, summary: def.summary }),
  };
  let progress: Progress = { status: "DRAFT", filedAt: null, decisionDueOn: null, acknowledgedAt: null, decidedAt: null, decisionReason: "", reportDueOn: null, reportedAt: null, findings: "", closedAt: null, version: 1 };
  audit(def.createdAt, filer, "submission.create", { after: { ...own, ...progress, coSubmitters, provisions: provisionLinks } });

  for (const e of def.evidence ?? []) {
    const document = { id: newId(), title: e.title, category: e.category, url: e.url, languageCode: e.language, documentDate: optionalDay(e.date), createdAt: e.at };
    rows.documents.push({ ...document, submissionId: id, withheld: e.withheld ?? false, uploadedById: filer });
    audit(e.at, filer, "submission.document.attach", { after: { document: { ...document, fileName: null, contentType: null, sizeBytes: null, checksum: null } } });
  }

  const recommendationIds: string[] = [];
  for (const step of def.steps) {
    const by = submissionMove(progress.status, step.to)?.by === "submitter" ? filer : handler;
    audit(step.at, by, "submission.move", { before: { status: progress.status }, after: movedTo(step) });
    progress = { ...progress, ...columnsOf(step, days.get(agreementId)!), status: step.to, version: progress.version + 1 };
    if (step.to === "REPORTED") {
      step.recommendations.forEach((text, index) => {
        recommendationIds.push(newId());
        rows.recommendations.push({ id: recommendationIds[index]!, submissionId: id, position: index + 1, text, createdAt: step.at });
      });
    }
  }

  for (const h of def.hearings ?? []) {
    const meetingId = ctx.meetings.id(h.meeting);
    const meeting = meetings.get(meetingId)!;
    rows.hearings.push({ submissionId: id, meetingId, kind: h.kind, createdAt: h.at });
    audit(h.at, handler, "submission.hearing.add", { after: { hearing: { meetingId, kind: h.kind, date: meeting.date, place: meeting.place } } });
  }

  for (const f of def.followUps ?? []) {
    const recommendationId = recommendationIds[f.recommendation - 1];
    const planId = plans.optional(f.plan);
    const programId = ctx.programs.optional(f.program);
    if (!recommendationId || !planId === !programId) throw new Error(`Demo submission "${def.title}": a follow-up needs a recommendation of the report and one plan or program`);
    const followUp = { id: newId(), recommendationId, planId, programId };
    rows.followUps.push({ ...followUp, createdAt: f.at });
    audit(f.at, ctx.users.id(f.by), "submission.followUp.add", { after: { followUp: { ...followUp, position: f.recommendation } } });
  }

  rows.coSubmitters.push(...coSubmitters.map((c) => ({ ...c, submissionId: id })));
  rows.provisions.push(...provisionLinks.map((p) => ({ ...p, submissionId: id })));
  rows.submissions.push({ ...own, ...progress, createdById: filer, createdAt: def.createdAt, updatedAt: def.steps.at(-1)?.at ?? def.createdAt });
}

function filerOrganisation(): string {
  const account = demoAccounts.find((a) => a.email === CSO_EMAIL);
  if (!account) throw new Error(`Demo data: no demo account ${CSO_EMAIL}`);
  return account.organisation;
}

/** Loads the demo submissions; `today` is the day their open deadlines are counted back from. */
export async function loadSubmissions(ctx: SeedContext, plans: Registry, today: Date = new Date()): Promise<void> {
  const { tx } = ctx;
  await createMeetings(
    tx,
    submissionMeetings(today).map((m) => ({ id: ctx.meetings.add(m.key), institutionId: ctx.institutions.id(m.institution), date: m.date, place: m.place, summary: m.summary, isPublic: m.isPublic })),
  );
  const defs = submissionDocket(today);
  for (const def of defs) assertPossible(def, today);
  const [agreementRows, meetingRows] = await Promise.all([
    tx.agreement.findMany({ select: { id: true, submissionDecisionDays: true, submissionReportDays: true } }),
    tx.meeting.findMany({ where: { id: { in: defs.flatMap((d) => (d.hearings ?? []).map((h) => ctx.meetings.id(h.meeting))) } }, select: { id: true, date: true, place: true } }),
  ]);
  const lookups: Lookups = { plans, days: new Map(agreementRows.map((a) => [a.id, a])), meetings: new Map(meetingRows.map((m) => [m.id, m])) };
  const rows: Rows = { submissions: [], coSubmitters: [], provisions: [], recommendations: [], hearings: [], followUps: [], documents: [], audit: [] };
  for (const def of defs) addSubmission(ctx, lookups, def, rows);

  await tx.submission.createMany({ data: rows.submissions });
  await tx.submissionCoSubmitter.createMany({ data: rows.coSubmitters });
  await tx.submissionProvision.createMany({ data: rows.provisions });
  await tx.submissionRecommendation.createMany({ data: rows.recommendations });
  await tx.submissionHearing.createMany({ data: rows.hearings });
  await tx.submissionFollowUp.createMany({ data: rows.followUps });
  await createDocuments(tx, rows.documents);
  await tx.auditEvent.createMany({ data: rows.audit });
}
