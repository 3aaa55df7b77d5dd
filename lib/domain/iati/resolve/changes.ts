import "server-only";
import type { TCreateProgram } from "@/lib/domain/programs/schemas";
import { programColumns } from "@/lib/domain/programs/program-rules";
import { ORGANISATION_ROLE } from "../codes";
import { readTranslations } from "../translations";
import type { FileOrganisation, ReadActivity } from "../read/types";
import type { ExistingProgram, Reference } from "./reference";
import type { ActivityChanges, FieldValue, RecordChanges, RecordKind, RecordValues, ResolvedActivity, ResolvedOrganisation } from "./types";

/** At most this many records of a kind are listed as added, removed or changed; the rest are counted. */
const LISTED = 25;

const day = (value: Date | null | undefined) => (value ? value.toISOString().slice(0, 10) : null);
/** A decimal as stored, without trailing zeros: "4500000.00" and 4500000 read the same. */
const decimal = (value: { toFixed(): string } | string | null | undefined) => (value === null || value === undefined ? null : typeof value === "string" ? canonical(value) : value.toFixed());

function canonical(value: string): string {
  const [whole = "", fraction = ""] = value.replace(/^(-?)0+(?=\d)/, "$1").split(".");
  const digits = fraction.replace(/0+$/, "");
  return digits ? `${whole}.${digits}` : whole;
}

/** A record as compared: the slot it fills (a budget's period), what makes it the same, and what is shown. */
type Described = { slot: string; same: string; values: RecordValues };

/**
 * Compares what a program has with what the file would write in its place. Records equal in every
 * value are unchanged; of the others, one that fills the same slot (a budget of the same period, a
 * transaction of the same reference) is changed, and the rest are added or removed.
 */
export function compareRecords<A, B>(now: A[], next: B[], describeNow: (item: A) => Described, describeNext: (item: B) => Described): RecordChanges {
  const before = now.map(describeNow);
  const after = next.map(describeNext);
  const waiting = new Map<string, number>();
  for (const item of before) waiting.set(item.same, (waiting.get(item.same) ?? 0) + 1);
  let unchanged = 0;
  const remaining: Described[] = [];
  for (const item of after) {
    const count = waiting.get(item.same) ?? 0;
    if (count > 0) {
      waiting.set(item.same, count - 1);
      unchanged += 1;
    } else remaining.push(item);
  }
  const left: Described[] = [];
  for (const item of before) {
    const count = waiting.get(item.same) ?? 0;
    if (count > 0) {
      waiting.set(item.same, count - 1);
      left.push(item);
    }
  }
  const changed: RecordChanges["changed"] = [];
  const added: RecordValues[] = [];
  for (const item of remaining) {
    const index = left.findIndex((candidate) => candidate.slot === item.slot);
    if (index >= 0) changed.push({ from: left.splice(index, 1)[0]!.values, to: item.values });
    else added.push(item.values);
  }
  const removed = left.map((item) => item.values);
  const unlisted = Math.max(0, added.length - LISTED) + Math.max(0, removed.length - LISTED) + Math.max(0, changed.length - LISTED);
  return { added: added.slice(0, LISTED), removed: removed.slice(0, LISTED), changed: changed.slice(0, LISTED), unchanged, unlisted };
}

/** Records the update leaves as they are. */
const kept = (count: number): RecordChanges => ({ added: [], removed: [], changed: [], unchanged: count, unlisted: 0 });

/** Field order does not make two records differ. */
const described = (slot: string, values: RecordValues, identity: RecordValues = values): Described => ({ slot, same: JSON.stringify(Object.entries(identity).sort(([a], [b]) => a.localeCompare(b))), values });

/** The name and identity of an organisation of the file, as resolved. */
function organisationOf(resolved: ResolvedOrganisation | undefined, named: FileOrganisation | undefined) {
  if (!resolved) return { name: null, identity: null };
  return { name: resolved.create?.name ?? named?.name ?? null, identity: resolved.id ?? resolved.key };
}

/**
 * What updating `current` with the resolved activity changes: the program's fields from → to (only
 * those that differ; the count of the others), and its records of each kind.
 */
export function changesOf(current: ExistingProgram, resolved: ResolvedActivity, program: TCreateProgram, reference: Reference): ActivityChanges {
  const { read } = resolved;
  const columns = programColumns(program);
  const institution = (id: string | null | undefined) => (id ? (reference.institutions.find((candidate) => candidate.id === id)?.name ?? null) : null);
  const articles = (ids: string[]) => ids.map((id) => reference.provisions.find((provision) => provision.id === id)?.article ?? "").sort();
  const funder = organisationOf(resolved.funder, read.funder);
  const fields: [string, FieldValue, FieldValue][] = [
    ["agreement", current.agreement.shortName, reference.agreementNames.get(program.agreementId) ?? null],
    ["leadInstitution", current.leadInstitution?.name ?? null, institution(program.leadInstitutionId)],
    ["title", current.title, program.title],
    ["summary", current.summary, program.summary],
    ["objectives", current.objectives, program.objectives],
    ["languageCode", current.language, read.language.slice(0, 3)],
    ["type", current.type, program.type],
    ["status", current.status, program.status],
    ["topics", [...current.topics].sort(), [...program.topics].sort()],
    ["beneficiaryCountries", current.beneficiaries.map((country) => country.countryCode).sort(), [...program.beneficiaryCountries].sort()],
    ["provisions", current.provisions.map((provision) => provision.provision.article).sort(), articles(program.provisionIds)],
    ["plannedStart", day(current.plannedStart), day(program.plannedStart)],
    ["plannedEnd", day(current.plannedEnd), day(program.plannedEnd)],
    ["actualStart", day(current.actualStart), day(program.actualStart)],
    ["actualEnd", day(current.actualEnd), day(program.actualEnd)],
    ["currencyCode", current.currencyCode, program.currencyCode],
    ["funder", current.funder?.name ?? null, program.type === "FINANCIAL_ASSISTANCE" ? funder.name : null],
    ["fundingAmount", decimal(current.fundingAmount), decimal(columns.fundingAmount)],
    ["expertiseArea", current.expertiseArea, columns.expertiseArea ?? null],
    ["researchQuestions", current.researchQuestions, columns.researchQuestions ?? null],
    ["researchOutputs", current.researchOutputs, columns.researchOutputs ?? null],
    ["exchangeSubject", current.exchangeSubject, columns.exchangeSubject ?? null],
    ["exchangeBetween", current.exchangeBetween, columns.exchangeBetween ?? null],
  ];
  const differ = (from: FieldValue, to: FieldValue) => JSON.stringify(from) !== JSON.stringify(to);
  const changedFields = fields.filter(([, from, to]) => differ(from, to)).map(([field, from, to]) => ({ field, from, to }));

  const records: Partial<Record<RecordKind, RecordChanges>> = {
    participants: participantChanges(current, resolved),
    budgets: resolved.budgets.length ? budgetChanges(current, resolved) : kept(current.budgets.length),
    transactions: resolved.transactions.length ? transactionChanges(current, resolved) : kept(current.transactions.length),
    ...(read.indicators.length ? resultChanges(current, read) : { indicators: kept(current.indicators.length), periods: kept(current.indicators.reduce((total, indicator) => total + indicator.periods.length, 0)) }),
    documents: documentChanges(current, read),
    languages: languageChanges(current, read),
  };
  return { fields: changedFields, unchangedFields: fields.length - changedFields.length, records, currencyCode: program.currencyCode };
}

/** Whether the update would change nothing at all. */
export function changesNothing(changes: ActivityChanges): boolean {
  return changes.fields.length === 0 && Object.values(changes.records).every((record) => !record.added.length && !record.removed.length && !record.changed.length && !record.unlisted);
}

/** The participants the update replaces: all, from a tracker's file; else those of IATI's roles. */
function participantChanges(current: ExistingProgram, resolved: ResolvedActivity): RecordChanges {
  if (resolved.read.keepsParticipants) return kept(current.participants.length);
  const replaced = current.participants.filter((participant) => resolved.read.fromTracker || ORGANISATION_ROLE[participant.role]);
  const changes = compareRecords(
    replaced,
    resolved.participants,
    ({ role, organisation }) => described(organisation.id, { role, organisation: organisation.name }, { role, id: organisation.id }),
    ({ role, organisation, name }) => {
      const identity = organisation.id ?? organisation.key;
      return described(identity, { role, organisation: name }, { role, id: identity });
    },
  );
  return { ...changes, unchanged: changes.unchanged + current.participants.length - replaced.length };
}

function budgetChanges(current: ExistingProgram, resolved: ResolvedActivity): RecordChanges {
  const values = (budget: { type: string; status: string; periodStart: Date; periodEnd: Date; amount: string | null; currencyCode: string; valueDate?: Date | null }) =>
    described(`${budget.type}|${day(budget.periodStart)}|${day(budget.periodEnd)}`, {
      type: budget.type,
      status: budget.status,
      periodStart: day(budget.periodStart),
      periodEnd: day(budget.periodEnd),
      amount: budget.amount,
      currencyCode: budget.currencyCode,
      valueDate: day(budget.valueDate ?? budget.periodStart),
    });
  return compareRecords(
    current.budgets,
    resolved.budgets,
    (budget) => values({ ...budget, amount: decimal(budget.amount) }),
    (budget) => values({ ...budget, amount: decimal(budget.amount) }),
  );
}

function transactionChanges(current: ExistingProgram, resolved: ResolvedActivity): RecordChanges {
  type Shown = { type: string; date: Date; amount: string | null; currencyCode: string; reference: string | null; description: string };
  const values = (transaction: Shown, provider: { name: string | null; identity: string | null }, receiver: { name: string | null; identity: string | null }) => {
    const shown = {
      type: transaction.type,
      date: day(transaction.date),
      amount: transaction.amount,
      currencyCode: transaction.currencyCode,
      provider: provider.name,
      receiver: receiver.name,
      reference: transaction.reference,
      description: transaction.description || null,
    };
    return described(transaction.reference ?? `${transaction.type}|${day(transaction.date)}`, shown, { ...shown, provider: provider.identity, receiver: receiver.identity });
  };
  const ours = (organisation: { id: string; name: string } | null) => ({ name: organisation?.name ?? null, identity: organisation?.id ?? null });
  const files = new Map(resolved.read.transactions.map((transaction) => [transaction.input, transaction]));
  return compareRecords(
    current.transactions,
    resolved.transactions,
    (transaction) => values({ ...transaction, amount: decimal(transaction.amount) }, ours(transaction.provider), ours(transaction.receiver)),
    (transaction) => {
      const named = files.get(transaction.input);
      return values(
        { ...transaction.input, amount: decimal(transaction.input.amount), reference: transaction.input.reference ?? null },
        organisationOf(transaction.provider, named?.provider),
        organisationOf(transaction.receiver, named?.receiver),
      );
    },
  );
}

function resultChanges(current: ExistingProgram, read: ReadActivity): Pick<ActivityChanges["records"], "indicators" | "periods"> {
  const indicator = (value: { title: string; description: string; level: string; measure: string; baselineYear?: number | null; baseline: string | null; unit?: string | null; ascending: boolean }) =>
    described(value.title, { ...value, baselineYear: value.baselineYear ?? null, unit: value.unit ?? null });
  type Period = { indicator: string; periodStart: Date; periodEnd: Date; target: string | null; actual: string | null; comment: string | null | undefined };
  const period = (value: Period) =>
    described(`${value.indicator}|${day(value.periodStart)}`, { ...value, periodStart: day(value.periodStart), periodEnd: day(value.periodEnd), comment: value.comment ?? null });
  const valueOf = (number: { toFixed(): string } | null, text: string | null) => decimal(number) ?? text;
  const given = (value: string | undefined, measure: string) => (value === undefined ? null : measure === "QUALITATIVE" ? value : decimal(value));
  return {
    indicators: compareRecords(
      current.indicators,
      read.indicators,
      ({ periods: _periods, baselineValue, baselineText, ...rest }) => indicator({ ...rest, baseline: valueOf(baselineValue, baselineText) }),
      ({ input: { baseline, ...rest } }) => indicator({ ...rest, baseline: given(baseline, rest.measure) }),
    ),
    periods: compareRecords(
      current.indicators.flatMap((parent) => parent.periods.map((value) => ({ parent, value }))),
      read.indicators.flatMap((parent) => parent.periods.map((value) => ({ parent, value }))),
      ({ parent, value: { targetValue, targetText, actualValue, actualText, ...value } }) =>
        period({ indicator: parent.title, ...value, target: valueOf(targetValue, targetText), actual: valueOf(actualValue, actualText) }),
      ({ parent, value }) => period({ indicator: parent.input.title, ...value, target: given(value.target, parent.input.measure), actual: given(value.actual, parent.input.measure) }),
    ),
  };
}

/** Documents are added by address, never removed: those the program has stay. */
function documentChanges(current: ExistingProgram, read: ReadActivity): RecordChanges {
  const known = new Set(current.documents.map((document) => document.url));
  const added = read.documents.filter((document) => !known.has(document.input.url)).map((document) => ({ title: document.input.title, url: document.input.url }));
  return { added: added.slice(0, LISTED), removed: [], changed: [], unchanged: current.documents.length, unlisted: Math.max(0, added.length - LISTED) };
}

/** The title, summary and objectives in other languages, language by language. */
function languageChanges(current: ExistingProgram, read: ReadActivity): RecordChanges {
  const byLanguage = (translations: Record<string, Record<string, string>>) => {
    const languages = new Map<string, RecordValues>();
    for (const field of ["title", "summary", "objectives"]) {
      for (const [languageCode, text] of Object.entries(translations[field] ?? {})) {
        languages.set(languageCode, { ...(languages.get(languageCode) ?? { languageCode }), [field]: text });
      }
    }
    return [...languages.values()];
  };
  const describe = (values: RecordValues) => described(String(values.languageCode), values);
  return compareRecords(byLanguage(readTranslations(current.translations)), byLanguage(read.translations), describe, describe);
}
