// Saving or deleting a record through its form leaves a confirmation for the page it redirects to:
// here an information exchange deleted (named by its title) and a plan saved.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement, createEvent, createExchange, createOrganisation, createProgram } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const session = vi.hoisted(() => ({ actor: null as Actor | null, cookies: new Map<string, string>() }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => session.actor }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": crypto.randomUUID() }),
  cookies: async () => ({ get: (name: string) => (session.cookies.has(name) ? { name, value: session.cookies.get(name) } : undefined), set: (name: string, value: string) => session.cookies.set(name, value) }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/platform/i18n/server", () => ({ getTranslations: async () => (key: string) => key }));

const exchanges = await import("@/lib/domain/exchanges/actions");
const agreements = await import("@/lib/domain/agreements/actions");
const participation = await import("@/lib/domain/participation/actions");

const test = provideTestDatabase();
bindAppDatabase(test);

let govMx: Actor;
let admin: Actor;
let agreementId = "";
let stpsId = "";

beforeAll(async () => {
  const setup = await test.db.$transaction(async (tx) => ({
    agreement: await createAgreement(tx, { parties: ["MX", "US"] }),
    stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
  }));
  agreementId = setup.agreement.id;
  stpsId = setup.stps.id;
  govMx = await createActor(test.db, "GOVERNMENT", { organisationId: setup.stps.id });
  admin = await createActor(test.db, "ADMIN");
});

const IDLE = { status: "idle" } as const;

/** Runs a form action as `actor`; one that succeeds redirects (Next's redirect is an error with a digest). */
async function submit(actor: Actor, action: (state: typeof IDLE, data: FormData) => Promise<unknown>, fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  session.actor = actor;
  session.cookies.clear();
  try {
    return { state: await action(IDLE, data) };
  } catch (error) {
    return { redirected: String((error as { digest?: string }).digest) };
  } finally {
    session.actor = null;
  }
}

const flash = () => JSON.parse(session.cookies.get("flash") ?? "null") as unknown;

describe("the confirmations other records' forms leave", () => {
  it("names the information exchange that was deleted", async () => {
    const exchange = await test.db.$transaction((tx) => createExchange(tx, { agreementId, fromCountryCode: "MX", title: "New inspection law" }));
    const done = await submit(govMx, exchanges.deleteExchangeAction, { id: exchange.id, version: String(exchange.version) });
    expect(done.redirected).toContain("/exchanges");
    expect(flash()).toEqual({ key: "exchangeDeleted", title: "New inspection law" });
  });

  it("says an event was deleted on the program's events tab", async () => {
    const { program, event } = await test.db.$transaction(async (tx) => {
      const program = await createProgram(tx, { agreementId, reportingOrganisationId: stpsId });
      return { program, event: await createEvent(tx, { programId: program.id }) };
    });
    const done = await submit(govMx, participation.deleteEventAction, { programId: program.id, eventId: event.id, version: String(event.version) });
    expect(done.redirected, JSON.stringify(done)).toContain(`/programs/${program.id}?tab=events`);
    expect(flash()).toEqual({ key: "eventDeleted" });
  });

  it("says an agreement was saved, and nothing when it was refused", async () => {
    const agreement = await test.db.agreement.findUniqueOrThrow({ where: { id: agreementId }, include: { parties: true } });
    const fields = {
      id: agreement.id,
      version: String(agreement.version),
      title: agreement.title,
      shortName: agreement.shortName,
      kind: agreement.kind,
      status: agreement.status,
      signedOn: "2020-01-01",
      inForceOn: "2020-07-01",
      parties: agreement.parties.map((party) => party.countryCode),
    };
    const refused = await submit(govMx, agreements.updateAgreementAction, fields);
    expect(refused.state).toMatchObject({ status: "error" });
    expect(flash()).toBeNull();
    const done = await submit(admin, agreements.updateAgreementAction, fields);
    expect(done, JSON.stringify(done)).toMatchObject({ redirected: expect.stringContaining(`/agreements/${agreement.id}`) });
    expect(flash()).toEqual({ key: "agreementSaved" });
  });
});
