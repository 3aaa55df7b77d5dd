import "server-only";
import { AppError } from "@/lib/platform/errors/app-error";

export const PARTICIPANT_SELECT = {
  id: true,
  programId: true,
  role: true,
  createdAt: true,
  organisation: { select: { id: true, name: true, acronym: true, countryCode: true, kind: true } },
} as const;

/** The refusal of a second participant with the same organisation and role. */
export function duplicateParticipant(role: string) {
  return new AppError("INVALID_INPUT", "Some fields need attention.", {
    fieldErrors: { role: [`This organisation already takes part in the program as ${role}. Each organisation holds each role once.`] },
  });
}
