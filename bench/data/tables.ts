// The bench data's rows, table by table, and how they reach PostgreSQL: one statement per table
// and batch, INSERT … SELECT FROM json_populate_recordset(…), whose single parameter is the batch
// as JSON. It never meets the 65,535-parameter limit of a multi-row VALUES list, PostgreSQL parses
// and plans it once per batch, and JSON.stringify is several times faster than pg's conversion
// of JavaScript arrays into array literals, which was half of the generator's own time.
// Each row is built by the same row builder as the tests' and the demo seed's factories
// (prisma/seed/factories: programRow, transactionRow …), given every column it writes.
import type pg from "pg";
import type * as E from "@/lib/platform/db/generated/enums";

// Dates are "YYYY-MM-DD", timestamps ISO strings, money decimal strings: what the columns read exactly.
type Day = string;
type Time = string;
type Money = string;

/** A table and the shape of its rows; a row's keys are the columns it writes, the others take their defaults. */
export type TableSpec<Row> = { readonly name: string; readonly row?: Row };

const spec = <Row>(name: string): TableSpec<Row> => ({ name });

export type OrganisationRow = { id: string; name: string; acronym: string | null; kind: E.OrganisationKind; countryCode: string | null; iatiIdentifier: string | null; createdAt: Time; updatedAt: Time };
export type UserRow = { id: string; email: string; name: string; role: E.Role; organisationId: string; createdAt: Time; updatedAt: Time };
export type AgreementRow = { id: string; title: string; shortName: string; kind: E.AgreementKind; status: E.AgreementStatus; signedOn: Day | null; inForceOn: Day | null; summary: string; website: string | null; createdAt: Time; updatedAt: Time };
export type AgreementPartyRow = { agreementId: string; countryCode: string };
export type ProvisionRow = { id: string; agreementId: string; article: string; category: E.ProvisionCategory; topic: E.LabourTopic; title: string; text: string; createdAt: Time; updatedAt: Time };
export type InstitutionRow = {
  id: string; agreementId: string; kind: E.InstitutionKind; name: string; countryCode: string | null; hostOrganisationId: string | null;
  contactName: string | null; contactEmail: string | null; contactPhone: string | null; address: string | null; website: string | null; mandate: string; createdAt: Time; updatedAt: Time;
};
export type ProgramRow = {
  id: string; agreementId: string; reportingOrganisationId: string; leadInstitutionId: string | null; identifier: string; title: string; summary: string; objectives: string;
  type: E.ProgramType; status: E.ProgramStatus; topics: E.LabourTopic[]; plannedStart: Day; plannedEnd: Day; actualStart: Day | null; actualEnd: Day | null;
  currencyCode: string; visibility: E.Visibility; publishedAt: Time | null; funderId: string | null; fundingAmount: Money | null; expertiseArea: string | null;
  researchQuestions: string | null; researchOutputs: string | null; exchangeSubject: string | null; exchangeBetween: string | null; version: number; createdAt: Time; updatedAt: Time;
};
export type ProgramCountryRow = { programId: string; countryCode: string };
export type ProgramProvisionRow = { programId: string; provisionId: string };
export type ParticipantRow = { id: string; programId: string; organisationId: string; role: E.ParticipantRole; createdAt: Time };
export type BudgetRow = { id: string; programId: string; type: E.BudgetType; status: E.BudgetStatus; periodStart: Day; periodEnd: Day; amount: Money; currencyCode: string; valueDate: Day; createdAt: Time; updatedAt: Time };
export type TransactionRow = {
  id: string; programId: string; type: E.TransactionType; date: Day; amount: Money; currencyCode: string; providerId: string | null; receiverId: string | null;
  reference: string | null; description: string; createdAt: Time; updatedAt: Time;
};
export type IndicatorRow = {
  id: string; programId: string; title: string; description: string; level: E.ResultLevel; measure: E.IndicatorMeasure; ascending: boolean;
  baselineYear: number | null; baselineValue: Money | null; baselineText: string | null; unit: string | null; createdAt: Time; updatedAt: Time;
};
export type PeriodRow = {
  id: string; indicatorId: string; periodStart: Day; periodEnd: Day; dueDate: Day; targetValue: Money | null; targetText: string | null; actualValue: Money | null;
  actualText: string | null; comment: string | null; reportedById: string | null; reportedAt: Time | null; createdAt: Time; updatedAt: Time;
};
export type EventRow = { id: string; programId: string; kind: E.EventKind; title: string; startDate: Day; endDate: Day | null; place: string | null; summary: string; createdAt: Time; updatedAt: Time };
export type AttendanceRow = { id: string; eventId: string; organisationId: string | null; constituency: E.Constituency; women: number; men: number; createdAt: Time; updatedAt: Time };
export type DocumentRow = { id: string; title: string; category: string; url: string; languageCode: string; documentDate: Day; programId: string; uploadedById: string | null; createdAt: Time };
export type PlanRow = {
  id: string; kind: E.PlanKind; title: string; agreementId: string; countryCode: string; programId: string | null; origin: E.PlanOrigin; originDetail: string;
  ownerOrganisationId: string; objectives: string; status: E.PlanStatus; submittedAt: Time | null; createdById: string | null; createdAt: Time; updatedAt: Time;
};
export type MeasureRow = {
  id: string; planId: string; title: string; description: string; responsibleOrganisationId: string; dueDate: Day; status: E.MeasureStatus;
  verifiedById: string | null; verifiedAt: Time | null; createdAt: Time; updatedAt: Time;
};
export type ReviewRow = { id: string; planId: string; analystId: string; decision: E.ReviewDecision; comment: string; createdAt: Time };
export type AuditRow = { id: string; at: Time; actorId: string | null; action: string; entityType: string; entityId: string; before: unknown; after: unknown; requestId: string };

// In foreign-key order: a batch is written top to bottom.
export const TABLES = {
  organisations: spec<OrganisationRow>("Organisation"),
  users: spec<UserRow>("User"),
  agreements: spec<AgreementRow>("Agreement"),
  agreementParties: spec<AgreementPartyRow>("AgreementParty"),
  provisions: spec<ProvisionRow>("LabourProvision"),
  institutions: spec<InstitutionRow>("Institution"),
  programs: spec<ProgramRow>("CooperationProgram"),
  programCountries: spec<ProgramCountryRow>("ProgramCountry"),
  programProvisions: spec<ProgramProvisionRow>("ProgramProvision"),
  participants: spec<ParticipantRow>("Participant"),
  budgets: spec<BudgetRow>("Budget"),
  transactions: spec<TransactionRow>("Transaction"),
  indicators: spec<IndicatorRow>("Indicator"),
  periods: spec<PeriodRow>("IndicatorPeriod"),
  events: spec<EventRow>("Event"),
  attendances: spec<AttendanceRow>("Attendance"),
  documents: spec<DocumentRow>("Document"),
  plans: spec<PlanRow>("Plan"),
  measures: spec<MeasureRow>("Measure"),
  reviews: spec<ReviewRow>("Review"),
  auditEvents: spec<AuditRow>("AuditEvent"),
} as const;

export type TableKey = keyof typeof TABLES;
type RowOf<K extends TableKey> = (typeof TABLES)[K] extends TableSpec<infer Row> ? Row : never;

/** Rows waiting to be written, per table. */
export type Rows = { [K in TableKey]: RowOf<K>[] };

export const emptyRows = (): Rows => Object.fromEntries(Object.keys(TABLES).map((key) => [key, []])) as unknown as Rows;

/** Writes every table's rows in foreign-key order, returning how many went into each. */
export async function writeRows(client: pg.ClientBase, rows: Rows): Promise<Partial<Record<TableKey, number>>> {
  const written: Partial<Record<TableKey, number>> = {};
  for (const key of Object.keys(TABLES) as TableKey[]) {
    const list = rows[key] as object[];
    if (list.length === 0) continue;
    // Every row of a table is made by the same object literal, so the first one names the columns.
    const columns = Object.keys(list[0]!).map((column) => `"${column}"`).join(", ");
    const table = `"${TABLES[key].name}"`;
    await client.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1::json)`, [JSON.stringify(list)]);
    written[key] = list.length;
  }
  return written;
}
