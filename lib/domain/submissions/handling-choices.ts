import "server-only";
import { meetingReadWhere, planReadWhere, programReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";

/**
 * What the submission page's handling forms offer under the submission's agreement: the meetings of
 * its institutions (for consultations and hearings), and the plans and programs that may follow a
 * recommendation — only what the viewer may read. The services check each choice again.
 */
export async function handlingChoices(viewer: Viewer, agreementId: string, { meetings, followUps }: { meetings: boolean; followUps: boolean }) {
  const [meetingRows, plans, programs] = await Promise.all([
    meetings
      ? db().meeting.findMany({
          where: { AND: [{ institution: { agreementId } }, meetingReadWhere(viewer)] },
          orderBy: [{ date: "desc" }, { id: "asc" }],
          take: 200,
          select: { id: true, date: true, place: true, institution: { select: { name: true } } },
        })
      : [],
    followUps ? db().plan.findMany({ where: { AND: [{ agreementId }, planReadWhere(viewer)] }, orderBy: { title: "asc" }, take: 500, select: { id: true, title: true, countryCode: true } }) : [],
    followUps ? db().cooperationProgram.findMany({ where: { AND: [{ agreementId }, programReadWhere(viewer)] }, orderBy: { title: "asc" }, take: 500, select: { id: true, title: true } }) : [],
  ]);
  return { meetings: meetingRows, plans, programs };
}
