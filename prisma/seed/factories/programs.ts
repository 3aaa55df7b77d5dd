import type { DbTx } from "@/lib/platform/db/create-client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { ParticipantRole, ProgramStatus, ProgramType } from "@/lib/platform/db/generated/enums";
import { createAgreement } from "./agreements";
import { createOrganisation } from "./organisations";
import { factories, row, unique } from "./row";

type ProgramGiven = Partial<Prisma.CooperationProgramUncheckedCreateInput> &
  Pick<Prisma.CooperationProgramUncheckedCreateInput, "agreementId" | "reportingOrganisationId">;

/** A program row; without more, technical cooperation in implementation, in US dollars, with a unique identifier. */
export function programRow<Given extends ProgramGiven>(given: Given) {
  return row(
    {
      identifier: given.identifier ?? `XX-TEST-${unique()}`,
      title: "Test program",
      type: "TECHNICAL_COOPERATION" as ProgramType,
      status: "IMPLEMENTATION" as ProgramStatus,
      currencyCode: "USD",
    },
    given,
  );
}

type CreateProgram = Partial<Prisma.CooperationProgramUncheckedCreateInput> & { beneficiaries?: string[] };

/**
 * A program; without an agreement, a new one between Mexico and the United States; without a
 * reporting organisation, a new ministry of the agreement's first party in alphabetical order.
 */
export async function createProgram(db: DbTx, { beneficiaries = [], ...data }: CreateProgram = {}) {
  const agreement = data.agreementId
    ? await db.agreement.findUniqueOrThrow({ where: { id: data.agreementId }, include: { parties: true } })
    : await createAgreement(db);
  const firstParty = agreement.parties.map((party) => party.countryCode).sort()[0] ?? null;
  const reportingOrganisationId =
    data.reportingOrganisationId ?? (await createOrganisation(db, { kind: "GOVERNMENT_MINISTRY", countryCode: firstParty })).id;
  return db.cooperationProgram.create({
    data: {
      ...programRow({ ...data, agreementId: agreement.id, reportingOrganisationId }),
      beneficiaries: { create: beneficiaries.map((countryCode) => ({ countryCode })) },
    },
  });
}

/** Programs in one insert, each row as `programRow` makes it; no beneficiaries or participants. */
export async function createPrograms(db: DbTx, data: Prisma.CooperationProgramCreateManyInput[]) {
  return db.cooperationProgram.createMany({ data: data.map(programRow) });
}

type ParticipantGiven = Partial<Prisma.ParticipantCreateManyInput> & Pick<Prisma.ParticipantCreateManyInput, "programId" | "organisationId">;

/** A participant row; without a role, the implementer. */
export function participantRow<Given extends ParticipantGiven>(given: Given) {
  return row({ role: "IMPLEMENTER" as ParticipantRole }, given);
}

export const { one: createParticipant, many: createParticipants } = factories((db) => db.participant, participantRow<ParticipantGiven>);
