// One cooperation program and everything that hangs off it, made from its own seeded generator.
// Statuses, dates, versions and the audit trail agree with each other the way the app would
// have left them: a program registered before it started was created in the pipeline and moved
// on later, each move and its publication recorded as a `program.update`.
import { LabourTopic, ProgramStatus, ProgramType, type ParticipantRole } from "@/lib/platform/db/generated/enums";
import { participantRow, programRow } from "@/prisma/seed/factories";
import { addFinance } from "./finance";
import { addMonitoring } from "./monitoring";
import { addPlan } from "./plans";
import { DAY_MS, isoDay, isoInstant, money, pad, Random } from "./random";
import type { Rows } from "./tables";
import { AS_OF, REGISTER_OPENED, type AgreementInfo, type Org, type World } from "./world";
import { ACTIVITIES, BENEFICIARY_PHRASES, OBJECTIVE_TEMPLATES, PARTNER_PHRASES, SECTORS, TITLE_VERBS, TOPIC_PHRASES } from "./words";

const TYPES = Object.values(ProgramType);
const STATUSES = Object.values(ProgramStatus);
const TOPICS = Object.values(LabourTopic);
const TYPE_WEIGHTS = [["TECHNICAL_COOPERATION", 40], ["FINANCIAL_ASSISTANCE", 30], ["JOINT_RESEARCH", 15], ["INFORMATION_SHARING", 15]] as const;
const STATUS_WEIGHTS = [["IMPLEMENTATION", 35], ["CLOSED", 30], ["PIPELINE", 12], ["FINALISATION", 10], ["CANCELLED", 7], ["SUSPENDED", 6]] as const;
/** The end of the last office day the data describes; nothing is recorded after it. */
const LATEST_MS = AS_OF * DAY_MS + 18 * 3_600_000;

export type ProgramContext = {
  key: string;
  random: Random;
  world: World;
  rows: Rows;
  id: string;
  identifier: string;
  title: string;
  agreement: AgreementInfo;
  type: ProgramType;
  status: ProgramStatus;
  plannedStart: number;
  plannedEnd: number;
  actualStart: number | null;
  actualEnd: number | null;
  /** The days on which its work happened so far (days since 1970). */
  workStart: number;
  workEnd: number;
  createdMs: number;
  currency: string;
  totalCents: number;
  countries: string[];
  phrase: string;
  sector: string;
  accountable: Org;
  funder: Org | null;
  implementer: Org | null;
  /** The organisations of the first beneficiary country, its labour ministry first. */
  local: Org[];
  participants: Org[];
  /** The user who registered the program and keeps it up to date. */
  actor: string;
  /** When a record made on `day` was entered: office hours, after `after` (the program's creation by default), not after AS_OF. */
  enteredOn: (day: number, after?: number) => number;
  audit: (entity: { type: string; id: string }, action: string, ms: number, change: { before?: unknown; after?: unknown }) => void;
};

type Schedule = Pick<ProgramContext, "plannedStart" | "plannedEnd" | "actualStart" | "actualEnd">;

/** Planned and actual dates that fit the status as of AS_OF, within the agreement's years. */
function schedule(r: Random, status: ProgramStatus, agreement: AgreementInfo): Schedule {
  const between = (a: number, b: number) => r.int(Math.min(a, b), Math.max(a, b));
  const duration = r.chance(0.1) ? r.int(180, 364) : r.int(2 * 365, 5 * 365);
  const { firstStart, lastStart } = agreement;
  switch (status) {
    case "PIPELINE": {
      const start = between(AS_OF - 120, AS_OF + 31);
      return { plannedStart: start, plannedEnd: start + duration, actualStart: null, actualEnd: null };
    }
    case "IMPLEMENTATION":
    case "SUSPENDED": {
      const start = between(Math.max(firstStart, AS_OF - duration + 60), AS_OF - 45);
      return { plannedStart: start, plannedEnd: Math.max(start + duration, AS_OF + r.int(60, 720)), actualStart: Math.min(AS_OF - 30, start + r.int(0, 60)), actualEnd: null };
    }
    case "FINALISATION": {
      const end = between(AS_OF - 150, AS_OF + 45);
      const start = Math.min(end - 180, Math.max(firstStart, end - duration));
      return { plannedStart: start, plannedEnd: end, actualStart: start + r.int(0, 45), actualEnd: null };
    }
    case "CLOSED": {
      const start = between(firstStart, Math.min(lastStart, AS_OF - duration - 90));
      const end = Math.max(start + 180, Math.min(start + duration, AS_OF - 60));
      const actualStart = start + r.int(0, 90);
      return { plannedStart: start, plannedEnd: end, actualStart, actualEnd: Math.max(actualStart + 120, Math.min(AS_OF - 1, end + r.int(-30, 180))) };
    }
    case "CANCELLED": {
      const start = between(firstStart, Math.min(lastStart, AS_OF - 90));
      if (!r.chance(0.6)) return { plannedStart: start, plannedEnd: start + duration, actualStart: null, actualEnd: null };
      const actualStart = start + r.int(0, 60);
      return { plannedStart: start, plannedEnd: start + duration, actualStart, actualEnd: Math.min(AS_OF - 1, actualStart + r.int(60, duration)) };
    }
  }
}

/** The statuses a program went through, each with the day it entered it. */
function statusPath(r: Random, status: ProgramStatus, s: Schedule): [ProgramStatus, number][] {
  const path: [ProgramStatus, number][] = [["PIPELINE", s.plannedStart - 365]];
  if (s.actualStart !== null) path.push(["IMPLEMENTATION", s.actualStart]);
  if (status === "FINALISATION" || status === "CLOSED") path.push(["FINALISATION", Math.min(AS_OF - 1, Math.max(s.actualStart ?? 0, (s.actualEnd ?? s.plannedEnd) - 60))]);
  if (status === "CLOSED") path.push(["CLOSED", s.actualEnd!]);
  if (status === "SUSPENDED") path.push(["SUSPENDED", r.int(s.actualStart!, AS_OF - 1)]);
  if (status === "CANCELLED") path.push(["CANCELLED", s.actualEnd ?? r.int(Math.min(s.plannedStart, AS_OF - 1), AS_OF - 1)]);
  return path;
}

/** Adds program number `n` (from 0) of the run seeded with `seed`, with all its records, to `rows`. */
export function addProgram(world: World, seed: number, n: number, rows: Rows): void {
  const r = new Random(seed, n);
  const key = pad(n + 1, 7);
  const id = `prog-${key}`;
  // The first 24 programs take every type with every status, so that even a small run has them all.
  const type = n < 24 ? TYPES[n % TYPES.length]! : r.weighted(TYPE_WEIGHTS);
  const status = n < 24 ? STATUSES[Math.floor(n / TYPES.length) % STATUSES.length]! : r.weighted(STATUS_WEIGHTS);
  const ended = status === "CLOSED" || status === "CANCELLED";
  const agreement = r.weighted(world.agreements.filter((a) => ended || !a.terminated).map((a) => [a, a.weight] as const));
  const dates = schedule(r, status, agreement);

  const countries = r.sample(agreement.beneficiaries, r.weighted([[1, 60], [2, 30], [3, 10]]));
  const topics = r.sample(TOPICS, r.weighted([[1, 50], [2, 35], [3, 15]]));
  const local = world.byCountry.get(countries[0]!)!;
  const accountable = r.chance(0.75) ? local[0]! : local[1]!;
  const donors = agreement.donors.flatMap((code) => world.agencies.get(code) ?? []);
  const funder = type === "FINANCIAL_ASSISTANCE" || r.chance(0.7) ? (donors.length > 0 && r.chance(0.75) ? r.pick(donors) : r.pick(world.international)) : null;
  const implementer = r.chance(0.8) ? (type === "JOINT_RESEARCH" && r.chance(0.6) ? local[8]! : r.pick([...world.international.slice(0, 6), local[6]!, local[7]!])) : null;
  const roles: [Org, ParticipantRole][] = [[accountable, "ACCOUNTABLE"]];
  if (funder) roles.push([funder, "FUNDER"]);
  roles.push([implementer ?? local[6]!, "IMPLEMENTER"]);
  if (r.chance(0.3)) roles.push([local[r.int(2, 5)]!, "CONSULTED"]);
  if (r.chance(0.15)) roles.push([local[r.int(6, 7)]!, "MONITOR"]);
  if (r.chance(0.1)) roles.push([world.byCountry.get(countries[1] ?? countries[0]!)![1]!, "PARTNER"]);
  if (r.chance(0.05)) roles.push([local[2]!, "BENEFICIARY"]);
  const participants = roles.slice(0, 5);

  const phrase = r.pick(TOPIC_PHRASES[topics[0]!]);
  const second = r.pick(TOPIC_PHRASES[topics[1] ?? r.pick(TOPICS)]);
  const sector = r.pick(SECTORS);
  const where = countries.map(world.countryName).join(", ");
  const title = `${r.pick(TITLE_VERBS[type])} ${phrase} in ${sector} (${where})${r.chance(0.12) ? `, phase ${r.int(2, 3)}` : ""}`;
  const summary = [
    `The program works with ${r.pick(PARTNER_PHRASES)} in ${where} to address ${phrase} in ${sector}.`,
    `It ${r.sample(ACTIVITIES, 3).join(", ").replace(/, ([^,]*)$/, " and $1")}.`,
    `It focuses on ${r.pick(BENEFICIARY_PHRASES)} and follows up the commitments on ${second} under ${agreement.shortName}.`,
    ...(r.chance(0.5) ? [`Progress is reported every year to the ${agreement.shortName} Labour Council.`] : []),
  ].join(" ");
  const objectives = r.sample(OBJECTIVE_TEMPLATES, r.int(2, 3)).map((objective) => objective(r.pick([phrase, second]), sector)).join(" ");
  const linkedProvisions = [...new Set([...agreement.provisions.filter((provision) => topics.includes(provision.topic)), ...r.sample(agreement.provisions, 3)])].slice(0, r.int(1, 3));

  const currency = world.currencyOf(funder ?? accountable);
  // Amounts spread log-uniformly from 50 thousand to 20 million, in round thousands (yen: 100 times more).
  const units = Math.round(Math.exp(Math.log(50_000) + r.float() * Math.log(400)) / 1000) * 1000;
  const totalCents = units * 100 * (currency === "JPY" ? 100 : 1);

  // Registered some time before it was to start, or, for programs older than the register, some time after it opened.
  const proposed = dates.plannedStart - r.int(30, 400);
  const createdDay = proposed >= REGISTER_OPENED ? Math.min(proposed, AS_OF - 1) : r.int(REGISTER_OPENED, AS_OF - 1);
  const createdMs = createdDay * DAY_MS + r.int(8 * 60, 17 * 60) * 60_000;
  const enteredOn = (day: number, after = createdMs) => Math.min(LATEST_MS, Math.max(after + r.int(1, 240) * 60_000, day * DAY_MS + r.int(8 * 60, 18 * 60) * 60_000));

  const actor = r.chance(0.12) ? r.pick(world.users.admins) : world.users.byOrganisation.get(accountable.id)!;
  let audits = 0;
  const audit: ProgramContext["audit"] = (entity, action, ms, { before, after }) => {
    audits += 1;
    rows.auditEvents.push({
      id: `aud-${key}-${pad(audits, 3)}`, at: isoInstant(ms), actorId: actor, action, entityType: entity.type, entityId: entity.id,
      before: before ?? null, after: after ?? null, requestId: `req-${key}-${audits}`,
    });
  };

  const details = {
    funderId: type === "FINANCIAL_ASSISTANCE" ? funder!.id : null,
    fundingAmount: type === "FINANCIAL_ASSISTANCE" ? money(totalCents) : null,
    expertiseArea: type === "TECHNICAL_COOPERATION" ? `${phrase} in ${sector}` : null,
    researchQuestions: type === "JOINT_RESEARCH" ? `How widespread is ${phrase} in ${sector}, and which measures have reduced it?` : null,
    researchOutputs: type === "JOINT_RESEARCH" ? "A baseline survey, a policy brief and a report reviewed by the social partners" : null,
    exchangeSubject: type === "INFORMATION_SHARING" ? `Practice and data on ${phrase}` : null,
    exchangeBetween: type === "INFORMATION_SHARING" ? `The labour ministries of ${agreement.parties.map(world.countryName).join(", ")}` : null,
  };
  const leadInstitutionId = r.chance(0.6) ? (r.chance(0.65) ? agreement.contactPoints.get(countries[0]!)! : agreement.councilId) : null;
  const identifier = `${accountable.iati}-${pad(n + 1, 6)}`;
  const day = (value: number | null) => (value === null ? null : isoDay(value));
  const record = {
    id, agreementId: agreement.id, leadInstitutionId, identifier, title, summary, objectives, type, topics,
    beneficiaryCountries: [...countries].sort(), provisionIds: linkedProvisions.map((provision) => provision.id).sort(),
    plannedStart: day(dates.plannedStart), plannedEnd: day(dates.plannedEnd), actualStart: day(dates.actualStart), actualEnd: day(dates.actualEnd),
    currencyCode: currency, ...details,
  };

  // Its life as the audit trail tells it: created, then published and moved on, in time order.
  const path = statusPath(r, status, dates);
  const initial = path.filter(([, entered]) => entered <= createdDay).at(-1)?.[0] ?? "PIPELINE";
  const published = status === "PIPELINE" ? r.chance(0.5) : r.chance(0.9);
  const changes: { ms: number; status?: ProgramStatus; publish?: true }[] = path.slice(1).filter(([, entered]) => entered > createdDay).map(([next, entered]) => ({ ms: enteredOn(entered), status: next }));
  if (published) changes.push({ ms: Math.min(LATEST_MS, createdMs + r.int(60, 30 * 24 * 60) * 60_000), publish: true });
  changes.sort((a, b) => a.ms - b.ms);
  const program = { type: "CooperationProgram", id };
  const state = { status: initial, visibility: "DRAFT" as "DRAFT" | "PUBLISHED", version: 1 };
  audit(program, "program.create", createdMs, { after: { ...record, ...state, participants: participants.map(([org, role]) => ({ organisationId: org.id, role })) } });
  for (const change of changes) {
    const before = { ...record, ...state };
    if (change.status) state.status = change.status;
    if (change.publish) state.visibility = "PUBLISHED";
    state.version += 1;
    audit(program, "program.update", change.ms, { before, after: { ...record, ...state } });
  }
  const updatedMs = Math.max(createdMs, ...changes.map((change) => change.ms));
  const publishedMs = changes.find((change) => change.publish)?.ms;

  rows.programs.push(programRow({
    id, agreementId: agreement.id, reportingOrganisationId: accountable.id, leadInstitutionId, identifier, title, summary, objectives, type, status, topics,
    plannedStart: isoDay(dates.plannedStart), plannedEnd: isoDay(dates.plannedEnd), actualStart: day(dates.actualStart), actualEnd: day(dates.actualEnd),
    currencyCode: currency, visibility: state.visibility, publishedAt: publishedMs === undefined ? null : isoInstant(publishedMs), ...details,
    version: state.version, createdAt: isoInstant(createdMs), updatedAt: isoInstant(updatedMs),
  }));
  for (const countryCode of countries) rows.programCountries.push({ programId: id, countryCode });
  for (const provision of linkedProvisions) rows.programProvisions.push({ programId: id, provisionId: provision.id });
  participants.forEach(([org, role], at) => rows.participants.push(participantRow({ id: `par-${key}-${at + 1}`, programId: id, organisationId: org.id, role, createdAt: isoInstant(createdMs) })));

  const workStart = dates.actualStart ?? dates.plannedStart;
  const context: ProgramContext = {
    key, random: r, world, rows, id, identifier, title, agreement, type, status, ...dates,
    workStart, workEnd: Math.max(workStart, Math.min(AS_OF, dates.actualEnd ?? dates.plannedEnd)),
    createdMs, currency, totalCents, countries, phrase, sector, accountable, funder, implementer, local,
    participants: participants.map(([org]) => org), actor, enteredOn, audit,
  };
  addFinance(context);
  addMonitoring(context);
  // One program in ten has an action or remediation plan; the first eighty take every plan status in turn.
  if (n % 10 === 7) addPlan(context, n < 80 ? Math.floor(n / 10) : null);
}
