// The demo organisations and the demo accounts. Both are looked up before they are created, so
// this part runs safely on every seed, with or without the rest of the demo data.
import type { DbTx } from "@/lib/platform/db/create-client";
import { createOrganisations, userRow } from "@/prisma/seed/factories";
import { newId, Registry } from "./context";
import { demoAccounts, organisations } from "./organisations";

const orgKey = (name: string, country: string | null) => `${name}\u0000${country ?? ""}`;

/** Creates the demo organisations that do not exist yet; returns all of them by key. */
export async function ensureOrganisations(tx: DbTx): Promise<Registry> {
  const existing = await tx.organisation.findMany({
    where: { name: { in: organisations.map((o) => o.name) } },
    select: { id: true, name: true, countryCode: true },
  });
  const found = new Map(existing.map((o) => [orgKey(o.name, o.countryCode), o.id]));
  const registry = new Registry("organisation");
  const missing = organisations.filter((o) => !found.has(orgKey(o.name, o.country)));
  const iatiTaken = new Set(
    (
      await tx.organisation.findMany({
        where: { iatiIdentifier: { in: missing.flatMap((o) => (o.iati ? [o.iati] : [])) } },
        select: { iatiIdentifier: true },
      })
    ).map((o) => o.iatiIdentifier),
  );
  for (const o of organisations) registry.add(o.key, found.get(orgKey(o.name, o.country)));
  await createOrganisations(
    tx,
    missing.map((o) => ({
      id: registry.id(o.key),
      name: o.name,
      acronym: o.acronym,
      kind: o.kind,
      countryCode: o.country,
      iatiIdentifier: o.iati && !iatiTaken.has(o.iati) ? o.iati : null,
    })),
  );
  return registry;
}

/** Creates the demo accounts that do not exist yet (by email); an existing account is left as it is. */
export async function upsertDemoAccounts(tx: DbTx, orgs: Registry, passwordHash: string): Promise<Registry> {
  const users = new Registry("user");
  for (const account of demoAccounts) {
    const user = await tx.user.upsert({
      where: { email: account.email },
      update: {},
      create: userRow({
        id: newId(),
        email: account.email,
        name: account.name,
        role: account.role,
        organisationId: orgs.id(account.organisation),
        passwordHash,
      }),
      select: { id: true },
    });
    users.add(account.email, user.id);
  }
  return users;
}
