import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { loadProgramForRead } from "@/lib/platform/authz/load-program";
import { programReadSql } from "@/lib/platform/authz/sql";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import { socialDialogueBalanceWhere, type SocialDialogueBalance } from "./social-dialogue-select";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * Who the cooperation reached: each constituency's share of the people who attended the events of
 * one program, or of every program of an agreement that the viewer may read, and the share of women.
 * Everything is summed and divided in SQL; constituencies nobody came from are listed with zero.
 */
export async function getSocialDialogueBalance(viewer: Viewer, scope: { programId: string } | { agreementId: string }): Promise<SocialDialogueBalance> {
  if ("programId" in scope) await loadProgramForRead(db(), viewer, scope.programId);
  else if (!(await db().agreement.count({ where: { id: scope.agreementId } }))) throw new AppError("NOT_FOUND", problem("ParticipationProblems.noAgreement"));
  const where = "programId" in scope ? Prisma.sql`p."id" = ${scope.programId}` : Prisma.sql`p."agreementId" = ${scope.agreementId}`;
  return socialDialogueBalanceWhere(Prisma.sql`${where} AND ${programReadSql(viewer)}`);
}
