// Agreements, plans, measures and information exchanges in several languages: the language their
// texts are written in and their translations, saved through the plan's form (as an editor writes
// them side by side) and through the API, refused by field when wrong, versioned and audited.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement, createOrganisation, createPlan } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

// The signed-in user of a server action; API calls use tokens.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": crypto.randomUUID() }), cookies: async () => new Map() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/platform/i18n/server", () => ({ getTranslations: async () => (key: string) => key }));

const actions = await import("@/lib/domain/plans/actions");
const plansRoute = await import("@/app/api/v1/plans/route");
const planRoute = await import("@/app/api/v1/plans/[id]/route");
const measuresRoute = await import("@/app/api/v1/plans/[id]/measures/route");
const measureRoute = await import("@/app/api/v1/measures/[id]/route");
const exchangesRoute = await import("@/app/api/v1/exchanges/route");
const exchangeRoute = await import("@/app/api/v1/exchanges/[id]/route");
const agreementRoute = await import("@/app/api/v1/agreements/[id]/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const IDLE = { status: "idle" } as const;
const actors = {} as Record<"govMx" | "admin", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;
const refs = { agreementId: "", stpsId: "" };

type Body = { data: Record<string, unknown> & { id: string; version: number }; error?: { code: string; fieldErrors?: Record<string, string[]> } };
const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as Body });

beforeAll(async () => {
  await test.db.$transaction(async (tx) => {
    refs.agreementId = (await createAgreement(tx, { parties: ["MX", "US"] })).id;
    refs.stpsId = (await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" })).id;
  });
  actors.govMx = await createActor(test.db, "GOVERNMENT", { organisationId: refs.stpsId });
  actors.admin = await createActor(test.db, "ADMIN");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

const draftPlan = () =>
  test.db.$transaction((tx) => createPlan(tx, { agreementId: refs.agreementId, countryCode: "MX", ownerOrganisationId: refs.stpsId, title: "Plan de acción sobre inspección" }));

/** The plan form as the browser sends it: every field, the translations beside the title and objectives. */
function planForm(plan: { id: string; version: number }, fields: Record<string, string>) {
  const values: Record<string, string> = {
    planId: plan.id,
    version: String(plan.version),
    kind: "ACTION",
    title: "Plan de acción sobre inspección",
    agreementId: refs.agreementId,
    countryCode: "MX",
    programId: "",
    origin: "OTHER",
    originDetail: "",
    ownerOrganisationId: refs.stpsId,
    objectives: "Más inspecciones.",
    language: "es",
    "translations.title.en": "",
    "translations.title.fr": "",
    "translations.title.vi": "",
    "translations.objectives.en": "",
    "translations.objectives.fr": "",
    "translations.objectives.vi": "",
    ...fields,
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.append(name, value);
  return form;
}

const stored = (id: string) => test.db.plan.findUniqueOrThrow({ where: { id }, select: { title: true, language: true, translations: true, version: true } });

describe("a plan's form", () => {
  it("saves the language of the original and the translations written beside it, as a new version with its audit entry", async () => {
    const plan = await draftPlan();
    session.actor = actors.govMx;
    const saving = actions.updatePlanAction(IDLE, planForm(plan, { "translations.title.fr": "Plan d’action sur l’inspection", "translations.title.en": "Inspection action plan", "translations.objectives.fr": "Plus d’inspections." }));
    // A saved plan opens its page.
    await expect(saving).rejects.toMatchObject({ digest: expect.stringContaining(`/plans/${plan.id}`) });
    session.actor = null;

    expect(await stored(plan.id)).toEqual({
      title: "Plan de acción sobre inspección",
      language: "es",
      // Boxes left empty are no translation.
      translations: { title: { fr: "Plan d’action sur l’inspection", en: "Inspection action plan" }, objectives: { fr: "Plus d’inspections." } },
      version: plan.version + 1,
    });
    const audit = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: plan.id, action: "plan.update" } });
    expect(audit.before).toMatchObject({ language: "en", translations: {} });
    expect(audit.after).toMatchObject({ language: "es", translations: { title: { en: "Inspection action plan" } } });
  });

  it("refuses a language that is not an ISO 639-1 code, a translation too long or in the original's language, each by its field, and changes nothing", async () => {
    const plan = await draftPlan();
    const before = await stored(plan.id);
    session.actor = actors.govMx;
    const badLanguage = await actions.updatePlanAction(IDLE, planForm(plan, { language: "spanish" }));
    const badTranslations = await actions.updatePlanAction(IDLE, planForm(plan, { "translations.title.fr": "x".repeat(301), "translations.title.es": "Plan", "translations.title.xx": "?" }));
    session.actor = null;

    expect(badLanguage).toMatchObject({ status: "error", fieldErrors: { language: [expect.stringMatching(/ISO 639-1/)] } });
    // What was typed comes back, to be corrected rather than typed again.
    expect(badLanguage).toMatchObject({ values: { language: "spanish", title: "Plan de acción sobre inspección" } });
    expect(badTranslations).toMatchObject({
      status: "error",
      fieldErrors: {
        "translations.title.fr": [expect.stringMatching(/under 300 characters/)],
        "translations.title.xx": [expect.stringMatching(/not a language code/)],
      },
    });
    expect(await stored(plan.id)).toEqual(before);

    // A translation into the original's language would never be shown.
    session.actor = actors.govMx;
    const sameLanguage = await actions.updatePlanAction(IDLE, planForm(plan, { language: "es", "translations.title.es": "Plan" }));
    session.actor = null;
    expect(sameLanguage).toMatchObject({ status: "error", fieldErrors: { "translations.title.es": [expect.stringMatching(/language the original is written in/)] } });
    expect(await stored(plan.id)).toEqual(before);
  });

  it("still refuses an edit started from an older version, translations and all", async () => {
    const plan = await draftPlan();
    await test.db.plan.update({ where: { id: plan.id }, data: { title: "Changed meanwhile", version: { increment: 1 } } });
    const before = await stored(plan.id);
    session.actor = actors.govMx;
    const stale = await actions.updatePlanAction(IDLE, planForm(plan, { "translations.title.fr": "Plan d’action" }));
    session.actor = null;
    expect(stale).toMatchObject({ status: "error", message: expect.stringMatching(/changed|version/i) });
    expect(await stored(plan.id)).toEqual(before);

    // Started again from the current version, the same translation is saved.
    session.actor = actors.govMx;
    const again = actions.updatePlanAction(IDLE, planForm({ id: plan.id, version: before.version }, { "translations.title.fr": "Plan d’action" }));
    await expect(again).rejects.toMatchObject({ digest: expect.stringContaining(`/plans/${plan.id}`) });
    session.actor = null;
    expect(await stored(plan.id)).toMatchObject({ language: "es", translations: { title: { fr: "Plan d’action" } }, version: before.version + 1 });
  });
});

describe("the API", () => {
  const planBody = { kind: "ACTION", title: "Plan de acción", origin: "OTHER", countryCode: "MX", language: "es", translations: { title: { fr: "Plan d’action", vi: "Kế hoạch hành động" } } };

  it("takes a plan's language and translations, returns them, keeps them when a change leaves them out and replaces them when it gives them", async () => {
    const created = await json(
      await plansRoute.POST(apiRequest("/api/v1/plans", { token: tokens.govMx, method: "POST", body: { ...planBody, agreementId: refs.agreementId, ownerOrganisationId: refs.stpsId } }), params({})),
    );
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ language: "es", translations: planBody.translations });
    const id = created.body.data.id;

    const read = async () => (await json(await planRoute.GET(apiRequest(`/api/v1/plans/${id}`, { token: tokens.govMx }), params({ id })))).body.data;
    expect(await read()).toMatchObject({ language: "es", translations: planBody.translations });

    // A client that does not know the new fields sends every other field: the translations stay.
    const { language: _language, translations: _translations, ...withoutThem } = planBody;
    const patch = (body: unknown) => planRoute.PATCH(apiRequest(`/api/v1/plans/${id}`, { token: tokens.govMx, method: "PATCH", body }), params({ id }));
    const kept = await json(await patch({ ...withoutThem, agreementId: refs.agreementId, ownerOrganisationId: refs.stpsId, version: 1 }));
    expect(kept.status).toBe(200);
    expect(kept.body.data).toMatchObject({ version: 2, language: "es", translations: planBody.translations });

    const replaced = await json(await patch({ ...planBody, agreementId: refs.agreementId, ownerOrganisationId: refs.stpsId, language: "fr", title: "Plan d’action", translations: { title: { es: "Plan de acción" } }, version: 2 }));
    expect(replaced.body.data).toMatchObject({ version: 3, language: "fr", translations: { title: { es: "Plan de acción" } } });
    expect(await read()).toMatchObject({ title: "Plan d’action", language: "fr", translations: { title: { es: "Plan de acción" } } });

    const refused = await json(await patch({ ...planBody, agreementId: refs.agreementId, ownerOrganisationId: refs.stpsId, language: "xx", translations: { budget: { fr: "x" } }, version: 3 }));
    expect(refused.status).toBe(400);
    expect(refused.body.error?.fieldErrors).toMatchObject({ language: [expect.any(String)], translations: [expect.stringMatching(/title, objectives/)] });
    const stale = await json(await patch({ ...planBody, agreementId: refs.agreementId, ownerOrganisationId: refs.stpsId, version: 2 }));
    expect(stale.status).toBe(409);
    expect(await read()).toMatchObject({ version: 3, language: "fr" });
  });

  it("does the same for a plan's measures, an information exchange and an agreement's summary", async () => {
    const plan = await draftPlan();
    const measure = await json(
      await measuresRoute.POST(
        apiRequest(`/api/v1/plans/${plan.id}/measures`, {
          token: tokens.govMx,
          method: "POST",
          body: { title: "Contratar inspectores", responsibleOrganisationId: refs.stpsId, dueDate: "2027-06-30", language: "es", translations: { title: { en: "Recruit inspectors" } } },
        }),
        params({ id: plan.id }),
      ),
    );
    expect(measure.status).toBe(201);
    const measureId = (measure.body.data as { id: string }).id;
    const changed = await json(
      await measureRoute.PATCH(
        apiRequest(`/api/v1/measures/${measureId}`, {
          token: tokens.govMx,
          method: "PATCH",
          body: { title: "Contratar inspectores", responsibleOrganisationId: refs.stpsId, dueDate: "2027-06-30", translations: { title: { en: "Recruit inspectors", fr: "Recruter des inspecteurs" } }, version: 1 },
        }),
        params({ id: measureId }),
      ),
    );
    expect(changed.body.data).toMatchObject({ language: "es", translations: { title: { en: "Recruit inspectors", fr: "Recruter des inspecteurs" } } });
    const planRead = await json(await planRoute.GET(apiRequest(`/api/v1/plans/${plan.id}`, { token: tokens.govMx }), params({ id: plan.id })));
    expect((planRead.body.data as unknown as { measures: unknown[] }).measures).toEqual([expect.objectContaining({ language: "es", translations: { title: { en: "Recruit inspectors", fr: "Recruter des inspecteurs" } } })]);

    const exchangeBody = {
      agreementId: refs.agreementId, fromCountryCode: "MX", kind: "OTHER", date: "2026-05-04", isPublic: true,
      title: "Informe de inspección", summary: "Resultados.", language: "es",
      translations: { title: { en: "Inspection report" }, summary: { en: "Results.", vi: "Kết quả." } },
    };
    const exchange = await json(await exchangesRoute.POST(apiRequest("/api/v1/exchanges", { token: tokens.govMx, method: "POST", body: exchangeBody }), params({})));
    expect(exchange.status).toBe(201);
    const exchangeId = exchange.body.data.id;
    const exchangeRead = await json(await exchangeRoute.GET(apiRequest(`/api/v1/exchanges/${exchangeId}`, { token: tokens.govMx }), params({ id: exchangeId })));
    expect(exchangeRead.body.data).toMatchObject({ language: "es", translations: exchangeBody.translations });
    const badExchange = await json(await exchangeRoute.PATCH(apiRequest(`/api/v1/exchanges/${exchangeId}`, { token: tokens.govMx, method: "PATCH", body: { ...exchangeBody, translations: { summary: { fra: "Résultats." } }, version: 1 } }), params({ id: exchangeId })));
    expect(badExchange.status).toBe(400);
    expect(badExchange.body.error?.fieldErrors).toHaveProperty(["translations.summary.fra"]);

    const agreement = await test.db.agreement.findUniqueOrThrow({ where: { id: refs.agreementId }, include: { parties: true } });
    const agreementBody = {
      title: agreement.title, shortName: agreement.shortName, kind: agreement.kind, status: "SIGNED", signedOn: "2020-01-01",
      parties: agreement.parties.map((party) => party.countryCode), summary: "A labour chapter.", version: agreement.version,
      translations: { summary: { es: "Un capítulo laboral.", fr: "Un chapitre sur le travail." } },
    };
    const patched = await json(await agreementRoute.PATCH(apiRequest(`/api/v1/agreements/${agreement.id}`, { token: tokens.admin, method: "PATCH", body: agreementBody }), params({ id: agreement.id })));
    expect(patched.status).toBe(200);
    const agreementRead = await json(await agreementRoute.GET(apiRequest(`/api/v1/agreements/${agreement.id}`), params({ id: agreement.id })));
    expect(agreementRead.body.data).toMatchObject({ language: "en", translations: agreementBody.translations });
    // The title is the official one: it has no translations here.
    const titled = await json(await agreementRoute.PATCH(apiRequest(`/api/v1/agreements/${agreement.id}`, { token: tokens.admin, method: "PATCH", body: { ...agreementBody, version: agreement.version + 1, translations: { title: { es: "Acuerdo" } } } }), params({ id: agreement.id })));
    expect(titled.status).toBe(400);
    expect(titled.body.error?.fieldErrors?.translations).toEqual([expect.stringMatching(/summary/)]);
  });
});
