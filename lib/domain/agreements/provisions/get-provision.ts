import "server-only";
import { can, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AGREEMENT_SUMMARY_SELECT } from "@/lib/domain/agreements/agreement-summary-select";

/**
 * One labour provision to edit, with its agreement and the agreement's parties; null when there is
 * no such provision or `viewer` may not manage that agreement's provisions (ADMIN, or a ministry
 * of one of its parties).
 */
export async function getProvision(viewer: Viewer, id: string) {
  if (!can(viewer, "provision.manage")) return null;
  const provision = await db().labourProvision.findUnique({
    where: { id },
    select: {
      id: true,
      article: true,
      category: true,
      topic: true,
      title: true,
      text: true,
      version: true,
      agreement: { select: AGREEMENT_SUMMARY_SELECT },
    },
  });
  if (!provision || !can(viewer, "provision.manage", { countries: provision.agreement.parties.map((party) => party.countryCode) })) return null;
  return provision;
}
