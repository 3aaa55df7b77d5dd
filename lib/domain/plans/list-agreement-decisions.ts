import "server-only";
import { meetingReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";

/** The decisions of the agreement's meetings the viewer may see, which a measure may follow up. */
export async function listAgreementDecisions(viewer: Viewer, agreementId: string) {
  return db().meetingDecision.findMany({
    where: { meeting: { AND: [meetingReadWhere(viewer), { institution: { agreementId } }] } },
    orderBy: [{ meeting: { date: "desc" } }, { position: "asc" }],
    take: 300,
    select: { id: true, position: true, text: true, meeting: { select: { date: true, institution: { select: { name: true } } } } },
  });
}
