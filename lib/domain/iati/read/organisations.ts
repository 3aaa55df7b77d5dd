import { ParticipantRole as PARTICIPANT_ROLES } from "@/lib/platform/db/generated/enums";
import { ROLE_OF_CODE } from "../codes";
import { childNamed, childrenNamed } from "../xml-tree";
import type { ReadContext } from "./context";
import type { ReadActivity } from "./types";
import { attributeIn, isOneOf, trackerOrganisation } from "./values";
import { iatiText } from "../iati-text";

/** The reporting organisation, the participating ones (IATI's, then the tracker's own), and the funder. */
export function readOrganisations({ element, problem, organisation, fromTracker }: ReadContext): Pick<ReadActivity, "reporter" | "participants" | "funder"> {
  const reportingElement = childNamed(element, "reporting-org");
  const reporter = reportingElement ? organisation(reportingElement, "reporting-org") : undefined;
  const participants: ReadActivity["participants"] = [];
  childrenNamed(element, "participating-org").forEach((org, index) => {
    if (attributeIn(org, "placeholder") === "true") return;
    const where = `participating-org ${index + 1}`;
    const roleCode = org.attrs.role?.trim() ?? "";
    const role = ROLE_OF_CODE[roleCode];
    if (!role) {
      problem("error", where, iatiText("roleNotInCodelist", { role: roleCode }));
      return;
    }
    const read = organisation(org, where);
    if (read) participants.push({ role, organisation: read });
  });
  for (const [index, participant] of fromTracker("participant").entries()) {
    const role = participant.attrs.role;
    if (!isOneOf(PARTICIPANT_ROLES, role)) {
      problem("warning", `participant ${index + 1}`, iatiText("roleNotOurs", { role: role ?? "" }));
      continue;
    }
    participants.push({ role, organisation: trackerOrganisation(participant) });
  }
  const funderElement = fromTracker("funder")[0];
  const funder = funderElement ? trackerOrganisation(funderElement) : participants.find((participant) => participant.role === "FUNDER")?.organisation;
  return { reporter, participants, funder };
}
