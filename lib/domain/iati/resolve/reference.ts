import "server-only";
import type { Actor } from "@/lib/platform/authz";
import { agreementActWhere, programActWhere } from "@/lib/platform/authz";
import type { DbTx } from "@/lib/platform/db";
import type { LabourTopic } from "@/lib/platform/db/generated/enums";
import { findInSlices } from "@/lib/platform/db/slices";
import { PROGRAM_RECORD_SELECT } from "@/lib/domain/programs/program-record";
import type { FileOrganisation, Problem, ReadActivity } from "../read/types";
import { checkOrganisations, matchOrganisations } from "./organisations";
import type { ResolvedOrganisation } from "./types";

/** A program of the file's identifiers as the database has it now. */
export type ExistingProgram = Awaited<ReturnType<typeof existingPrograms>>[number];

/** What resolving the activities needs of the database, read once for the whole file. */
export type Reference = {
  existingByIdentifier: Map<string, ExistingProgram>;
  /** The programs the actor may change. */
  editable: Set<string>;
  agreementByShortName: Map<string, string>;
  /** The agreements the actor may register programs for. */
  actable: Set<string>;
  institutions: { id: string; agreementId: string; name: string }[];
  provisions: { id: string; agreementId: string; article: string; topic: LabourTopic }[];
  /** Agreements by id: their short names, as a change of agreement is shown. */
  agreementNames: Map<string, string>;
  countries: Set<string>;
  currencies: Set<string>;
  organisationProblems: Map<ReadActivity, Problem[]>;
  resolveOrganisation: (organisation: FileOrganisation) => ResolvedOrganisation;
};

/** The organisation a record names, by id and name. */
const NAMED = { select: { id: true, name: true } } as const;

/**
 * The programs the file's identifiers name, with everything an update may keep or change: the
 * preview compares them field by field and record by record with what the file would write.
 */
function existingPrograms(tx: DbTx, identifiers: string[]) {
  return findInSlices(identifiers, (slice) => tx.cooperationProgram.findMany({
    where: { identifier: { in: slice } },
    select: {
      ...PROGRAM_RECORD_SELECT,
      reportingOrganisation: NAMED,
      agreement: { select: { shortName: true } },
      leadInstitution: { select: { name: true } },
      funder: NAMED,
      provisions: { select: { provisionId: true, provision: { select: { article: true } } }, orderBy: { provisionId: "asc" } },
      participants: { select: { role: true, organisation: NAMED } },
      budgets: { select: { type: true, status: true, periodStart: true, periodEnd: true, amount: true, currencyCode: true, valueDate: true } },
      transactions: { select: { type: true, date: true, amount: true, currencyCode: true, reference: true, description: true, provider: NAMED, receiver: NAMED } },
      indicators: {
        select: {
          title: true, description: true, level: true, measure: true, ascending: true, unit: true, baselineYear: true, baselineValue: true, baselineText: true,
          periods: { select: { periodStart: true, periodEnd: true, targetValue: true, targetText: true, actualValue: true, actualText: true, comment: true } },
        },
      },
      documents: { select: { url: true, title: true, category: true } },
    },
  }));
}

/** Reads, in slices where the file decides how many, the programs, agreements, countries, currencies and organisations the activities name. */
export async function loadReference(tx: DbTx, actor: Actor, activities: ReadActivity[], defaultAgreementId: string | null): Promise<Reference> {
  const identifiers = activities.map((activity) => activity.identifier).filter(Boolean);
  const existing = await existingPrograms(tx, identifiers);
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
  // The organisations are checked (and corrected) before they are matched.
  const organisationProblems = new Map(activities.map((read) => [read, checkOrganisations(read, countries)]));
  const resolveOrganisation = await matchOrganisations(tx, activities);
  const agreementNames = new Map(agreements.map((agreement) => [agreement.id, agreement.shortName]));
  return { existingByIdentifier, editable, agreementByShortName, agreementNames, actable, institutions, provisions, countries, currencies, organisationProblems, resolveOrganisation };
}
