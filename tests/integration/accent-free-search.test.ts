// Every list's search finds a record whatever the accents and case, and by any of the languages
// its texts are written in: "Secretaria" finds "Secretaría".
import { beforeAll, describe, expect, it } from "vitest";
import { createAgreement, createExchange, createInstitution, createOrganisation, createPlan } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
bindAppDatabase(test);

const routes = {
  institutions: (await import("@/app/api/v1/institutions/route")).GET,
  agreements: (await import("@/app/api/v1/agreements/route")).GET,
  plans: (await import("@/app/api/v1/plans/route")).GET,
  exchanges: (await import("@/app/api/v1/exchanges/route")).GET,
};

let token = "";

beforeAll(async () => {
  const db = test.db;
  const agreement = await createAgreement(db, { parties: ["MX", "US"], shortName: "ACUERDO-T", title: "Acuerdo de prueba", summary: "Cooperación en inspección del trabajo", translations: { summary: { vi: "Hợp tác thanh tra lao động" } } });
  const ministry = await createOrganisation(db, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX", name: "Secretaría del Trabajo y Previsión Social" });
  await createInstitution(db, { agreementId: agreement.id, kind: "CONTACT_POINT", name: "Punto de contacto de México", countryCode: "MX", hostOrganisationId: ministry.id });
  await createInstitution(db, { agreementId: agreement.id, kind: "MINISTERIAL_COUNCIL", name: "Comisión Laboral" });
  await createPlan(db, { agreementId: agreement.id, countryCode: "MX", ownerOrganisationId: ministry.id, title: "Plan de remediación en Querétaro", translations: { title: { fr: "Plan de réparation à Querétaro" } } });
  await createExchange(db, { agreementId: agreement.id, fromCountryCode: "MX", isPublic: true, title: "Reforma de la justicia laboral", translations: { title: { en: "Labour justice reform" } } });
  token = await tokenFor(await createActor(db, "ADMIN"));
});

async function search(list: keyof typeof routes, q: string): Promise<string[]> {
  const response = await routes[list](apiRequest(`/api/v1/${list}?q=${encodeURIComponent(q)}`, { token }), params({}));
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: { name?: string; title?: string; shortName?: string }[] };
  return body.data.map((row) => row.name ?? row.shortName ?? row.title ?? "");
}

describe("searching without accents, in any language", () => {
  it("finds an institution by its name or its host's, accents and case ignored", async () => {
    expect(await search("institutions", "comision")).toEqual(["Comisión Laboral"]);
    expect(await search("institutions", "SECRETARIA DEL TRABAJO")).toEqual(["Punto de contacto de México"]);
    expect(await search("institutions", "mexico")).toEqual(["Punto de contacto de México"]);
  });

  it("finds an agreement by its summary, in its original and in a translation", async () => {
    expect(await search("agreements", "inspeccion del trabajo")).toEqual(["ACUERDO-T"]);
    expect(await search("agreements", "thanh tra lao dong")).toEqual(["ACUERDO-T"]);
  });

  it("finds a plan and an exchange by a translated title, accents ignored", async () => {
    expect(await search("plans", "remediacion")).toEqual(["Plan de remediación en Querétaro"]);
    expect(await search("plans", "reparation a queretaro")).toEqual(["Plan de remediación en Querétaro"]);
    expect(await search("exchanges", "labour justice")).toHaveLength(1);
    expect(await search("exchanges", "justicia laboral")).toHaveLength(1);
  });

  it("takes the search's wildcards literally", async () => {
    expect(await search("institutions", "%")).toEqual([]);
    expect(await search("institutions", "_")).toEqual([]);
  });
});
