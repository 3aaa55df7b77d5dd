import "server-only";
import { can, type Actor } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { AGREEMENT_PARTIES_SELECT } from "@/lib/domain/agreements/agreement-summary-select";
import { problem } from "@/lib/platform/i18n/problem";

/** ADMIN, or a GOVERNMENT user of a party to the institution's agreement, records its meetings. */
export async function assertMayManageMeetings(tx: DbTx, actor: Actor | null, institutionId: string, field = "institutionId") {
  const institution = await tx.institution.findUnique({
    where: { id: institutionId },
    select: { agreement: { select: AGREEMENT_PARTIES_SELECT } },
  });
  if (!institution) {
    throw new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { [field]: [problem("MeetingProblem.unknownInstitution")] } });
  }
  if (!can(actor, "meeting.manage", { countries: institution.agreement.parties.map((party) => party.countryCode) })) {
    throw new AppError("FORBIDDEN", problem("MeetingProblem.manage"));
  }
}

export const MEETING_SELECT = {
  id: true,
  institutionId: true,
  date: true,
  place: true,
  summary: true,
  isPublic: true,
  version: true,
  decisions: { select: { id: true, position: true, text: true }, orderBy: { position: "asc" } },
} as const;
