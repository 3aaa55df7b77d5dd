// Importing only the rows a person ticked in the preview: the ticked rows are written and nothing
// else; a row number the preview did not offer (no such row, or a refused one) refuses the whole
// import and writes nothing; the answer says how many rows were imported and how many left out.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { createAgreement, createOrganisation, createProgram } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const { POST: importRoute } = await import("@/app/api/v1/programs/[id]/transactions/import/route");

const test = provideTestDatabase();
bindAppDatabase(test);

let programId = "";
let token = "";
let ministry: Actor;

beforeAll(async () => {
  const setup = await test.db.$transaction(async (tx) => {
    const agreement = await createAgreement(tx, { parties: ["MX", "US"] });
    const stps = await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" });
    const program = await createProgram(tx, { agreementId: agreement.id, currencyCode: "USD", reportingOrganisationId: stps.id });
    return { stps, program };
  });
  programId = setup.program.id;
  ministry = await createActor(test.db, "GOVERNMENT", { organisationId: setup.stps.id });
  token = await tokenFor(ministry);
});

const FILE = [
  "type,date,amount,currency,reference",
  "DISBURSEMENT,2026-02-01,100,USD,R-2", // 2: valid
  "DISBURSEMENT,2026-02-02,200,USD,R-3", // 3: valid
  "DISBURSEMENT,2026-02-03,300,MXN,R-4", // 4: warning, another currency
  "DISBURSEMENT,2026-02-04,N/A,USD,R-5", // 5: error
  "DISBURSEMENT,2026-02-05,500,USD,R-6", // 6: valid
].join("\n");

function send(fields: Record<string, string | string[]>) {
  const form = new FormData();
  form.set("file", new File([FILE], "transactions.csv", { type: "text/csv" }));
  form.set("mode", "import");
  for (const [key, value] of Object.entries(fields)) for (const one of [value].flat()) form.append(key, one);
  const request = new Request(`http://localhost/api/v1/programs/${programId}/transactions/import`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  return importRoute(request, params({ id: programId }));
}

const references = async () => (await test.db.transaction.findMany({ where: { programId }, select: { reference: true }, orderBy: { reference: "asc" } })).map((row) => row.reference);

describe("importing the ticked rows", () => {
  it("refuses row numbers the preview did not offer, naming each, and writes nothing", async () => {
    for (const [lines, said] of [
      [["2", "5"], /Row 5 cannot be imported/],
      [["2", "99"], /The file has no row 99/],
      [["1"], /Row numbers are whole numbers/],
      [["2", "2"], /Each row can be chosen once/],
      [["two"], /Row numbers are whole numbers/],
      [["2.5"], /Row numbers are whole numbers/],
    ] as const) {
      const response = await send({ lines: [...lines] });
      expect(response.status, lines.join()).toBe(400);
      const { error } = (await response.json()) as { error: { fieldErrors: { lines: string[] } } };
      expect(error.fieldErrors.lines.join(" ")).toMatch(said);
    }
    expect(await references()).toEqual([]);
  });

  it("writes the ticked rows only, a row with warnings among them when ticked, and says how many were left out", async () => {
    const response = await send({ lines: "3,4" });
    expect(response.status, await response.clone().text()).toBe(201);
    expect(((await response.json()) as { data: { imported: number; skipped: number } }).data).toMatchObject({ imported: 2, skipped: 3 });
    expect(await references()).toEqual(["R-3", "R-4"]);
  });

  it("takes the numbers as repeated fields too, as the import page sends them", async () => {
    const response = await send({ lines: ["6"] });
    expect(((await response.json()) as { data: { imported: number; skipped: number } }).data).toMatchObject({ imported: 1, skipped: 4 });
    expect(await references()).toEqual(["R-3", "R-4", "R-6"]);
  });
});
