import { ORGANISATION_ROLE, ORGANISATION_TYPE } from "../codes";
import { readTranslations } from "../translations";
import { attributes, narratives, p, type Node } from "./nodes";
import type { ExportedOrganisation, ExportedProgram } from "./types";

/** An organisation as IATI names it (`participating-org`, `provider-org`, `receiver-org`). */
export function organisation(org: ExportedOrganisation, extra: Record<string, string> = {}): Node {
  return {
    ...attributes({ ref: org.iatiIdentifier, type: ORGANISATION_TYPE[org.kind], ...extra, [p("kind")]: org.kind, [p("country")]: org.countryCode }),
    narrative: narratives(org.name, readTranslations(org.translations).name),
  };
}

/** The `reporting-org`: the program's reporting organisation. */
export function reportingOrg({ reporter }: ExportedProgram): Node {
  return { ...attributes({ ref: reporter.iatiIdentifier ?? "", type: ORGANISATION_TYPE[reporter.kind] }), narrative: narratives(reporter.name, readTranslations(reporter.translations).name) };
}

/** The `participating-org`s: the participants whose role IATI has, by role then name. */
export function participatingOrgs(program: ExportedProgram): Node[] {
  const iatiParticipants = program.participants
    .filter((participant) => ORGANISATION_ROLE[participant.role])
    .sort((a, b) => Number(ORGANISATION_ROLE[a.role]) - Number(ORGANISATION_ROLE[b.role]) || a.organisation.name.localeCompare(b.organisation.name));
  if (iatiParticipants.length) return iatiParticipants.map((participant) => organisation(participant.organisation, { role: ORGANISATION_ROLE[participant.role]! }));
  // The schema requires a participating organisation; the lead institution or the agreement stands in.
  const standIn = { ...attributes({ type: "90", [p("placeholder")]: "true" }), narrative: narratives(program.leadInstitution?.name ?? program.agreement.shortName) };
  return [{ "@_role": "2", ...standIn }];
}
