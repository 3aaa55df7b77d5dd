import "server-only";
import type { Actor } from "@/lib/authz";
import { agreementActWhere, programActWhere } from "@/lib/authz";
import type { DbTx } from "@/lib/db";
import { findInSlices } from "@/lib/db/slices";
import type { ParticipantRole, ProgramStatus } from "@/lib/db/generated/enums";
import { FINISHED_STATUSES, STATUS_TRANSITIONS, ZCreateProgram, type TCreateProgram } from "@/lib/validation/programs";
import type { FileOrganisation, Problem, ReadActivity, ReadTransaction } from "./read-activity";
import { IATI_ORGANISATION_IDENTIFIER } from "@/lib/validation/organisations";

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
  /** A new program's reporting organisation; an update keeps the program's own. */
  reporter?: ResolvedOrganisation;
  participants: { role: ParticipantRole; organisation: ResolvedOrganisation }[];
  /** The file's budgets and transactions the tracker can store (their currencies known to it). */
  budgets: ReadActivity["budgets"];
  transactions: (Omit<ReadTransaction, "provider" | "receiver"> & { provider?: ResolvedOrganisation; receiver?: ResolvedOrganisation })[];
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
  /** Documents of the file the program already has (by address), which are not added again. */
  documentsKnown: number;
};

const nameKey = (organisation: FileOrganisation) => `${organisation.name.toLowerCase()}|${organisation.countryCode ?? ""}`;

/**
 * Matches each organisation the activities name to one of ours: by IATI identifier, then by name and
 * country, then by name alone when only one organisation has it. Those that match none are created
 * on confirmation, once each however many activities name them, and whether they are named by
 * identifier, by name, or both.
 */
async function matchOrganisations(tx: DbTx, activities: ReadActivity[]): Promise<(organisation: FileOrganisation) => ResolvedOrganisation> {
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

/**
 * Works out, against the database as it is now, what confirming each activity would do: new or
 * update (by iati-identifier), in which agreement, with which organisations, and every problem with
 * it. Nothing is written.
 */
export async function resolveActivities(tx: DbTx, actor: Actor, activities: ReadActivity[], defaultAgreementId: string | null): Promise<ResolvedActivity[]> {
  const identifiers = activities.map((activity) => activity.identifier).filter(Boolean);
  const existing = await findInSlices(identifiers, (slice) => tx.cooperationProgram.findMany({
    where: { identifier: { in: slice } },
    select: {
      id: true,
      identifier: true,
      version: true,
      status: true,
      agreementId: true,
      reportingOrganisation: { select: { id: true, name: true } },
      documents: { select: { url: true } },
      _count: { select: { transactions: true, budgets: true, indicators: true } },
    },
  }));
  const editable = new Set(
    (await findInSlices(identifiers, (slice) => tx.cooperationProgram.findMany({ where: { AND: [{ identifier: { in: slice } }, programActWhere(actor)] }, select: { id: true } }))).map((program) => program.id),
  );
  const shortNames = [...new Set(activities.flatMap((activity) => (activity.agreement ? [activity.agreement] : [])))];
  // Few agreements exist, however many activities name them: the lists are sliced, the result is small.
  const agreementIdsNamed = [...new Set([...(defaultAgreementId ? [defaultAgreementId] : []), ...existing.map((program) => program.agreementId)])];
  const agreements = [
    ...new Map(
      [
        ...(await findInSlices(shortNames, (slice) => tx.agreement.findMany({ where: { shortName: { in: slice } }, select: { id: true, shortName: true } }))),
        ...(await findInSlices(agreementIdsNamed, (slice) => tx.agreement.findMany({ where: { id: { in: slice } }, select: { id: true, shortName: true } }))),
      ].map((agreement) => [agreement.id, agreement]),
    ).values(),
  ];
  const existingByIdentifier = new Map(existing.map((program) => [program.identifier, program]));
  const agreementByShortName = new Map(agreements.map((agreement) => [agreement.shortName, agreement.id]));
  const actable = new Set((await tx.agreement.findMany({ where: { AND: [{ id: { in: agreements.map((agreement) => agreement.id) } }, agreementActWhere(actor)] }, select: { id: true } })).map((agreement) => agreement.id));
  const agreementIds = agreements.map((agreement) => agreement.id);
  const institutions = await tx.institution.findMany({ where: { agreementId: { in: agreementIds } }, select: { id: true, agreementId: true, name: true } });
  const provisions = await tx.labourProvision.findMany({ where: { agreementId: { in: agreementIds } }, select: { id: true, agreementId: true, article: true, topic: true } });
  const countries = new Set((await tx.country.findMany({ select: { code: true } })).map((country) => country.code));
  const currencies = new Set((await tx.currency.findMany({ select: { code: true } })).map((currency) => currency.code));
  const organisationProblems = new Map(activities.map((read) => [read, checkOrganisations(read, countries)]));
  const resolveOrganisation = await matchOrganisations(tx, activities);

  return activities.map((read): ResolvedActivity => {
    const problems = [...read.problems, ...organisationProblems.get(read)!];
    const problem = (tier: Problem["tier"], where: string, message: string) => problems.push({ tier, where, message });
    const skip = (): ResolvedActivity => ({ read, action: "skip", problems, participants: [], budgets: [], transactions: [] });
    if (problems.some((entry) => entry.tier === "critical")) return skip();

    const current = existingByIdentifier.get(read.identifier);
    if (current && !editable.has(current.id)) {
      problem("critical", "iati-identifier", "A program with this identifier exists and you may not change it.");
      return skip();
    }
    if (current && FINISHED_STATUSES.includes(current.status) && actor.role !== "ADMIN") {
      problem("critical", "activity-status", "The program is closed or cancelled and can no longer be changed. An administrator can reopen it.");
      return skip();
    }

    // The agreement: the one the activity names, else the one chosen for the file, else (updates) the program's own.
    let agreementId: string | undefined;
    if (read.agreement) {
      agreementId = agreementByShortName.get(read.agreement);
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
    if ((!current || current.agreementId !== agreementId) && !actable.has(agreementId) && actor.role !== "ADMIN") {
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
    // Codes IATI still lists for currencies that no longer exist (EEK, VEF…) are not among the tracker's.
    const budgets = read.budgets.filter((budget, index) => {
      if (currencies.has(budget.currencyCode)) return true;
      problem("error", `budget ${index + 1}`, `Not kept: the tracker has no currency ${budget.currencyCode}.`);
      return false;
    });
    const transactions = read.transactions.filter((transaction, index) => {
      if (currencies.has(transaction.input.currencyCode)) return true;
      problem("error", `transaction ${index + 1}`, `Not kept: the tracker has no currency ${transaction.input.currencyCode}.`);
      return false;
    });

    let status = read.status;
    if (current && status !== current.status && !STATUS_TRANSITIONS[current.status].includes(status)) {
      problem("error", "activity-status", `The program cannot go from ${current.status} to ${status} in the tracker's lifecycle; its status stays ${current.status}.`);
      status = current.status;
    }

    const participants = dedupeParticipants(read.participants.map((participant) => ({ role: participant.role, organisation: resolveOrganisation(participant.organisation) })));
    const funder = read.funder && resolveOrganisation(read.funder);
    const named = read.reporter && resolveOrganisation(read.reporter);
    let reporter: ResolvedOrganisation | undefined;
    if (current) {
      if (named && named.id !== current.reportingOrganisation.id) {
        problem("warning", "reporting-org", `The program stays reported by ${current.reportingOrganisation.name}; an administrator can move it to another reporting organisation on the program's page.`);
      }
    } else if (actor.role === "ADMIN") {
      if (!named) {
        problem("critical", "reporting-org", "The activity names no reporting organisation, so nobody could keep it up to date. Add its reporting-org.");
        return skip();
      }
      reporter = named;
    } else {
      // A ministry reports the programs it registers, whoever published the file.
      reporter = { id: actor.organisationId };
      if (named && named.id !== actor.organisationId) {
        problem("warning", "reporting-org", `The file's reporting organisation is ${read.reporter!.name}; the program is registered as reported by your organisation, ${actor.organisationName}.`);
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
      reporter,
      participants,
      budgets,
      transactions: transactions.map(({ provider, receiver, ...transaction }) => ({
        ...transaction,
        provider: provider && resolveOrganisation(provider),
        receiver: receiver && resolveOrganisation(receiver),
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

/**
 * Checks the organisations an activity names as the organisation form would: a name of 1 to 200
 * characters, a well-formed IATI identifier, a country the tracker knows. What fails is dropped or
 * corrected with a problem, so that creating the organisation on confirmation cannot fail.
 */
function checkOrganisations(read: ReadActivity, countries: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const check = (organisation: FileOrganisation | undefined, where: string): FileOrganisation | undefined => {
    if (!organisation) return undefined;
    if (!organisation.name.trim()) {
      problems.push({ tier: "error", where, message: "Names no organisation; it is not kept." });
      return undefined;
    }
    if (organisation.name.length > 200) {
      problems.push({ tier: "warning", where, message: "The organisation's name is longer than 200 characters; it is cut there." });
      organisation.name = organisation.name.slice(0, 200);
    }
    if (organisation.ref && (organisation.ref.length > 100 || !IATI_ORGANISATION_IDENTIFIER.test(organisation.ref))) {
      problems.push({ tier: "warning", where, message: `"${organisation.ref.slice(0, 100)}" is not an IATI organisation identifier; the organisation is matched by its name.` });
      delete organisation.ref;
    }
    if (organisation.countryCode && !countries.has(organisation.countryCode)) {
      problems.push({ tier: "warning", where, message: `The tracker has no country ${organisation.countryCode}; the organisation is kept without one.` });
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

/** The preview of a resolved activity, as stored with the import and shown to the user. */
export function previewOf(resolved: ResolvedActivity): ActivityPreview {
  const { read } = resolved;
  const organisations = [resolved.funder, resolved.reporter, ...resolved.participants.map((participant) => participant.organisation), ...resolved.transactions.flatMap((transaction) => [transaction.provider, transaction.receiver])];
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
      budgets: resolved.action === "skip" ? read.budgets.length : resolved.budgets.length,
      transactions: resolved.action === "skip" ? read.transactions.length : resolved.transactions.length,
      indicators: read.indicators.length,
      periods: read.indicators.reduce((total, indicator) => total + indicator.periods.length, 0),
      documents: read.documents.length,
      countries: resolved.program?.beneficiaryCountries.length ?? read.beneficiaryCountries.length,
      topics: read.topics.length,
    },
    ...(resolved.existing && { replaces: { budgets: resolved.existing.budgets, transactions: resolved.existing.transactions, indicators: resolved.existing.indicators } }),
    documentsKnown: resolved.existing ? read.documents.filter((document) => resolved.existing!.documentUrls.includes(document.input.url)).length : 0,
    newOrganisations: resolved.action === "skip" ? [] : newOrganisations,
  };
}
