import "server-only";
import { keysetArgs, toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import { programActWhere, type Viewer } from "@/lib/platform/authz";
import { db, type DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { problem } from "@/lib/platform/i18n/problem";

export const REQUEST_SELECT = {
  id: true,
  programId: true,
  role: true,
  message: true,
  status: true,
  decisionReason: true,
  decidedAt: true,
  version: true,
  createdAt: true,
  organisation: { select: { id: true, name: true, acronym: true } },
  program: { select: { id: true, title: true, language: true, translations: true, identifier: true } },
  requestedBy: { select: { name: true } },
  decidedBy: { select: { name: true } },
} as const satisfies Prisma.ParticipationRequestSelect;

export type ParticipationRequestView = Prisma.ParticipationRequestGetPayload<{ select: typeof REQUEST_SELECT }>;

/**
 * Requests a viewer may see: ADMIN and ANALYST all of them; a ministry those on the programs it
 * manages; a civil-society organisation its own. Anyone else none.
 */
export function requestReadWhere(viewer: Viewer): Prisma.ParticipationRequestWhereInput {
  if (!viewer) return { id: { in: [] } };
  switch (viewer.role) {
    case "ADMIN":
    case "ANALYST":
      return {};
    case "GOVERNMENT":
      return { OR: [{ organisationId: viewer.organisationId }, { program: programActWhere(viewer) }] };
    case "CIVIL_SOCIETY":
      return { organisationId: viewer.organisationId };
  }
}

/** How a request appears in the program's history. */
export const requestSnapshot = (request: ParticipationRequestView) => ({
  request: {
    id: request.id,
    organisationId: request.organisation.id,
    organisation: request.organisation.name,
    role: request.role,
    status: request.status,
    message: request.message,
    decisionReason: request.decisionReason,
  },
});

export function requestFieldError(field: string, message: string) {
  return new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { [field]: [message] } });
}

export async function loadRequest(tx: DbTx, viewer: Viewer, id: string) {
  const request = await tx.participationRequest.findFirst({ where: { AND: [{ id }, requestReadWhere(viewer)] }, select: REQUEST_SELECT });
  if (!request) throw new AppError("NOT_FOUND", problem("ParticipationProblems.noRequest"));
  return request;
}

/** Only a request nobody has answered yet can be answered or withdrawn, and only from its current version. */
export function assertPending(request: ParticipationRequestView, version: number) {
  if (request.status !== "PENDING") {
    throw new AppError("CONFLICT", problem("ParticipationProblems.answered", { status: request.status }));
  }
  if (request.version !== version) throw staleRecord("request", version, request.version);
}

/** One page of the requests matching `where`, in creation order, keyed by id. */
export async function pageOfRequests(where: Prisma.ParticipationRequestWhereInput, order: "asc" | "desc", { limit, cursor }: TPageQuery) {
  if (cursor && !(await db().participationRequest.count({ where: { AND: [where, { id: cursor }] } }))) {
    throw new AppError("INVALID_INPUT", problem("ChoiceProblems.pagingInvalid"), { fieldErrors: { cursor: [problem("ChoiceProblems.cursorUnknown")] } });
  }
  const rows = await db().participationRequest.findMany({
    where,
    orderBy: [{ createdAt: order }, { id: order }],
    ...keysetArgs({ limit, cursor }),
    select: REQUEST_SELECT,
  });
  return toPage(rows, limit, (row) => row.id);
}
