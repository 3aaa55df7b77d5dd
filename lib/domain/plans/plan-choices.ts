import "server-only";
import { programReadWhere, type Actor } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";

/** What the plan form offers: the agreements the actor drafts plans under, each with the programs a plan may name, and the organisations. */
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
