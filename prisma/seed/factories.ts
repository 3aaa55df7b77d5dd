// Factories for the tests: each fills what the caller leaves out with valid, unique values, so a
// test names only what it is about. The demo seed (./demo) writes its fixed data with createMany
// instead: it has hundreds of rows with known ids, which one create per row would only slow down.
import { randomBytes } from "node:crypto";
import type { DbTx } from "@/lib/platform/db/create-client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { hashPassword } from "@/lib/platform/auth/password";

const unique = () => randomBytes(5).toString("hex");

export async function createOrganisation(db: DbTx, data: Partial<Prisma.OrganisationUncheckedCreateInput> = {}) {
  return db.organisation.create({
    data: { name: `Organisation ${unique()}`, kind: "NGO", ...data },
  });
}

type CreateUser = Partial<Omit<Prisma.UserUncheckedCreateInput, "passwordHash">> & {
  password?: string;
  /** Makes a ministry of this country for the user when no organisation is given. */
  country?: string;
};

export async function createUser(db: DbTx, { password, country, ...data }: CreateUser = {}) {
  const role = data.role ?? "CIVIL_SOCIETY";
  const organisationId =
    data.organisationId ??
    (
      await createOrganisation(db, {
        kind: role === "GOVERNMENT" ? "GOVERNMENT_MINISTRY" : "WORKERS_ORGANISATION",
        countryCode: country ?? (role === "GOVERNMENT" ? "MX" : null),
      })
    ).id;
  return db.user.create({
    data: {
      name: "Test User",
      ...data,
      email: (data.email ?? `user-${unique()}@example.test`).toLowerCase(),
      role,
      organisationId,
      passwordHash: password ? await hashPassword(password) : null,
    },
  });
}

type CreateAgreement = Partial<Prisma.AgreementUncheckedCreateInput> & { parties?: string[] };

export async function createAgreement(db: DbTx, { parties = ["MX", "US"], ...data }: CreateAgreement = {}) {
  const shortName = data.shortName ?? `AGR-${unique()}`;
  return db.agreement.create({
    data: {
      title: `Agreement ${shortName}`,
      kind: parties.length > 2 ? "PLURILATERAL" : "BILATERAL",
      status: "IN_FORCE",
      ...data,
      shortName,
      parties: { create: parties.map((countryCode) => ({ countryCode })) },
    },
    include: { parties: true },
  });
}

type CreateProgram = Partial<Prisma.CooperationProgramUncheckedCreateInput> & { beneficiaries?: string[] };

/**
 * A program; without a reporting organisation, a new ministry of the agreement's first party in
 * alphabetical order reports it.
 */
export async function createProgram(db: DbTx, { beneficiaries = [], ...data }: CreateProgram = {}) {
  const agreement = data.agreementId
    ? await db.agreement.findUniqueOrThrow({ where: { id: data.agreementId }, include: { parties: true } })
    : await createAgreement(db);
  const firstParty = agreement.parties.map((party) => party.countryCode).sort()[0] ?? null;
  const agreementId = agreement.id;
  const reportingOrganisationId =
    data.reportingOrganisationId ?? (await createOrganisation(db, { kind: "GOVERNMENT_MINISTRY", countryCode: firstParty })).id;
  return db.cooperationProgram.create({
    data: {
      reportingOrganisationId,
      identifier: `XX-TEST-${unique()}`,
      title: "Test program",
      type: "TECHNICAL_COOPERATION",
      status: "IMPLEMENTATION",
      currencyCode: "USD",
      ...data,
      agreementId,
      beneficiaries: { create: beneficiaries.map((countryCode) => ({ countryCode })) },
    },
  });
}

type CreateTransaction = Partial<Prisma.TransactionUncheckedCreateInput> & Pick<Prisma.TransactionUncheckedCreateInput, "programId">;

/** A transaction of the program; without more, a commitment of 100 US dollars. */
export async function createTransaction(db: DbTx, data: CreateTransaction) {
  return db.transaction.create({
    data: { type: "COMMITMENT", amount: "100", currencyCode: "USD", date: new Date("2025-06-01"), ...data },
  });
}

type CreateIndicator = Partial<Omit<Prisma.IndicatorUncheckedCreateInput, "periods">> &
  Pick<Prisma.IndicatorUncheckedCreateInput, "programId"> & {
    /** Its reporting periods. */
    periods?: Omit<Prisma.IndicatorPeriodUncheckedCreateInput, "indicatorId">[];
  };

/** An output indicator counted in units, with no baseline unless one is given (a missing baseline is itself flagged). */
export async function createIndicator(db: DbTx, { periods = [], ...data }: CreateIndicator) {
  return db.indicator.create({
    data: { title: `Indicator ${unique()}`, level: "OUTPUT", measure: "UNIT", ...data, periods: { create: periods } },
    include: { periods: true },
  });
}
