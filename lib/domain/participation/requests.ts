import "server-only";
import { toPage, type TPageQuery } from "@/lib/platform/api/pagination";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { auditOnProgram } from "@/lib/platform/audit/record-audit-event";
import { can, programActWhere, requirePermission, requireSignedIn, type Actor, type Viewer } from "@/lib/platform/authz";
import { loadProgramForChange, loadProgramForRead } from "@/lib/platform/authz/load-program";
import { db, type DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { uniqueViolation } from "@/lib/platform/db/unique-violation";
import { AppError } from "@/lib/platform/errors/app-error";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { FINISHED_STATUSES } from "@/lib/domain/programs/schemas";
import { ZParticipationDecision, ZParticipationRequest } from "@/lib/domain/participation/schemas";
import { ZVersion } from "@/lib/domain/users/schemas";

const REQUEST_SELECT = {
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
  program: { select: { id: true, title: true, identifier: true } },
  requestedBy: { select: { name: true } },
  decidedBy: { select: { name: true } },
} as const satisfies Prisma.ParticipationRequestSelect;

export type ParticipationRequestView = Prisma.ParticipationRequestGetPayload<{ select: typeof REQUEST_SELECT }>;

/**
 * Requests a viewer may see: ADMIN and ANALYST all of them; a ministry those on the programs it
 * manages; a civil-society organisation its own. Anyone else none.
 */
function requestReadWhere(viewer: Viewer): Prisma.ParticipationRequestWhereInput {
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


const snapshot = (request: ParticipationRequestView) => ({
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

function fieldError(field: string, message: string) {
  return new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors: { [field]: [message] } });
}

/**
 * A civil-society user asks, for their organisation, to take part in a published program as
 * CONSULTED or MONITOR. A draft, closed or cancelled program takes no requests, and an organisation
 * already in that role, or already waiting for an answer, cannot ask again.
 */
export async function requestParticipation(ctx: ActionContext, programId: string, input: unknown): Promise<ParticipationRequestView> {
  const actor = requirePermission(ctx.actor, "participation.request");
  const data = ZParticipationRequest.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const program = await loadProgramForRead(tx, actor, programId);
      if (program.visibility !== "PUBLISHED") throw new AppError("CONFLICT", "This program is still a draft. Requests to take part open once it is published.");
      if ((FINISHED_STATUSES as readonly string[]).includes(program.status)) {
        throw new AppError("CONFLICT", "This program is closed or cancelled and takes no new participants.");
      }
      if (await tx.participant.count({ where: { programId, organisationId: actor.organisationId, role: data.role } })) {
        throw fieldError("role", `Your organisation already takes part in this program as ${data.role}.`);
      }
      if (await tx.participationRequest.count({ where: { programId, organisationId: actor.organisationId, role: data.role, status: "PENDING" } })) {
        throw pendingAlready(data.role);
      }
      const created = await tx.participationRequest.create({
        data: { programId, organisationId: actor.organisationId, role: data.role, message: data.message ?? "", requestedById: actor.id },
        select: REQUEST_SELECT,
      });
      await auditOnProgram(tx, ctx, programId, "participation.request", { after: snapshot(created) });
      return created;
    });
  } catch (error) {
    // Two requests sent at the same moment: the partial unique index lets only one be pending.
    if (uniqueViolation(error)) throw pendingAlready(data.role);
    throw error;
  }
}

function pendingAlready(role: string) {
  return fieldError("role", `Your organisation has already asked to take part as ${role}; the program's ministries have not answered yet.`);
}

async function loadRequest(tx: DbTx, viewer: Viewer, id: string) {
  const request = await tx.participationRequest.findFirst({ where: { AND: [{ id }, requestReadWhere(viewer)] }, select: REQUEST_SELECT });
  if (!request) throw new AppError("NOT_FOUND", "No participation request with this id is visible to you.");
  return request;
}

function assertPending(request: ParticipationRequestView, version: number) {
  if (request.status !== "PENDING") {
    throw new AppError("CONFLICT", `This request was already answered: it is ${request.status.toLowerCase()}. Nothing was changed.`);
  }
  if (request.version !== version) throw staleRecord("request", version, request.version);
}

/**
 * A ministry of the program (or an ADMIN) accepts the request, which adds the organisation as a
 * participant in the requested role, or declines it with a reason. Both are recorded on the
 * program's history and shown to the requesting organisation.
 */
export async function decideParticipation(ctx: ActionContext, requestId: string, input: unknown): Promise<ParticipationRequestView> {
  const actor = requirePermission(ctx.actor, "participation.decide");
  const data = ZParticipationDecision.parse(input);
  return db().$transaction(async (tx) => {
    const before = await loadRequest(tx, actor, requestId);
    await loadProgramForChange(tx, actor, before.programId, "participation.decide");
    assertPending(before, data.version);
    const accepted = data.decision === "ACCEPT";
    const { count } = await tx.participationRequest.updateMany({
      where: { id: requestId, version: data.version, status: "PENDING", program: programActWhere(actor) },
      data: {
        status: accepted ? "ACCEPTED" : "DECLINED",
        decisionReason: data.reason ?? "",
        decidedById: actor.id,
        decidedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw staleRecord("request", data.version, before.version + 1);
    if (accepted) {
      // A ministry may already have added the organisation in this role by hand; it is not added twice.
      const key = { programId: before.programId, organisationId: before.organisation.id, role: before.role };
      if (!(await tx.participant.count({ where: key }))) await tx.participant.create({ data: key });
    }
    const after = await tx.participationRequest.findUniqueOrThrow({ where: { id: requestId }, select: REQUEST_SELECT });
    await auditOnProgram(tx, ctx, before.programId, accepted ? "participation.accept" : "participation.decline", { before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

/** The requesting organisation takes back a request nobody has answered yet. */
export async function withdrawParticipation(ctx: ActionContext, requestId: string, version: unknown): Promise<ParticipationRequestView> {
  const actor = requireSignedIn(ctx.actor);
  const seen = ZVersion.parse(version);
  return db().$transaction(async (tx) => {
    const before = await loadRequest(tx, actor, requestId);
    if (before.organisation.id !== actor.organisationId) throw new AppError("FORBIDDEN", "Only the organisation that asked can withdraw its request.");
    assertPending(before, seen);
    const { count } = await tx.participationRequest.updateMany({
      where: { id: requestId, version: seen, status: "PENDING", organisationId: actor.organisationId },
      data: { status: "WITHDRAWN", version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord("request", seen, before.version + 1);
    const after = await tx.participationRequest.findUniqueOrThrow({ where: { id: requestId }, select: REQUEST_SELECT });
    await auditOnProgram(tx, ctx, before.programId, "participation.withdraw", { before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

export async function getParticipationRequest(viewer: Viewer, id: string): Promise<ParticipationRequestView> {
  return loadRequest(db(), viewer, id);
}

/** The requests on one program that the viewer may see, newest first, paged by keyset. */
export async function listProgramRequests(viewer: Viewer, programId: string, { limit, cursor }: TPageQuery = { limit: 100 }) {
  requireSignedIn(viewer);
  await loadProgramForRead(db(), viewer, programId);
  return pageOfRequests({ AND: [{ programId }, requestReadWhere(viewer)] }, "desc", { limit, cursor });
}

/** One page of the requests matching `where`, in creation order, keyed by id. */
async function pageOfRequests(where: Prisma.ParticipationRequestWhereInput, order: "asc" | "desc", { limit, cursor }: TPageQuery) {
  if (cursor && !(await db().participationRequest.count({ where: { AND: [where, { id: cursor }] } }))) {
    throw new AppError("INVALID_INPUT", "Invalid paging parameters.", { fieldErrors: { cursor: ["cursor is not one this API gave out"] } });
  }
  const rows = await db().participationRequest.findMany({
    where,
    orderBy: [{ createdAt: order }, { id: order }],
    take: limit + 1,
    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    select: REQUEST_SELECT,
  });
  return toPage(rows, limit, (row) => row.id);
}

/**
 * `GET /api/v1/participation-requests`: `made`, the requests of the caller's organisation, newest
 * first; or `awaiting`, for a ministry or an ADMIN, the pending requests on the programs it
 * manages, oldest first.
 */
export async function listRequests(actor: Actor, scope: "made" | "awaiting", page: TPageQuery) {
  if (scope === "made") return pageOfRequests({ organisationId: actor.organisationId }, "desc", page);
  if (!can(actor, "participation.decide")) return { data: [], page: { limit: page.limit, nextCursor: null } };
  return pageOfRequests({ status: "PENDING", program: programActWhere(actor) }, "asc", page);
}

/**
 * For the "My organisation" page and `GET /api/v1/participation-requests`: the requests the
 * viewer's organisation made, and, for a ministry or an ADMIN, the pending ones awaiting its answer.
 */
export async function listMyRequests(actor: Actor, { limit = 100 }: { limit?: number } = {}) {
  const [made, awaiting] = await Promise.all([
    db().participationRequest.findMany({
      where: { organisationId: actor.organisationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: REQUEST_SELECT,
    }),
    can(actor, "participation.decide")
      ? db().participationRequest.findMany({
          where: { status: "PENDING", program: programActWhere(actor) },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: limit,
          select: REQUEST_SELECT,
        })
      : Promise.resolve([]),
  ]);
  return { made, awaiting };
}
