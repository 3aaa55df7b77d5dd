import "server-only";
import type { DbTx } from "@/lib/platform/db";
import { findInSlices } from "@/lib/platform/db/slices";
import { IATI_ORGANISATION_IDENTIFIER } from "@/lib/domain/organisations/schemas";
import type { FileOrganisation, Problem, ReadActivity } from "../read/types";
import type { ResolvedActivity, ResolvedOrganisation } from "./types";
import { iatiText } from "../iati-text";

const nameKey = (organisation: FileOrganisation) => `${organisation.name.toLowerCase()}|${organisation.countryCode ?? ""}`;

/**
 * Matches each organisation the activities name to one of ours: by IATI identifier, then by name and
 * country, then by name alone when only one organisation has it. Those that match none are created
 * on confirmation, once each however many activities name them, and whether they are named by
 * identifier, by name, or both.
 */
export async function matchOrganisations(tx: DbTx, activities: ReadActivity[]): Promise<(organisation: FileOrganisation) => ResolvedOrganisation> {
  const named = activities.flatMap((activity) => [
    ...activity.participants.map((participant) => participant.organisation),
    ...activity.transactions.flatMap((transaction) => [transaction.provider, transaction.receiver]),
    activity.funder,
    activity.reporter,
  ]).filter((organisation): organisation is FileOrganisation => organisation !== undefined);
  const refs = [...new Set(named.flatMap((organisation) => (organisation.ref ? [organisation.ref] : [])))];
  const names = [...new Set(named.map((organisation) => organisation.name))];
  const select = { id: true, name: true, countryCode: true, iatiIdentifier: true } as const;
  const candidates = [
    ...new Map(
      [
        ...(await findInSlices(refs, (slice) => tx.organisation.findMany({ where: { iatiIdentifier: { in: slice } }, select }))),
        ...(await findInSlices(names, (slice) => tx.organisation.findMany({ where: { name: { in: slice, mode: "insensitive" } }, select }))),
      ].map((candidate) => [candidate.id, candidate]),
    ).values(),
  ];
  const byRef = new Map(candidates.filter((candidate) => candidate.iatiIdentifier).map((candidate) => [candidate.iatiIdentifier!, candidate.id]));
  const byNameAndCountry = new Map(candidates.map((candidate) => [`${candidate.name.toLowerCase()}|${candidate.countryCode ?? ""}`, candidate.id]));
  const byName = new Map<string, string[]>();
  for (const candidate of candidates) byName.set(candidate.name.toLowerCase(), [...(byName.get(candidate.name.toLowerCase()) ?? []), candidate.id]);
  // Organisations to create, found again by identifier or by name and country.
  const pendingByRef = new Map<string, Extract<ResolvedOrganisation, { create: object }>>();
  const pendingByName = new Map<string, Extract<ResolvedOrganisation, { create: object }>>();
  return (organisation) => {
    const sameName = byName.get(organisation.name.toLowerCase()) ?? [];
    const id = (organisation.ref && byRef.get(organisation.ref)) || byNameAndCountry.get(nameKey(organisation)) || (sameName.length === 1 ? sameName[0] : undefined);
    if (id) return { id };
    const pending = (organisation.ref && pendingByRef.get(organisation.ref)) || pendingByName.get(nameKey(organisation));
    if (pending) {
      if (organisation.ref && !pending.create.ref) pending.create = { ...pending.create, ref: organisation.ref };
      pending.create = { ...pending.create, names: { ...organisation.names, ...pending.create.names } };
      if (organisation.ref) pendingByRef.set(organisation.ref, pending);
      return pending;
    }
    const created = { create: organisation, key: `new:${pendingByName.size + 1}` };
    pendingByName.set(nameKey(organisation), created);
    if (organisation.ref) pendingByRef.set(organisation.ref, created);
    return created;
  };
}

/** The same organisation in the same role once. */
export function dedupeParticipants(participants: ResolvedActivity["participants"]): ResolvedActivity["participants"] {
  const seen = new Set<string>();
  return participants.filter((participant) => {
    const key = `${participant.role}|${participant.organisation.id ?? participant.organisation.key}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Checks the organisations an activity names as the organisation form would: a name of 1 to 200
 * characters, a well-formed IATI identifier, a country the tracker knows. What fails is dropped or
 * corrected with a problem, so that creating the organisation on confirmation cannot fail.
 */
export function checkOrganisations(read: ReadActivity, countries: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const check = (organisation: FileOrganisation | undefined, where: string): FileOrganisation | undefined => {
    if (!organisation) return undefined;
    if (!organisation.name.trim()) {
      problems.push({ tier: "error", where, message: iatiText("namesNoOrganisation") });
      return undefined;
    }
    if (organisation.name.length > 200) {
      problems.push({ tier: "warning", where, message: iatiText("organisationNameCut") });
      organisation.name = organisation.name.slice(0, 200);
    }
    if (organisation.ref && (organisation.ref.length > 100 || !IATI_ORGANISATION_IDENTIFIER.test(organisation.ref))) {
      problems.push({ tier: "warning", where, message: iatiText("notOrganisationIdentifier", { ref: organisation.ref.slice(0, 100) }) });
      delete organisation.ref;
    }
    if (organisation.countryCode && !countries.has(organisation.countryCode)) {
      problems.push({ tier: "warning", where, message: iatiText("organisationCountryUnknown", { code: organisation.countryCode }) });
      delete organisation.countryCode;
    }
    return organisation;
  };
  read.participants = read.participants.flatMap((participant, index) => {
    const organisation = check(participant.organisation, `participant ${index + 1}`);
    return organisation ? [{ ...participant, organisation }] : [];
  });
  read.funder = check(read.funder, "funder");
  read.reporter = check(read.reporter, "reporting-org");
  read.transactions.forEach((transaction, index) => {
    transaction.provider = check(transaction.provider, `transaction ${index + 1} provider-org`);
    transaction.receiver = check(transaction.receiver, `transaction ${index + 1} receiver-org`);
  });
  return problems;
}
