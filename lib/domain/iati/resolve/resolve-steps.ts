import "server-only";
import type { Actor } from "@/lib/platform/authz";
import { FINISHED_STATUSES, STATUS_TRANSITIONS } from "@/lib/domain/programs/program-lifecycle";
import type { Problem, ReadActivity } from "../read/types";
import { dedupeParticipants } from "./organisations";
import type { ExistingProgram, Reference } from "./reference";
import type { ResolvedOrganisation } from "./types";
import { iatiText } from "../iati-text";

/** What each step of resolving one activity shares: the activity, the program it updates, and its problems. */
export type Step = {
  read: ReadActivity;
  actor: Actor;
  reference: Reference;
  defaultAgreementId: string | null;
  current: ExistingProgram | undefined;
  problem: (tier: Problem["tier"], where: string, message: string) => void;
};

/** Whether the actor may change the program the activity would update. */
export function mayChange({ current, actor, reference, problem }: Step): boolean {
  if (current && !reference.editable.has(current.id)) {
    problem("critical", "iati-identifier", iatiText("identifierTaken"));
    return false;
  }
  if (current && FINISHED_STATUSES.includes(current.status) && actor.role !== "ADMIN") {
    problem("critical", "activity-status", iatiText("programClosed"));
    return false;
  }
  return true;
}

/** The agreement: the one the activity names, else (updates) the program's own, else the one chosen for the file. */
export function resolveAgreement({ read, actor, reference, defaultAgreementId, current, problem }: Step): string | undefined {
  let agreementId: string | undefined;
  if (read.agreement) {
    agreementId = reference.agreementByShortName.get(read.agreement);
    if (!agreementId) {
      if (defaultAgreementId || current) problem("warning", "agreement", iatiText("unknownAgreementFallback", { agreement: read.agreement, fallback: current ? "program" : "file" }));
      else problem("critical", "agreement", iatiText("unknownAgreement", { agreement: read.agreement }));
    }
  }
  agreementId ??= current?.agreementId ?? defaultAgreementId ?? undefined;
  if (!agreementId) {
    problem("critical", "agreement", iatiText("noAgreement"));
    return undefined;
  }
  if ((!current || current.agreementId !== agreementId) && !reference.actable.has(agreementId) && actor.role !== "ADMIN") {
    problem("critical", "agreement", iatiText("agreementNotParty"));
    return undefined;
  }
  return agreementId;
}

/**
 * The lead institution and provisions of the agreement, and the countries the tracker has. Only the
 * tracker's extension names the first two: an update from a file without it keeps the program's own.
 */
export function resolveLinks({ read, reference, current, problem }: Step, agreementId: string) {
  const beneficiaryCountries = read.beneficiaryCountries.filter((code) => {
    if (reference.countries.has(code)) return true;
    problem("error", "recipient-country", iatiText("unknownCountry", { code }));
    return false;
  });
  if (current && !read.fromTracker && current.agreementId === agreementId) {
    return { leadInstitutionId: current.leadInstitutionId ?? undefined, provisionIds: current.provisions.map((provision) => provision.provisionId), beneficiaryCountries };
  }
  let leadInstitutionId: string | undefined;
  if (read.leadInstitution) {
    leadInstitutionId = reference.institutions.find((institution) => institution.agreementId === agreementId && institution.name === read.leadInstitution)?.id;
    if (!leadInstitutionId) problem("error", "lead-institution", iatiText("unknownLeadInstitution", { institution: read.leadInstitution }));
  }
  const provisionIds: string[] = [];
  for (const wanted of read.provisions) {
    // A spreadsheet names a provision by its article alone: every provision of that article is linked.
    const found = reference.provisions.filter((provision) => provision.agreementId === agreementId && provision.article === wanted.article && (!wanted.topic || provision.topic === wanted.topic));
    if (found.length) provisionIds.push(...found.map((provision) => provision.id).filter((id) => !provisionIds.includes(id)));
    else problem("error", "provision", iatiText("unknownProvision", { article: wanted.article, topic: wanted.topic || "—" }));
  }
  return { leadInstitutionId, provisionIds, beneficiaryCountries };
}

/** The budgets and transactions in currencies the tracker has; undefined when the activity's own is not one. */
export function resolveMoney({ read, reference: { currencies }, problem }: Step) {
  if (!currencies.has(read.currencyCode)) {
    problem("critical", "default-currency", iatiText("unknownDefaultCurrency", { code: read.currencyCode }));
    return undefined;
  }
  // Codes IATI still lists for currencies that no longer exist (EEK, VEF…) are not among the tracker's.
  const budgets = read.budgets.filter((budget, index) => {
    if (currencies.has(budget.currencyCode)) return true;
    problem("error", `budget ${index + 1}`, iatiText("unknownCurrencyNotKept", { code: budget.currencyCode }));
    return false;
  });
  const transactions = read.transactions.filter((transaction, index) => {
    if (currencies.has(transaction.input.currencyCode)) return true;
    problem("error", `transaction ${index + 1}`, iatiText("unknownCurrencyNotKept", { code: transaction.input.currencyCode }));
    return false;
  });
  return { budgets, transactions };
}

/** The file's status, where the program's lifecycle allows the change. */
export function resolveStatus({ read, current, problem }: Step) {
  if (current && read.status !== current.status && !STATUS_TRANSITIONS[current.status].includes(read.status)) {
    problem("error", "activity-status", iatiText("statusTransition", { from: current.status, to: read.status }));
    return current.status;
  }
  return read.status;
}

/**
 * The participants, funder and reporting organisation; undefined when a new program would have no
 * reporter. An update from a file that names no funder keeps the program's.
 */
export function resolveOrganisations({ read, actor, reference: { resolveOrganisation }, current, problem }: Step) {
  const participants = dedupeParticipants(read.participants.map(({ role, organisation }) => ({ role, organisation: resolveOrganisation(organisation), name: organisation.name })));
  const funder: ResolvedOrganisation | undefined = read.funder ? resolveOrganisation(read.funder) : current?.funder ? { id: current.funder.id } : undefined;
  const named = read.reporter && resolveOrganisation(read.reporter);
  let reporter: ResolvedOrganisation | undefined;
  if (current) {
    if (named && named.id !== current.reportingOrganisation.id) {
      problem("warning", "reporting-org", iatiText("reporterStays", { organisation: current.reportingOrganisation.name }));
    }
  } else if (actor.role === "ADMIN") {
    if (!named) {
      problem("critical", "reporting-org", iatiText("noReporter"));
      return undefined;
    }
    reporter = named;
  } else {
    // A ministry reports the programs it registers, whoever published the file.
    reporter = { id: actor.organisationId };
    if (named && named.id !== actor.organisationId) {
      problem("warning", "reporting-org", iatiText("reporterReplaced", { file: read.reporter!.name, mine: actor.organisationName }));
    }
  }
  return { participants, funder, reporter };
}
