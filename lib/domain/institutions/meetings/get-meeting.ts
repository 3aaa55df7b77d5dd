import "server-only";
import { can, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AGREEMENT_SUMMARY_SELECT } from "@/lib/domain/agreements/agreement-summary-select";

/**
 * One meeting to edit, with its decisions in order and its institution and agreement; null when
 * there is no such meeting or `viewer` may not record the meetings of that agreement's institutions
 * (ADMIN, or a ministry of one of its parties).
 */
export async function getMeeting(viewer: Viewer, id: string) {
  if (!can(viewer, "meeting.manage")) return null;
  const meeting = await db().meeting.findUnique({
    where: { id },
    select: {
      id: true,
      date: true,
      place: true,
      summary: true,
      isPublic: true,
      version: true,
      decisions: { select: { text: true }, orderBy: { position: "asc" } },
      institution: { select: { id: true, name: true, agreement: { select: AGREEMENT_SUMMARY_SELECT } } },
    },
  });
  if (!meeting || !can(viewer, "meeting.manage", { countries: meeting.institution.agreement.parties.map((party) => party.countryCode) })) return null;
  return meeting;
}
