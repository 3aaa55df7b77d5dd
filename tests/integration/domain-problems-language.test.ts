// The refusals of programs, funding, monitoring, participation, plans and exchanges reach an API
// client in the language its Accept-Language asks for, with the record's data as it is.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createAgreement, createOrganisation, createProgram } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const programRoute = await import("@/app/api/v1/programs/[id]/route");
const budgetsRoute = await import("@/app/api/v1/programs/[id]/budgets/route");
const importRoute = await import("@/app/api/v1/programs/[id]/transactions/import/route");
const indicatorsRoute = await import("@/app/api/v1/programs/[id]/indicators/route");
const eventsRoute = await import("@/app/api/v1/programs/[id]/events/route");
const plansRoute = await import("@/app/api/v1/plans/route");
const exchangeRoute = await import("@/app/api/v1/exchanges/[id]/route");

const test = provideTestDatabase();
bindAppDatabase(test);

let admin = "";
let ministry = "";
const refs = { agreementId: "", programId: "", programVersion: 0, ownerId: "" };

beforeAll(async () => {
  const setup = await test.db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const stps = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX", name: "Secretaría del Trabajo", acronym: "STPS" });
    const program = await createProgram(tx, {
      agreementId: agreement.id,
      currencyCode: "USD",
      status: "PIPELINE",
      visibility: "PUBLISHED",
      reportingOrganisationId: stps.id,
      participants: { create: [{ organisationId: stps.id, role: "ACCOUNTABLE" }] },
    });
    return { agreement, stps, program };
  });
  Object.assign(refs, { agreementId: setup.agreement.id, programId: setup.program.id, programVersion: setup.program.version, ownerId: setup.stps.id });
  admin = await tokenFor(await createActor(test.db, "ADMIN"));
  ministry = await tokenFor(await createActor(test.db, "GOVERNMENT", { organisationId: setup.stps.id }));
});

type ErrorBody = { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } };
const errorOf = async (response: Response) => ({ status: response.status, ...((await response.json()) as ErrorBody).error });

describe("refusals in the client's language", () => {
  it("programs: a missing program and an impossible status change, the statuses named in Spanish", async () => {
    const missing = await errorOf(await programRoute.GET(apiRequest("/api/v1/programs/nope", { token: admin, language: "es" }), params({ id: "nope" })));
    expect(missing).toMatchObject({ status: 404, code: "NOT_FOUND", message: "No tiene acceso a ningún programa con este identificador." });

    const body = { version: refs.programVersion, status: "CLOSED", expertiseArea: "Labour inspection" };
    const path = `/api/v1/programs/${refs.programId}`;
    const refused = await errorOf(await programRoute.PATCH(apiRequest(path, { token: admin, method: "PATCH", body, language: "es" }), params({ id: refs.programId })));
    expect(refused, JSON.stringify(refused)).toMatchObject({ status: 400 });
    expect(refused.fieldErrors?.status, JSON.stringify(refused)).toEqual([
      "Un programa no puede pasar de «En preparación» a «Cerrado». Desde «En preparación» puede pasar a En ejecución, Suspendido o Cancelado.",
    ]);
  });

  it("funding: a budget over a year, and the rows of an import preview, in French", async () => {
    const budget = { type: "ORIGINAL", status: "COMMITTED", periodStart: "2026-01-01", periodEnd: "2027-06-30", amount: "1000", currencyCode: "USD" };
    const path = `/api/v1/programs/${refs.programId}/budgets`;
    const refused = await errorOf(await budgetsRoute.POST(apiRequest(path, { token: admin, method: "POST", body: budget, language: "fr" }), params({ id: refs.programId })));
    expect(refused).toMatchObject({ status: 400, message: "La requête contient des champs non valides." });
    expect(refused.fieldErrors?.periodEnd).toEqual(["Une période budgétaire dure au plus un an (IATI) ; découpez les budgets plus longs par année."]);

    const form = new FormData();
    form.set("file", new File(["type,date,amount,currency,provider\nDISBURSEMENT,2026-03-20,10,USD,Nobody Inc.\nDISBURSEMENT,2026-03-20,N/A,USD,"], "t.csv", { type: "text/csv" }));
    const request = new Request(`http://localhost/api/v1/programs/${refs.programId}/transactions/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${ministry}`, "accept-language": "fr-FR" },
      body: form,
    });
    const preview = (await (await importRoute.POST(request, params({ id: refs.programId }))).json()) as { data: { rows: { reasons: string[] }[] } };
    expect(preview.data.rows[0]!.reasons).toEqual(["provider : aucune organisation ne s’appelle « Nobody Inc. »."]);
    expect(preview.data.rows[1]!.reasons[0]).toMatch(/^amount : Saisissez un montant/);
  });

  it("funding: an unreadable import file is refused in Spanish", async () => {
    const form = new FormData();
    form.set("file", new File(["type,date"], "t.txt", { type: "text/plain" }));
    const request = new Request(`http://localhost/api/v1/programs/${refs.programId}/transactions/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${ministry}`, "accept-language": "es" },
      body: form,
    });
    const refused = await errorOf(await importRoute.POST(request, params({ id: refs.programId })));
    expect(refused).toMatchObject({ status: 400, message: "Suba un archivo .csv o .xlsx: guarde primero la hoja de cálculo como CSV (UTF-8) o como libro de Excel." });
  });

  it("monitoring: a numeric indicator's text baseline, in French", async () => {
    const indicator = { title: "Inspections", level: "OUTPUT", measure: "UNIT", ascending: true, baseline: "many" };
    const path = `/api/v1/programs/${refs.programId}/indicators`;
    const refused = await errorOf(await indicatorsRoute.POST(apiRequest(path, { token: admin, method: "POST", body: indicator, language: "fr" }), params({ id: refs.programId })));
    expect(refused.fieldErrors?.baseline).toEqual([
      "Saisissez un nombre, par exemple 42 ou 12.5 : cet indicateur se mesure en nombres (pour du texte, rendez-le qualitatif).",
    ]);
  });

  it("participation: an event that ends before it starts, in Spanish", async () => {
    const event = { kind: "WORKSHOP", title: "Taller", startDate: "2026-04-10", endDate: "2026-04-09" };
    const path = `/api/v1/programs/${refs.programId}/events`;
    const refused = await errorOf(await eventsRoute.POST(apiRequest(path, { token: admin, method: "POST", body: event, language: "es" }), params({ id: refs.programId })));
    expect(refused.fieldErrors?.endDate).toEqual(["El evento no puede terminar antes de comenzar."]);
  });

  it("plans: a ministry drafting for another country, in Spanish, its own country named", async () => {
    const plan = { kind: "ACTION", title: "Plan", agreementId: refs.agreementId, countryCode: "US", origin: "OTHER", ownerOrganisationId: refs.ownerId };
    const refused = await errorOf(await plansRoute.POST(apiRequest("/api/v1/plans", { token: ministry, method: "POST", body: plan, language: "es" }), params({})));
    expect(refused.fieldErrors?.countryCode).toEqual(["Usted elabora planes para su propio país (MX)."]);
  });

  it("exchanges: a missing exchange, in French", async () => {
    const missing = await errorOf(await exchangeRoute.GET(apiRequest("/api/v1/exchanges/nope", { token: admin, language: "fr" }), params({ id: "nope" })));
    expect(missing).toMatchObject({ status: 404, message: "Aucun échange d’informations portant cet identifiant ne vous est visible." });
  });
});
