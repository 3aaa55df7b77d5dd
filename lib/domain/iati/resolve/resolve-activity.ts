import "server-only";
import type { Actor } from "@/lib/platform/authz";
import { ZCreateProgram } from "@/lib/domain/programs/schemas";
import type { Problem, ReadActivity } from "../read/types";
import type { Reference } from "./reference";
import type { ResolvedActivity } from "./types";
import { changesOf } from "./changes";
import { resolveType } from "./program-type";
import { mayChange, resolveAgreement, resolveLinks, resolveMoney, resolveOrganisations, resolveStatus, type Step } from "./resolve-steps";

/**
 * Resolves one activity in steps — who may change it, its agreement, its links in the agreement,
 * its money, its status, its organisations, its type, and last the program the form would take —
 * each adding its problems; a critical one skips the activity. An update keeps what the file does
 * not say, and says what it changes.
 */
export function resolveActivity(read: ReadActivity, actor: Actor, reference: Reference, defaultAgreementId: string | null): ResolvedActivity {
  const problems = [...read.problems, ...reference.organisationProblems.get(read)!];
  const problem = (tier: Problem["tier"], where: string, message: string) => {
    problems.push({ tier, where, message });
  };
  const skip = (): ResolvedActivity => ({ read, action: "skip", problems, participants: [], budgets: [], transactions: [] });
  if (problems.some((entry) => entry.tier === "critical")) return skip();

  const step: Step = { read, actor, reference, defaultAgreementId, current: reference.existingByIdentifier.get(read.identifier), problem };
  if (!mayChange(step)) return skip();
  const agreementId = resolveAgreement(step);
  if (!agreementId) return skip();
  const links = resolveLinks(step, agreementId);
  const money = resolveMoney(step);
  if (!money) return skip();
  const status = resolveStatus(step);
  const organisations = resolveOrganisations(step);
  if (!organisations) return skip();
  const { funder, reporter, participants } = organisations;
  const settled = resolveType(step, Boolean(funder));
  if (problems.some((entry) => entry.tier === "critical")) return skip();

  const { current } = step;
  const candidate = ZCreateProgram.safeParse({
    agreementId,
    leadInstitutionId: links.leadInstitutionId,
    identifier: read.identifier,
    title: read.title,
    summary: read.summary,
    objectives: read.objectives,
    status,
    // Topics are the tracker's own: an update keeps the program's unless its extension names others.
    topics: current && !read.trackerTopics ? current.topics : read.topics,
    beneficiaryCountries: links.beneficiaryCountries,
    provisionIds: links.provisionIds,
    ...read.dates,
    currencyCode: read.currencyCode,
    // A new program is a draft until someone publishes it; an update keeps its visibility.
    visibility: "DRAFT",
    type: settled.type,
    // The funder may be created only on confirmation; its id is filled in then.
    funderId: funder?.id ?? "pending",
    fundingAmount: settled.fundingAmount,
    ...settled.details,
  });
  if (!candidate.success) {
    for (const issue of candidate.error.issues) problem("critical", issue.path.join(".") || "activity", issue.message);
    return skip();
  }

  const resolved: ResolvedActivity = {
    read,
    action: current ? "update" : "new",
    problems,
    existing: current && {
      id: current.id,
      version: current.version,
      status: current.status,
      transactions: current.transactions.length,
      budgets: current.budgets.length,
      indicators: current.indicators.length,
      documentUrls: current.documents.flatMap((document) => (document.url ? [document.url] : [])),
    },
    program: candidate.data,
    funder,
    reporter,
    participants,
    budgets: money.budgets,
    transactions: money.transactions.map(({ provider, receiver, ...transaction }) => ({
      ...transaction,
      provider: provider && reference.resolveOrganisation(provider),
      receiver: receiver && reference.resolveOrganisation(receiver),
    })),
  };
  return current ? { ...resolved, changes: changesOf(current, resolved, candidate.data, reference) } : resolved;
}
