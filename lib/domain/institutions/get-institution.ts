import "server-only";
import { meetingReadWhere, planReadWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AGREEMENT_SUMMARY_SELECT } from "@/lib/domain/agreements/agreement-summary-select";

/**
 * One institution with its agreement and the meetings `viewer` may see, newest first, each with
 * its decisions and the measures (of plans the viewer may read) that follow them up.
 */
export async function getInstitution(viewer: Viewer, id: string) {
  return db().institution.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      name: true,
      agreementId: true,
      agreement: { select: AGREEMENT_SUMMARY_SELECT },
      countryCode: true,
      country: { select: { code: true, name: true } },
      hostOrganisationId: true,
      hostOrganisation: { select: { id: true, name: true } },
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      address: true,
      website: true,
      mandate: true,
      version: true,
      updatedAt: true,
      meetings: {
        where: meetingReadWhere(viewer),
        orderBy: [{ date: "desc" }, { id: "asc" }],
        select: {
          id: true,
          date: true,
          place: true,
          summary: true,
          isPublic: true,
          version: true,
          decisions: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              position: true,
              text: true,
              measures: {
                where: { plan: planReadWhere(viewer) },
                select: { id: true, title: true, status: true, plan: { select: { id: true, title: true } } },
              },
            },
          },
        },
      },
    },
  });
}

export type InstitutionDetail = NonNullable<Awaited<ReturnType<typeof getInstitution>>>;
