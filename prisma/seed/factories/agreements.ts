import type { DbTx } from "@/lib/platform/db/create-client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { AgreementKind, AgreementStatus, InstitutionKind, LabourTopic, ProvisionCategory } from "@/lib/platform/db/generated/enums";
import { factories, row, unique } from "./row";

type AgreementGiven = Partial<Prisma.AgreementCreateManyInput>;

/** An agreement row; without more, a bilateral agreement in force with a unique short name. */
export function agreementRow<Given extends AgreementGiven>(given: Given) {
  const shortName = given.shortName ?? `AGR-${unique()}`;
  return row({ title: `Agreement ${shortName}`, kind: "BILATERAL" as AgreementKind, status: "IN_FORCE" as AgreementStatus }, { ...given, shortName });
}

type CreateAgreement = AgreementGiven & { parties?: string[] };

/** An agreement with its parties (Mexico and the United States unless told); more than two parties make it plurilateral. */
export async function createAgreement(db: DbTx, { parties = ["MX", "US"], ...data }: CreateAgreement = {}) {
  return db.agreement.create({
    data: {
      ...agreementRow({ kind: parties.length > 2 ? "PLURILATERAL" : "BILATERAL", ...data }),
      parties: { create: parties.map((countryCode) => ({ countryCode })) },
    },
    include: { parties: true },
  });
}

export async function createAgreements(db: DbTx, data: Prisma.AgreementCreateManyInput[]) {
  return db.agreement.createMany({ data: data.map(agreementRow) });
}

type ProvisionGiven = Partial<Prisma.LabourProvisionCreateManyInput> & Pick<Prisma.LabourProvisionCreateManyInput, "agreementId">;

/** A provision row; without more, an obligation on forced labour under a unique article. */
export function provisionRow<Given extends ProvisionGiven>(given: Given) {
  const article = given.article ?? `Art. ${unique()}`;
  return row(
    { category: "OBLIGATIONS" as ProvisionCategory, topic: "FORCED_LABOUR" as LabourTopic, title: `Provision ${article}`, text: "Text." },
    { ...given, article },
  );
}

export const { one: createProvision, many: createProvisions } = factories((db) => db.labourProvision, provisionRow<ProvisionGiven>);

type InstitutionGiven = Partial<Prisma.InstitutionCreateManyInput> & Pick<Prisma.InstitutionCreateManyInput, "agreementId">;

/** An institution row; without more, the agreement's ministerial council. */
export function institutionRow<Given extends InstitutionGiven>(given: Given) {
  return row({ kind: "MINISTERIAL_COUNCIL" as InstitutionKind, name: given.name ?? `Council ${unique()}` }, given);
}

export const { one: createInstitution, many: createInstitutions } = factories((db) => db.institution, institutionRow<InstitutionGiven>);
