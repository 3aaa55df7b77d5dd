import "server-only";
import { submissionReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { readTranslations } from "@/lib/domain/iati/translations";

/**
 * The recommendations of public submissions that a plan or a program follows, for its page: the
 * other way of the link the submission's page shows. Only submissions the viewer may read.
 */
export async function followedRecommendations(viewer: Viewer, target: { planId: string } | { programId: string }) {
  const rows = await db().submissionFollowUp.findMany({
    where: { ...target, recommendation: { submission: submissionReadWhere(viewer) } },
    orderBy: { createdAt: "asc" },
    select: { id: true, recommendation: { select: { position: true, text: true, submission: { select: { id: true, title: true, language: true, translations: true } } } } },
  });
  return rows.map(({ id, recommendation: { submission, ...recommendation } }) => ({ id, ...recommendation, submission: { ...submission, translations: readTranslations(submission.translations) } }));
}
