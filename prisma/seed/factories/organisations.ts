import type { DbTx } from "@/lib/platform/db/create-client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { OrganisationKind, Role } from "@/lib/platform/db/generated/enums";
import { hashPassword } from "@/lib/platform/auth/password";
import { factories, row, unique } from "./row";

type OrganisationGiven = Partial<Prisma.OrganisationCreateManyInput>;

/** An organisation row; without more, an NGO with a unique name and no country. */
export function organisationRow<Given extends OrganisationGiven>(given: Given) {
  return row({ name: given.name ?? `Organisation ${unique()}`, kind: "NGO" as OrganisationKind }, given);
}

const organisations = factories((db) => db.organisation, organisationRow<OrganisationGiven>);
export const createOrganisation = (db: DbTx, given: OrganisationGiven = {}) => organisations.one(db, given);
export const createOrganisations = organisations.many;

type UserGiven = Partial<Prisma.UserUncheckedCreateInput> & Pick<Prisma.UserUncheckedCreateInput, "organisationId">;

/** A user row; without more, a civil society user with a unique email and no password. */
export function userRow<Given extends UserGiven>(given: Given) {
  return row(
    { name: "Test User", role: "CIVIL_SOCIETY" as Role },
    { ...given, email: (given.email ?? `user-${unique()}@example.test`).toLowerCase() },
  );
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
    data: userRow({ ...data, role, organisationId, passwordHash: password ? await hashPassword(password) : null }),
  });
}
