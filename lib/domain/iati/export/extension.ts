import { ORGANISATION_ROLE } from "../codes";
import { attributes, clean, decimal, p, type Node } from "./nodes";
import type { ExportedOrganisation, ExportedProgram } from "./types";

/** What IATI has no element for, in the tracker's own namespace, so that an import restores it exactly. */
export function extension(program: ExportedProgram): Node {
  const provisions = program.provisions.map(({ provision }) => provision).sort((a, b) => a.article.localeCompare(b.article) || a.topic.localeCompare(b.topic));
  const details = { expertiseArea: program.expertiseArea, researchQuestions: program.researchQuestions, researchOutputs: program.researchOutputs, exchangeSubject: program.exchangeSubject, exchangeBetween: program.exchangeBetween };
  const others = program.participants
    .filter((participant) => !ORGANISATION_ROLE[participant.role])
    .sort((a, b) => a.role.localeCompare(b.role) || a.organisation.name.localeCompare(b.organisation.name));
  const trackerOrganisation = (org: ExportedOrganisation, extra: Record<string, string> = {}): Node => ({
    ...attributes({ ...extra, ref: org.iatiIdentifier, kind: org.kind, country: org.countryCode }),
    "#text": clean(org.name),
  });
  return {
    ...attributes({
      type: program.type,
      agreement: program.agreement.shortName,
      "lead-institution": program.leadInstitution?.name,
      "funding-amount": program.fundingAmount === null ? undefined : decimal(program.fundingAmount),
    }),
    [p("topic")]: program.topics.map((topic) => ({ "@_code": topic })),
    [p("provision")]: provisions.map((provision) => attributes({ article: provision.article, topic: provision.topic })),
    ...(program.funder ? { [p("funder")]: trackerOrganisation(program.funder) } : {}),
    [p("detail")]: Object.entries(details).flatMap(([name, text]) => (text === null ? [] : [{ "@_name": name, "#text": clean(text) }])),
    [p("participant")]: others.map(({ role, organisation: org }) => trackerOrganisation(org, { role })),
  };
}
