import "server-only";
import { meetingReadWhere, planReadWhere, programReadWhere, submissionHandleWhere, submissionReadWhere, submissionWithheldWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import { findOrNull } from "@/lib/platform/errors/find-or-null";
import { problem } from "@/lib/platform/i18n/problem";
import { readTranslations } from "@/lib/domain/iati/translations";
import { SUBMISSION_RECORD_SELECT } from "./submission-record";
import { EVIDENCE_STATUSES, FOLLOW_UP_STATUSES, HEARING_STATUSES, openDeadline, submissionMovesFor } from "./submission-workflow";
import { withheldFrom, type Redactable } from "./submission-redaction";

const ORGANISATION = { select: { id: true, name: true, acronym: true, countryCode: true } } as const;

function viewSelect(viewer: Viewer) {
  return {
    ...SUBMISSION_RECORD_SELECT,
    createdAt: true,
    updatedAt: true,
    agreement: { select: { id: true, shortName: true, submissionDecisionDays: true, submissionReportDays: true } },
    concerns: { select: { code: true, name: true } },
    contactPoint: { select: { id: true, name: true, countryCode: true, hostOrganisation: { select: { id: true, name: true } } } },
    organisation: ORGANISATION,
    coSubmitters: { orderBy: { organisationId: "asc" }, select: { organisationId: true, identityWithheld: true, organisation: ORGANISATION } },
    provisions: { orderBy: { provisionId: "asc" }, select: { provisionId: true, provision: { select: { id: true, article: true, title: true, topic: true } } } },
    hearings: {
      where: { meeting: meetingReadWhere(viewer) },
      orderBy: [{ meeting: { date: "asc" } }, { meetingId: "asc" }],
      select: { kind: true, meeting: { select: { id: true, date: true, place: true, summary: true, institution: { select: { id: true, name: true } } } } },
    },
    recommendations: {
      orderBy: { position: "asc" },
      select: {
        id: true,
        position: true,
        text: true,
        followUps: {
          where: { OR: [{ plan: { is: planReadWhere(viewer) } }, { program: { is: programReadWhere(viewer) } }] },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            plan: { select: { id: true, title: true, language: true, translations: true, kind: true, status: true, countryCode: true } },
            program: { select: { id: true, title: true, language: true, translations: true } },
          },
        },
      },
    },
    documents: {
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, category: true, url: true, fileName: true, sizeBytes: true, withheld: true, createdAt: true },
    },
  } as const satisfies Prisma.SubmissionSelect;
}

type Loaded = Prisma.SubmissionGetPayload<{ select: ReturnType<typeof viewSelect> }>;

/**
 * One submission as `viewer` may see it, with what they may do with it. For a viewer who may not
 * see what it withholds, the withheld names and documents are gone from the record itself (not
 * hidden by the page): `organisation` is null and `withheld` counts what was left out.
 */
export async function getSubmission(viewer: Viewer, submissionId: string, today = new Date()) {
  const where: Prisma.SubmissionWhereInput = { AND: [{ id: submissionId }, submissionReadWhere(viewer)] };
  const found = await db().submission.findFirst({ where, select: viewSelect(viewer) });
  if (!found) throw new AppError("NOT_FOUND", problem("SubmissionProblems.notFound"));
  const [seesWithheld, handles] = await Promise.all([
    db().submission.count({ where: { AND: [{ id: submissionId }, submissionWithheldWhere(viewer)] } }).then(Boolean),
    viewer ? db().submission.count({ where: { AND: [{ id: submissionId }, submissionHandleWhere(viewer)] } }).then(Boolean) : false,
  ]);
  const submission: Redactable<Loaded> = withheldFrom(found, seesWithheld);
  const recommendations = found.recommendations.map((recommendation) => ({
    ...recommendation,
    followUps: recommendation.followUps.map(({ plan, program, ...followUp }) => ({
      ...followUp,
      plan: plan && { ...plan, translations: readTranslations(plan.translations) },
      program: program && { ...program, translations: readTranslations(program.translations) },
    })),
  }));
  const submitter = viewer?.role === "CIVIL_SOCIETY" && viewer.organisationId === found.organisationId;
  const { status } = found;
  return {
    ...submission,
    recommendations,
    translations: readTranslations(found.translations),
    seesWithheld,
    deadline: openDeadline(found, today),
    may: {
      edit: submitter && status === "DRAFT",
      moves: [...(submitter ? submissionMovesFor("submitter", status) : []), ...(handles ? submissionMovesFor("contactPoint", status) : [])],
      addEvidence: submitter && EVIDENCE_STATUSES.includes(status),
      recordHearings: handles && HEARING_STATUSES.includes(status),
      /** A ministry that handles it may link follow-ups; so may the ministry of a plan or program, which the service checks. */
      linkFollowUps: FOLLOW_UP_STATUSES.includes(status) && (viewer?.role === "ADMIN" || viewer?.role === "GOVERNMENT"),
    },
  };
}

export type SubmissionView = Awaited<ReturnType<typeof getSubmission>>;

/** The submission, or null when the viewer may not read it. */
export const findSubmission = (viewer: Viewer, submissionId: string) => findOrNull(() => getSubmission(viewer, submissionId));
