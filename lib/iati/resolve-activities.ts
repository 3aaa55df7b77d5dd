import "server-only";
import type { Actor } from "@/lib/authz";
import { agreementActWhere, programActWhere } from "@/lib/authz";
import type { DbTx } from "@/lib/db";
import type { ParticipantRole, ProgramStatus } from "@/lib/db/generated/enums";
import { STATUS_TRANSITIONS, ZCreateProgram, type TCreateProgram } from "@/lib/validation/programs";
import type { FileOrganisation, Problem, ReadActivity } from "./read-activity";

/** An organisation of the file: one of ours (`id`), or one to create on confirmation (`create`). */
export type ResolvedOrganisation = { id: string; create?: undefined } | { id?: undefined; create: FileOrganisation; key: string };

/** What confirming an activity will do, in the database's terms. */
export type ResolvedActivity = {
  read: ReadActivity;
  action: "new" | "update" | "skip";
  problems: Problem[];
  /** The program to update, with the version the preview saw. */
  existing?: { id: string; version: number; status: ProgramStatus; transactions: number; budgets: number; indicators: number; documentUrls: string[] };
  program?: TCreateProgram;
  funder?: ResolvedOrganisation;
  participants: { role: ParticipantRole; organisation: ResolvedOrganisation }[];
  transactionParties: { provider?: ResolvedOrganisation; receiver?: ResolvedOrganisation }[];
};

/** What the preview shows of an activity. */
export type ActivityPreview = {
  identifier: string;
  title: string;
  line: number;
  action: "new" | "update" | "skip";
  programId?: string;
  version?: number;
  problems: Problem[];
  counts: { participants: number; budgets: number; transactions: number; indicators: number; periods: number; documents: number; countries: number; topics: number };
  /** For an update: what the program has now, which the file's records replace. */
  replaces?: { budgets: number; transactions: number; indicators: number };
  /** Organisations the confirmation will create for this activity. */
  newOrganisations: string[];
};

const organisationKey = (organisation: FileOrganisation) => (organisation.ref ? `ref:${organisation.ref}` : `name:${organisation.name.toLowerCase()}|${organisation.countryCode ?? ""}`);

/**
 * Matches each organisation the activities name to one of ours: by IATI identifier, then by name and
 * country, then by name alone when only one organisation has it. Those that match none are created
 * on confirmation, once each however many activities name them.
 */
async function matchOrganisations(tx: DbTx, activities: ReadActivity[]): Promise<(organisation: FileOrganisation) => ResolvedOrganisation> {
  const named = activities.flatMap((activity) => [
    ...activity.participants.map((participant) => participant.organisation),
    ...activity.transactions.flatMap((transaction) => [transaction.provider, transaction.receiver]),
    activity.funder,
  ]).filter((organisation): organisation is FileOrganisation => organisation !== undefined);
  const refs = [...new Set(named.flatMap((organisation) => (organisation.ref ? [organisation.ref] : [])))];
  const names = [...new Set(named.map((organisation) => organisation.name))];
  const candidates = named.length
    ? await tx.organisation.findMany({
        where: { OR: [{ iatiIdentifier: { in: refs } }, { name: { in: names, mode: "insensitive" } }] },
        select: { id: true, name: true, countryCode: true, iatiIdentifier: true },
      })
    : [];
  const byRef = new Map(candidates.filter((candidate) => candidate.iatiIdentifier).map((candidate) => [candidate.iatiIdentifier!, candidate.id]));
  return (organisation) => {
    const id =
      (organisation.ref && byRef.get(organisation.ref)) ||
      candidates.find((candidate) => candidate.name.toLowerCase() === organisation.name.toLowerCase() && candidate.countryCode === (organisation.countryCode ?? null))?.id ||
      (() => {
        const sameName = candidates.filter((candidate) => candidate.name.toLowerCase() === organisation.name.toLowerCase());
        return sameName.length === 1 ? sameName[0]!.id : undefined;
      })();
    return id ? { id } : { create: organisation, key: organisationKey(organisation) };
  };
}

/**
 * Works out, against the database as it is now, what confirming each activity would do: new or
 * update (by iati-identifier), in which agreement, with which organisations, and every problem with
 * it. Nothing is written.
 */
export async function resolveActivities(tx: DbTx, actor: Actor, activities: ReadActivity[], defaultAgreementId: string | null): Promise<ResolvedActivity[]> {
  const identifiers = activities.map((activity) => activity.identifier).filter(Boolean);
  const existing = await tx.cooperationProgram.findMany({
    where: { identifier: { in: identifiers } },
    select: {
      id: true,
      identifier: true,
      version: true,
      status: true,
      agreementId: true,
      documents: { select: { url: true } },
      _count: { select: { transactions: true, budgets: true, indicators: true } },
    },
  });
  const editable = new Set(
    (await tx.cooperationProgram.findMany({ where: { AND: [{ identifier: { in: identifiers } }, programActWhere(actor)] }, select: { id: true } })).map((program) => program.id),
  );
  const shortNames = [...new Set(activities.flatMap((activity) => (activity.agreement ? [activity.agreement] : [])))];
  const agreements = await tx.agreement.findMany({
    where: { OR: [{ shortName: { in: shortNames } }, ...(defaultAgreementId ? [{ id: defaultAgreementId }] : [])] },
    select: { id: true, shortName: true },
  });
  const actable = new Set((await tx.agreement.findMany({ where: { AND: [{ id: { in: agreements.map((agreement) => agreement.id) } }, agreementActWhere(actor)] }, select: { id: true } })).map((agreement) => agreement.id));
  const agreementIds = agreements.map((agreement) => agreement.id);
  const institutions = await tx.institution.findMany({ where: { agreementId: { in: agreementIds } }, select: { id: true, agreementId: true, name: true } });
  const provisions = await tx.labourProvision.findMany({ where: { agreementId: { in: agreementIds } }, select: { id: true, agreementId: true, article: true, topic: true } });
  const countries = new Set((await tx.country.findMany({ select: { code: true } })).map((country) => country.code));
  const currencies = new Set((await tx.currency.findMany({ select: { code: true } })).map((currency) => currency.code));
  const resolveOrganisation = await matchOrganisations(tx, activities);
  const actorCountryOrganisations = new Set(
    actor.role === "GOVERNMENT" ? (await tx.organisation.findMany({ where: { countryCode: actor.countryCode ?? "" }, select: { id: true } })).map((organisation) => organisation.id) : [],
  );

  return activities.map((read): ResolvedActivity => {
    const problems = [...read.problems];
    const problem = (tier: Problem["tier"], where: string, message: string) => problems.push({ tier, where, message });
    const skip = (): ResolvedActivity => ({ read, action: "skip", problems, participants: [], transactionParties: [] });
    if (problems.some((entry) => entry.tier === "critical")) return skip();

    const current = existing.find((program) => program.identifier === read.identifier);
    if (current && !editable.has(current.id)) {
      problem("critical", "iati-identifier", "A program with this identifier exists and you may not change it.");
      return skip();
    }

    // The agreement: the one the activity names, else the one chosen for the file, else (updates) the program's own.
    let agreementId: string | undefined;
    if (read.agreement) {
      agreementId = agreements.find((agreement) => agreement.shortName === read.agreement)?.id;
      if (!agreementId) {
        if (defaultAgreementId || current) problem("warning", "agreement", `The activity names the agreement "${read.agreement}", which the tracker does not have; ${defaultAgreementId ? "the agreement chosen for the file" : "the program's own agreement"} is used.`);
        else problem("critical", "agreement", `The activity names the agreement "${read.agreement}", which the tracker does not have. Choose the agreement for the file's programs.`);
      }
    }
    agreementId ??= defaultAgreementId ?? current?.agreementId;
    if (!agreementId) {
      problem("critical", "agreement", "The activity does not say which trade agreement it belongs to. Choose the agreement for the file's programs.");
      return skip();
    }
    if (!current && !actable.has(agreementId) && actor.role !== "ADMIN") {
      problem("critical", "agreement", "You may register programs only for agreements your country is party to.");
      return skip();
    }

    let leadInstitutionId: string | undefined;
    if (read.leadInstitution) {
      leadInstitutionId = institutions.find((institution) => institution.agreementId === agreementId && institution.name === read.leadInstitution)?.id;
      if (!leadInstitutionId) problem("error", "lead institution", `"${read.leadInstitution}" is not an institution of the agreement; the lead institution is not kept.`);
    }
    const provisionIds: string[] = [];
    for (const wanted of read.provisions) {
      const found = provisions.find((provision) => provision.agreementId === agreementId && provision.article === wanted.article && provision.topic === wanted.topic);
      if (found) provisionIds.push(found.id);
      else problem("error", "provision", `The agreement has no provision ${wanted.article} on ${wanted.topic}; the link is not kept.`);
    }
    const beneficiaryCountries = read.beneficiaryCountries.filter((code) => {
      if (countries.has(code)) return true;
      problem("error", "recipient-country", `The tracker has no country ${code}; it is not kept.`);
      return false;
    });
    if (!currencies.has(read.currencyCode)) {
      problem("critical", "default-currency", `The tracker has no currency ${read.currencyCode}.`);
      return skip();
    }

    let status = read.status;
    if (current && status !== current.status && !STATUS_TRANSITIONS[current.status].includes(status)) {
      problem("error", "activity-status", `The program cannot go from ${current.status} to ${status} in the tracker's lifecycle; its status stays ${current.status}.`);
      status = current.status;
    }

    const participants = dedupeParticipants(read.participants.map((participant) => ({ role: participant.role, organisation: resolveOrganisation(participant.organisation) })));
    const funder = read.funder && resolveOrganisation(read.funder);
    if (!current && actor.role === "GOVERNMENT") {
      // A ministry's program stays within its reach: one of its country's organisations takes part.
      const ours = participants.some((participant) => participant.organisation.id && (participant.organisation.id === actor.organisationId || actorCountryOrganisations.has(participant.organisation.id)));
      if (!ours) {
        participants.push({ role: "ACCOUNTABLE", organisation: { id: actor.organisationId } });
        problem("warning", "participating-org", "None of the organisations is of your country; your organisation is recorded as accountable, so that you can keep the program up to date.");
      }
    }

    const candidate = ZCreateProgram.safeParse({
      agreementId,
      leadInstitutionId,
      identifier: read.identifier,
      title: read.title,
      summary: read.summary,
      objectives: read.objectives,
      status,
      topics: read.topics,
      beneficiaryCountries,
      provisionIds,
      ...read.dates,
      currencyCode: read.currencyCode,
      // A new program is a draft until someone publishes it; an update keeps its visibility.
      visibility: "DRAFT",
      type: read.type,
      // The funder may be created only on confirmation; its id is filled in then.
      funderId: funder?.id ?? "pending",
      fundingAmount: read.fundingAmount,
      ...read.details,
    });
    if (!candidate.success) {
      for (const issue of candidate.error.issues) problem("critical", issue.path.join(".") || "activity", issue.message);
      return skip();
    }

    return {
      read,
      action: current ? "update" : "new",
      problems,
      existing: current && {
        id: current.id,
        version: current.version,
        status: current.status,
        transactions: current._count.transactions,
        budgets: current._count.budgets,
        indicators: current._count.indicators,
        documentUrls: current.documents.flatMap((document) => (document.url ? [document.url] : [])),
      },
      program: candidate.data,
      funder,
      participants,
      transactionParties: read.transactions.map((transaction) => ({
        provider: transaction.provider && resolveOrganisation(transaction.provider),
        receiver: transaction.receiver && resolveOrganisation(transaction.receiver),
      })),
    };
  });
}

/** The same organisation in the same role once. */
function dedupeParticipants(participants: ResolvedActivity["participants"]): ResolvedActivity["participants"] {
  const seen = new Set<string>();
  return participants.filter((participant) => {
    const key = `${participant.role}|${participant.organisation.id ?? participant.organisation.key}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The preview of a resolved activity, as stored with the import and shown to the user. */
export function previewOf(resolved: ResolvedActivity): ActivityPreview {
  const { read } = resolved;
  const organisations = [resolved.funder, ...resolved.participants.map((participant) => participant.organisation), ...resolved.transactionParties.flatMap((parties) => [parties.provider, parties.receiver])];
  const newOrganisations = [...new Map(organisations.flatMap((organisation) => (organisation?.create ? [[organisation.key, organisation.create.name] as const] : []))).values()];
  return {
    identifier: read.identifier,
    title: read.title,
    line: read.line,
    action: resolved.action,
    ...(resolved.existing && { programId: resolved.existing.id, version: resolved.existing.version }),
    problems: resolved.problems,
    counts: {
      participants: resolved.participants.length,
      budgets: read.budgets.length,
      transactions: read.transactions.length,
      indicators: read.indicators.length,
      periods: read.indicators.reduce((total, indicator) => total + indicator.periods.length, 0),
      documents: read.documents.length,
      countries: resolved.program?.beneficiaryCountries.length ?? read.beneficiaryCountries.length,
      topics: read.topics.length,
    },
    ...(resolved.existing && { replaces: { budgets: resolved.existing.budgets, transactions: resolved.existing.transactions, indicators: resolved.existing.indicators } }),
    newOrganisations: resolved.action === "skip" ? [] : newOrganisations,
  };
}
