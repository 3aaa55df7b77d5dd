import "server-only";
import { meetingReadWhere, programReadWhere, type Actor, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";

/** The programs of an agreement a plan may name, and the decisions of its meetings a measure may follow up. */
export async function planChoices(actor: Actor) {
  const [agreements, organisations] = await Promise.all([
    db().agreement.findMany({
      where: actor.role === "ADMIN" ? {} : { parties: { some: { countryCode: actor.countryCode ?? "" } } },
      orderBy: { shortName: "asc" },
      select: {
        id: true,
        shortName: true,
        parties: { select: { country: { select: { code: true, name: true } } } },
        programs: { where: programReadWhere(actor), orderBy: { title: "asc" }, select: { id: true, title: true } },
      },
    }),
    db().organisation.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, countryCode: true } }),
  ]);
  return { agreements, organisations };
}

/** The decisions of the agreement's meetings the viewer may see, which a measure may follow up. */
export async function listAgreementDecisions(viewer: Viewer, agreementId: string) {
  return db().meetingDecision.findMany({
    where: { meeting: { AND: [meetingReadWhere(viewer), { institution: { agreementId } }] } },
    orderBy: [{ meeting: { date: "desc" } }, { position: "asc" }],
    take: 300,
    select: { id: true, position: true, text: true, meeting: { select: { date: true, institution: { select: { name: true } } } } },
  });
}
