// An API client gets the same machine code in every language and the messages in the language its
// Accept-Language asks for.
import { beforeAll, describe, expect, it } from "vitest";
import { createAgreement } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
bindAppDatabase(test);

const institutionsRoute = await import("@/app/api/v1/institutions/route");

let token = "";
let agreementId = "";

beforeAll(async () => {
  agreementId = (await createAgreement(test.db, { parties: ["MX", "US"] })).id;
  token = await tokenFor(await createActor(test.db, "ADMIN"));
});

async function createUnnamed(language?: string) {
  const body = { agreementId, kind: "MINISTERIAL_COUNCIL", name: "" };
  const response = await institutionsRoute.POST(apiRequest("/api/v1/institutions", { token, method: "POST", body, language }), params({}));
  return { status: response.status, language: response.headers.get("content-language"), body: (await response.json()) as { error: { code: string; message: string; fieldErrors: Record<string, string[]> } } };
}

describe("API errors in the client's language", () => {
  it("answers in English without Accept-Language", async () => {
    const { status, language, body } = await createUnnamed();
    expect(status).toBe(400);
    expect(language).toBe("en");
    expect(body.error).toMatchObject({ code: "INVALID_INPUT", message: "The request has invalid fields.", fieldErrors: { name: ["Enter the institution's name."] } });
  });

  it.each([
    ["es-MX,es;q=0.9", "es", "La solicitud contiene campos no válidos.", "Indique el nombre de la institución."],
    ["fr-CA", "fr", "La requête contient des champs non valides.", "Saisissez le nom de l’institution."],
    ["vi", "vi", "Yêu cầu có các trường không hợp lệ.", "Vui lòng nhập tên cơ quan."],
  ])("answers %s in %s with the same code", async (header, expected, message, field) => {
    const { status, language, body } = await createUnnamed(header);
    expect(status).toBe(400);
    expect(language).toBe(expected);
    expect(body.error).toMatchObject({ code: "INVALID_INPUT", message, fieldErrors: { name: [field] } });
  });

  it("falls back to English for a language it does not speak", async () => {
    const { language, body } = await createUnnamed("de-DE");
    expect(language).toBe("en");
    expect(body.error.message).toBe("The request has invalid fields.");
  });
});
