// Refusals reach their reader in the reader's language, in every area: the API in its client's
// Accept-Language, the forms in the request's language. Each case is a real refusal of the area.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const reader = vi.hoisted(() => ({ locale: "en", actor: null as unknown }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }), cookies: async () => ({ get: () => undefined, set: vi.fn() }) }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => reader.actor }));
vi.mock("@/lib/platform/auth/request-context", async (original) => ({ ...(await original<object>()), currentRequestId: async () => "req-language" }));
vi.mock("@/lib/platform/i18n/request-locale", () => ({ requestLocale: async () => reader.locale }));

const test = provideTestDatabase();
bindAppDatabase(test);

const agreementsRoute = await import("@/app/api/v1/agreements/route");
const agreementRoute = await import("@/app/api/v1/agreements/[id]/route");
const provisionsRoute = await import("@/app/api/v1/agreements/[id]/provisions/route");
const institutionRoute = await import("@/app/api/v1/institutions/[id]/route");
const institutionsRoute = await import("@/app/api/v1/institutions/route");
const documentFileRoute = await import("@/app/api/v1/documents/[id]/file/route");
const { createApiTokenAction } = await import("@/lib/platform/api-tokens/actions");
const { setPasswordAction } = await import("@/lib/domain/accounts/actions");
const { createUserAction } = await import("@/lib/domain/users/actions");
const { createOrganisationAction } = await import("@/lib/domain/organisations/actions");

type ErrorBody = { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } };

let admin: Actor;
let adminToken = "";
let analystToken = "";
let agreementId = "";

beforeAll(async () => {
  admin = await createActor(test.db, "ADMIN");
  adminToken = await tokenFor(admin);
  analystToken = await tokenFor(await createActor(test.db, "ANALYST"));
  agreementId = (await createAgreement(test.db, { parties: ["MX", "US"] })).id;
});

async function answer(response: Response) {
  return { status: response.status, language: response.headers.get("content-language"), error: ((await response.json()) as ErrorBody).error };
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** Runs a form action as `actor` reading in `locale`. */
function asReader<T>(locale: string, actor: Actor | null, run: () => Promise<T>): Promise<T> {
  reader.locale = locale;
  reader.actor = actor;
  return run();
}

describe("the API's own refusals in the client's language", () => {
  it("refuses paging parameters in Spanish", async () => {
    const { status, error } = await answer(await agreementsRoute.GET(apiRequest("/api/v1/agreements?limit=0", { language: "es" }), params({})));
    expect(status).toBe(400);
    expect(error).toEqual({ code: "INVALID_INPUT", message: "Los parámetros de paginación no son válidos.", fieldErrors: { limit: ["limit debe ser al menos 1"] } });
  });

  it("refuses an unknown API token in French", async () => {
    const { status, error } = await answer(await agreementsRoute.GET(apiRequest("/api/v1/agreements", { token: "lct_not-a-token", language: "fr" }), params({})));
    expect(status).toBe(401);
    expect(error.message).toBe("Le jeton d’API est absent, expiré ou révoqué.");
  });

  it("says a role's refusal in French", async () => {
    const body = { title: "Accord", shortName: "FR-1", kind: "BILATERAL", status: "SIGNED", signedOn: "2024-01-15", parties: ["CL", "MX"] };
    const { status, error } = await answer(await agreementsRoute.POST(apiRequest("/api/v1/agreements", { token: analystToken, method: "POST", body, language: "fr-CA" }), params({})));
    expect(status).toBe(403);
    expect(error).toEqual({ code: "FORBIDDEN", message: "Seuls les administrateurs ajoutent et modifient les accords." });
  });
});

describe("agreements, provisions and institutions in the client's language", () => {
  it("refuses a bilateral agreement of three parties in Spanish", async () => {
    const body = { title: "Acuerdo", shortName: "ES-3", kind: "BILATERAL", status: "SIGNED", signedOn: "2024-01-15", parties: ["CL", "MX", "US"] };
    const { status, error } = await answer(await agreementsRoute.POST(apiRequest("/api/v1/agreements", { token: adminToken, method: "POST", body, language: "es" }), params({})));
    expect(status).toBe(400);
    expect(error.fieldErrors?.parties).toEqual(["Un acuerdo bilateral tiene exactamente dos Partes."]);
  });

  it("says an unknown agreement, a provision's missing category and an unknown institution in Spanish and French", async () => {
    const agreement = await answer(await agreementRoute.GET(apiRequest("/api/v1/agreements/nope", { language: "fr" }), params({ id: "nope" })));
    expect(agreement).toMatchObject({ status: 404, language: "fr", error: { message: "Aucun accord ne porte cet identifiant." } });

    const provision = { article: "Art. 23.3", topic: "FORCED_LABOUR", title: "Trabajo forzoso", text: "Las Partes prohíben…" };
    const refused = await answer(await provisionsRoute.POST(apiRequest(`/api/v1/agreements/${agreementId}/provisions`, { token: adminToken, method: "POST", body: provision, language: "es" }), params({ id: agreementId })));
    expect(refused.error.fieldErrors?.category).toEqual(["Elija la categoría de la disposición."]);

    const institution = await answer(await institutionRoute.GET(apiRequest("/api/v1/institutions/nope", { language: "es" }), params({ id: "nope" })));
    expect(institution).toMatchObject({ status: 404, error: { message: "No hay ninguna institución con este identificador." } });
  });

  it("refuses a contact point for a country that is not a party, in French", async () => {
    const body = { agreementId, kind: "CONTACT_POINT", name: "Point de contact", countryCode: "CA" };
    const { status, error } = await answer(await institutionsRoute.POST(apiRequest("/api/v1/institutions", { token: adminToken, method: "POST", body, language: "fr" }), params({})));
    expect(status).toBe(400);
    expect(error.fieldErrors?.countryCode).toEqual(["CA n’est pas partie à cet accord. Choisissez parmi\u00a0: MX, US."]);
  });
});

describe("documents in the client's language", () => {
  it("says in Spanish that no such document is visible", async () => {
    const { status, error } = await answer(await documentFileRoute.GET(apiRequest("/api/v1/documents/nope/file", { language: "es" }), params({ id: "nope" })));
    expect(status).toBe(404);
    expect(error.message).toBe("No tiene acceso a ningún documento con este identificador.");
  });
});

describe("forms in the request's language", () => {
  it("names an API token's problem, and its creation, in Spanish", async () => {
    const refused = await asReader("es", admin, () => createApiTokenAction({ status: "idle" }, form({ name: "" })));
    expect(refused).toMatchObject({ status: "error", fieldErrors: { name: ["Dé un nombre al token."] } });
    const created = await asReader("es", admin, () => createApiTokenAction({ status: "idle" }, form({ name: "Informes" })));
    expect(created).toMatchObject({ status: "success", message: "Se creó el token «Informes»." });
  });

  it("refuses two different passwords in French", async () => {
    process.env.DATABASE_URL ??= test.url;
    vi.stubEnv("NEXTAUTH_SECRET", "a test secret that is long enough to sign sessions");
    const outcome = await asReader("fr", null, () => setPasswordAction({ status: "idle" }, form({ token: "x".repeat(43), password: "a long enough password", confirmPassword: "another long password" })));
    expect(outcome).toMatchObject({ status: "error", fieldErrors: { confirmPassword: ["Les deux mots de passe ne sont pas identiques. Saisissez-les de nouveau."] } });
  });

  it("refuses a second account with the same email in Spanish", async () => {
    const fields = { email: admin.email, name: "Ana Pérez", role: "ANALYST", organisationId: admin.organisationId };
    const outcome = await asReader("es", admin, () => createUserAction({ status: "idle" }, form(fields)));
    expect(outcome).toMatchObject({ status: "error", fieldErrors: { email: ["Ya existe una cuenta con esta dirección de correo electrónico."] } });
  });

  it("refuses an organisation in a country that does not exist, in Spanish", async () => {
    const outcome = await asReader("es", admin, () => createOrganisationAction({ status: "idle" }, form({ name: "Sindicato Nacional", kind: "WORKERS_ORGANISATION", countryCode: "ZZ" })));
    expect(outcome).toMatchObject({ status: "error", fieldErrors: { countryCode: ["No hay ningún país con este código. Elija uno de la lista."] } });
  });

  it("tells a non-administrator in French that only administrators manage organisations", async () => {
    const analyst = await createActor(test.db, "ANALYST");
    const outcome = await asReader("fr", analyst, () => createOrganisationAction({ status: "idle" }, form({ name: "Syndicat", kind: "WORKERS_ORGANISATION" })));
    expect(outcome).toMatchObject({ status: "error", message: "Seuls les administrateurs gèrent les organisations." });
  });
});
