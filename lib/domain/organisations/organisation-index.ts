import "server-only";
import type { DbTx } from "@/lib/platform/db";
import type { OrganisationKind } from "@/lib/platform/db/generated/enums";

const SELECT = { id: true, name: true, acronym: true, iatiIdentifier: true, countryCode: true, kind: true } as const;

export type IndexedOrganisation = { id: string; name: string; acronym: string | null; iatiIdentifier: string | null; countryCode: string | null; kind: OrganisationKind };

/**
 * The register's organisations by how an import names them: lower-cased name, acronym and IATI
 * identifier. A key two organisations share maps to null, so that an import says it is ambiguous
 * instead of guessing.
 */
export async function organisationIndex(tx: Pick<DbTx, "organisation">): Promise<Map<string, IndexedOrganisation | null>> {
  const index = new Map<string, IndexedOrganisation | null>();
  for (const organisation of await tx.organisation.findMany({ select: SELECT })) {
    for (const key of [organisation.name, organisation.acronym, organisation.iatiIdentifier]) {
      if (!key) continue;
      const normal = key.trim().toLowerCase();
      index.set(normal, index.has(normal) && index.get(normal)?.id !== organisation.id ? null : organisation);
    }
  }
  return index;
}
