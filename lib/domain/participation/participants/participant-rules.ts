import "server-only";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

export const PARTICIPANT_SELECT = {
  id: true,
  programId: true,
  role: true,
  createdAt: true,
  organisation: { select: { id: true, name: true, acronym: true, countryCode: true, kind: true } },
} as const;

/** The refusal of a second participant with the same organisation and role. */
export function duplicateParticipant(role: string) {
  return new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), {
    fieldErrors: { role: [problem("ParticipationProblems.duplicateRole", { role })] },
  });
}
