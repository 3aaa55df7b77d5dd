import { getTranslations } from "@/lib/platform/i18n/server";
import { ParticipantRole } from "@/lib/platform/db/generated/enums";
import { AddParticipantFormView, AssignReporterFormView, type ParticipantWords } from "./participant-form-views";

type Organisations = { value: string; label: string }[];

// The forms' words are written here, on the server: the forms in the browser read no messages, so a
// program's page loads no message formatting library.
async function participantWords(): Promise<ParticipantWords> {
  const t = await getTranslations("ProgramParts");
  const keys = ["addParticipant", "adding", "organisation", "role", "choose", "moveReporter", "moving", "moveReporterHint", "reportingOrganisation", "reason"] as const;
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as ParticipantWords;
}

/** Adds an organisation to the program in a role. */
export async function AddParticipantForm({ programId, organisations }: { programId: string; organisations: Organisations }) {
  const [words, tRole] = await Promise.all([participantWords(), getTranslations("ParticipantRole")]);
  const roles = Object.values(ParticipantRole).map((role) => ({ value: role, label: tRole(role) }));
  return <AddParticipantFormView programId={programId} organisations={organisations} roles={roles} words={words} />;
}

/** An administrator moves the program to another reporting organisation, from the version on the page. */
export async function AssignReporterForm({ programId, version, organisations }: { programId: string; version: number; organisations: Organisations }) {
  return <AssignReporterFormView programId={programId} version={version} organisations={organisations} words={await participantWords()} />;
}
