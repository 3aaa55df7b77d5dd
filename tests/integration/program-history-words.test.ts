// A program's History tab as its reader sees it, after real changes made through /api/v1: each
// entry a sentence in the reader's language, no action code ("indicator.create") and no enum value
// in capitals ("IMPLEMENTER", "DRAFT → PUBLISHED").
import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { createAgreement, createInstitution, createOrganisation } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const reader = { locale: "en" as "en" | "es" };

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));
vi.mock("@/lib/platform/i18n/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: reader.locale, messages: await loadMessages(reader.locale), namespace }),
  getFormatter: async () => createFormatter({ locale: reader.locale, timeZone: "UTC" }),
  getLocale: async () => reader.locale,
}));

const { POST: createRoute } = await import("@/app/api/v1/programs/route");
const { PATCH: patchRoute } = await import("@/app/api/v1/programs/[id]/route");
const { POST: addParticipantRoute } = await import("@/app/api/v1/programs/[id]/participants/route");
const { POST: indicatorRoute } = await import("@/app/api/v1/programs/[id]/indicators/route");
const { POST: transactionRoute } = await import("@/app/api/v1/programs/[id]/transactions/route");
const { HistoryTab } = await import("@/components/programs/history-tab");
const { listAuditSubjects } = await import("@/lib/platform/audit/list-audit-events");
const { ProgramHistory } = await import("@/components/programs/program-history");

const test = provideTestDatabase();
bindAppDatabase(test);

let editor: Actor;
let token: string;
let programId: string;
const refs = {} as { agreementId: string; institutionId: string; iloId: string };

async function send(route: (request: Request, context: never) => Promise<Response>, path: string, method: string, body: unknown, id: string) {
  const response = await route(apiRequest(path, { token, method, body }), params({ id }) as never);
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return ((await response.json()) as { data: { id: string; version: number } }).data;
}

beforeAll(async () => {
  const setup = await test.db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    return {
      agreement,
      institution: await createInstitution(tx, { agreementId: agreement.id, kind: "PERMANENT_SECRETARIAT", name: "Labour Secretariat" }),
      stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
      ilo: await createOrganisation(tx, { kind: "INTERNATIONAL_ORGANISATION", countryCode: null, name: "International Labour Office" }),
    };
  });
  Object.assign(refs, { agreementId: setup.agreement.id, institutionId: setup.institution.id, iloId: setup.ilo.id });
  editor = await createActor(test.db, "GOVERNMENT", { organisationId: setup.stps.id });
  token = await tokenFor(editor);

  const body = { agreementId: refs.agreementId, identifier: `MX-STPS-HIST-${Date.now()}`, title: "Labour inspection", summary: "Training labour inspectors.", type: "TECHNICAL_COOPERATION", expertiseArea: "Inspection", currencyCode: "USD" };
  const program = await send(createRoute as never, "/api/v1/programs", "POST", body, "");
  programId = program.id;
  await send(patchRoute as never, `/api/v1/programs/${programId}`, "PATCH", { version: program.version, visibility: "PUBLISHED", leadInstitutionId: refs.institutionId, plannedStart: "2026-01-01" }, programId);
  await send(addParticipantRoute as never, `/api/v1/programs/${programId}/participants`, "POST", { organisationId: refs.iloId, role: "IMPLEMENTER" }, programId);
  await send(indicatorRoute as never, `/api/v1/programs/${programId}/indicators`, "POST", { title: "Inspections carried out", level: "OUTPUT", measure: "UNIT", ascending: true, baseline: "10" }, programId);
  await send(transactionRoute as never, `/api/v1/programs/${programId}/transactions`, "POST", { type: "DISBURSEMENT", date: "2026-03-31", amount: "125000.50", currencyCode: "USD", providerId: refs.iloId }, programId);
});

/** The History tab's HTML, as the server renders it for `editor` in the reader's language. */
async function historyTab(): Promise<string> {
  const tab = (await HistoryTab({ viewer: editor, programId })) as ReactElement<Parameters<typeof ProgramHistory>[0]>;
  return renderToStaticMarkup(await ProgramHistory(tab.props));
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, "\n");

describe("a program's History tab", () => {
  it("says every change as a sentence, with no action code and no enum value in capitals", async () => {
    reader.locale = "en";
    const text = textOf(await historyTab());
    const name = editor.name;
    expect(text).toContain(`${name} registered the program “Labour inspection”`);
    expect(text).toContain(`${name} published the program`);
    expect(text).toContain("Visibility: from Draft to Published");
    expect(text).toContain("Lead institution: set to Labour Secretariat");
    expect(text).toContain("Planned start: set to Jan 1, 2026");
    expect(text).toContain(`${name} added International Labour Office to the program as Implementer`);
    expect(text).toContain(`${name} added the indicator “Inspections carried out”`);
    expect(text).toContain(`${name} recorded a transaction: Disbursement, 125,000.50 USD`);
    expect(text).not.toMatch(/\b[a-z][A-Za-z_]*\.[a-z][A-Za-z_-]*\b/);
    expect(text).not.toMatch(/\b(?!(?:USD|API|IATI)\b)[A-Z]{3,}(_[A-Z]+)*\b/);
    expect(text).not.toContain("→");
  });

  it("is written in the reader's language", async () => {
    reader.locale = "es";
    const text = textOf(await historyTab());
    expect(text).toContain(`${editor.name} publicó el programa`);
    expect(text).toContain("Visibilidad: de Borrador a Publicado");
    expect(text).toContain(`${editor.name} agregó a International Labour Office al programa como Ejecutor`);
    expect(text).toContain(`${editor.name} registró una transacción: Desembolso, 125.000,50 USD`);
  });
});

describe("the audit trail's subjects", () => {
  it("names the accounts and organisations a page of entries is about, for those who read the trail only", async () => {
    const analyst = await createActor(test.db, "ANALYST");
    const page = [
      { entityType: "User", entityId: editor.id },
      { entityType: "Organisation", entityId: refs.iloId },
      { entityType: "CooperationProgram", entityId: programId },
    ];
    const names = await listAuditSubjects(analyst, page);
    expect(Object.fromEntries(names)).toEqual({ [editor.id]: editor.name, [refs.iloId]: "International Labour Office" });
    await expect(listAuditSubjects(editor, page)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
