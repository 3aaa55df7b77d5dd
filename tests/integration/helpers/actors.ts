import { randomUUID } from "node:crypto";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import type { Actor } from "@/lib/platform/authz";
import type { Db } from "@/lib/platform/db/create-client";
import type { Role } from "@/lib/platform/db/generated/enums";
import { createOrganisation, createUser } from "@/prisma/seed/factories";

/** A user of `role` (for GOVERNMENT, of a ministry of `country`) as the Actor the app would load. */
export async function createActor(db: Db, role: Role, { country = "MX", organisationId }: { country?: string; organisationId?: string } = {}): Promise<Actor> {
  const { organisation, user } = await db.$transaction(async (tx) => {
    const organisation = organisationId
      ? await tx.organisation.findUniqueOrThrow({ where: { id: organisationId } })
      : await createOrganisation(tx, {
          kind: role === "GOVERNMENT" ? "GOVERNMENT_MINISTRY" : role === "CIVIL_SOCIETY" ? "WORKERS_ORGANISATION" : "OTHER",
          countryCode: role === "GOVERNMENT" || role === "CIVIL_SOCIETY" ? country : null,
        });
    return { organisation, user: await createUser(tx, { role, organisationId: organisation.id }) };
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role,
    organisationId: organisation.id,
    organisationName: organisation.name,
    countryCode: organisation.countryCode,
  };
}

/** The context a mutation runs with, for `actor`. */
export function contextFor(actor: Actor | null): ActionContext {
  return { actor, requestId: randomUUID() };
}
