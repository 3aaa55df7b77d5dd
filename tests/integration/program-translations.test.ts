// A program's language and its translations, saved through the program form's server action (and the
// API's PATCH): valid ones are stored, versioned and audited; a bad language code is refused on its
// field and changes nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement, createOrganisation, createProgram } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const session = vi.hoisted(() => ({ actor: null as Actor | null, acceptLanguage: "en" }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => session.actor }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": crypto.randomUUID(), "accept-language": session.acceptLanguage }),
  cookies: async () => new Map(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { updateProgramAction } = await import("@/lib/domain/programs/actions");
const { PATCH: patchRoute } = await import("@/app/api/v1/programs/[id]/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const IDLE = { status: "idle" } as const;
let govMx: Actor;
let agreementId = "";
let reportingOrganisationId = "";

beforeAll(async () => {
  const setup = await test.db.$transaction(async (tx) => ({
    agreement: await createAgreement(tx, { parties: ["MX", "US"] }),
    stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
  }));
  agreementId = setup.agreement.id;
  reportingOrganisationId = setup.stps.id;
  govMx = await createActor(test.db, "GOVERNMENT", { organisationId: setup.stps.id });
});

async function newProgram() {
  return test.db.$transaction((tx) =>
    createProgram(tx, {
      agreementId,
      reportingOrganisationId,
      title: "Labour inspection modernisation",
      summary: "Training inspectors.",
      expertiseArea: "Labour inspection",
      visibility: "PUBLISHED",
      translations: { title: { fr: "Modernisation de l’inspection du travail" } },
    }),
  );
}

/** The edit form as the browser sends it: the whole program, plus `fields`. */
function editForm(program: Awaited<ReturnType<typeof newProgram>>, fields: Record<string, string>) {
  const data = new FormData();
  const base = {
    id: program.id,
    version: String(program.version),
    agreementId,
    identifier: program.identifier,
    title: program.title,
    summary: program.summary,
    objectives: "",
    type: program.type,
    status: program.status,
    visibility: program.visibility,
    currencyCode: program.currencyCode,
    expertiseArea: program.expertiseArea ?? "",
    language: "en",
    "translations.title.fr": "Modernisation de l’inspection du travail",
    "newTranslation.language": "",
    "newTranslation.title": "",
  };
  for (const [name, value] of Object.entries({ ...base, ...fields })) data.append(name, value);
  return data;
}

const stored = (id: string) => test.db.cooperationProgram.findUniqueOrThrow({ where: { id }, select: { version: true, language: true, translations: true } });
const audits = (id: string) => test.db.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" }, select: { action: true, before: true, after: true } });

/** Runs the action as gov.mx; a saved program redirects to its page (Next's redirect is an error with a digest). */
async function submit(form: FormData) {
  session.actor = govMx;
  try {
    return await updateProgramAction(IDLE, form);
  } catch (error) {
    return { redirected: String((error as { digest?: string }).digest) };
  } finally {
    session.actor = null;
  }
}

describe("saving translations through the program form", () => {
  it("stores the original's language, edited, added and removed translations, as a new version with its audit record", async () => {
    const program = await newProgram();
    const answer = await submit(
      editForm(program, {
        language: "en",
        "translations.title.fr": "Modernisation de l’inspection",
        "newTranslation.language": "es",
        "newTranslation.title": "  Modernización de la inspección laboral  ",
        "newTranslation.summary": "Formación de inspectores.",
        "newTranslation.objectives": "",
      }),
    );
    expect(answer).toMatchObject({ redirected: expect.stringContaining(`/programs/${program.id}`) });
    expect(await stored(program.id)).toEqual({
      version: 2,
      language: "en",
      translations: { title: { fr: "Modernisation de l’inspection", es: "Modernización de la inspección laboral" }, summary: { es: "Formación de inspectores." } },
    });
    const [update] = await audits(program.id);
    expect(update).toMatchObject({
      action: "program.update",
      before: { version: 1, translations: { title: { fr: "Modernisation de l’inspection du travail" } } },
      after: { version: 2, language: "en", translations: { summary: { es: "Formación de inspectores." } } },
    });

    // Emptying a language's fields removes it; the original may be declared in another language.
    const again = await submit(editForm({ ...program, version: 2 }, { language: "fr", "translations.title.fr": "", "translations.title.es": "Modernización", "translations.summary.es": "" }));
    expect(again).toMatchObject({ redirected: expect.any(String) });
    expect(await stored(program.id)).toEqual({ version: 3, language: "fr", translations: { title: { es: "Modernización" } } });
  });

  describe("refuses on its field, and changes nothing", () => {
    const cases: [string, Record<string, string>, string][] = [
      ["a translation into a language code that is not ISO 639-1", { "translations.title.xx": "Texte" }, "translations.title.xx"],
      ["a language code of three letters", { "newTranslation.language": "spa", "newTranslation.title": "Inspección" }, "translations.title.spa"],
      ["an original language that is no language", { language: "english" }, "language"],
      ["a translation into the original's own language", { "translations.summary.en": "Training." }, "translations.summary.en"],
      ["a translated title longer than the original may be", { "translations.title.fr": "x".repeat(301) }, "translations.title.fr"],
      ["a new translation without its language", { "newTranslation.title": "Inspección" }, "translations.title."],
    ];
    it.each(cases)("%s", async (_label, fields, field) => {
      const program = await newProgram();
      const before = await stored(program.id);
      const answer = await submit(editForm(program, fields));
      expect(answer).toMatchObject({ status: "error", fieldErrors: { [field]: [expect.any(String)] } });
      expect(await stored(program.id)).toEqual(before);
      expect(await audits(program.id)).toEqual([]);
    });

    it("in the reader's language", async () => {
      const program = await newProgram();
      session.acceptLanguage = "es";
      const answer = await submit(editForm(program, { "translations.title.xx": "Texte" })).finally(() => (session.acceptLanguage = "en"));
      expect(answer).toMatchObject({ fieldErrors: { "translations.title.xx": ["Utilice un código de idioma ISO 639-1 de dos letras, como es, fr o vi."] } });
    });
  });
});

describe("translations through the API", () => {
  it("are replaced by a PATCH, and a bad language code is a 400 on its field", async () => {
    const program = await newProgram();
    const token = await tokenFor(govMx);
    const patch = (body: unknown) => patchRoute(apiRequest(`/api/v1/programs/${program.id}`, { token, method: "PATCH", body }), params({ id: program.id }));

    const refused = await patch({ version: 1, translations: { title: { "es-MX": "Inspección" } } });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors).toHaveProperty(["translations.title.es-MX"]);
    expect(await stored(program.id)).toMatchObject({ version: 1 });

    const saved = await patch({ version: 1, language: "en", translations: { title: { es: "Inspección laboral" }, objectives: { vi: "Đào tạo thanh tra" } } });
    expect(saved.status).toBe(200);
    expect(await stored(program.id)).toEqual({ version: 2, language: "en", translations: { title: { es: "Inspección laboral" }, objectives: { vi: "Đào tạo thanh tra" } } });
  });
});
