// The IATI import as its page runs it: the file is refused at once if it cannot be read, then
// checked and written after the answer, with the progress stored as it goes; a confirmation that
// finds the data changed writes nothing and brings the import back to its preview with why; and the
// worker's sweep resumes an import whose process stopped.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { renderProblem } from "@/lib/platform/i18n/render-problem";
import { resumeStalledImports } from "@/lib/domain/imports/resume-imports";
import { beginIatiConfirmation, writeIatiImport } from "@/lib/domain/iati/import/confirm-iati-import";
import { getIatiImport } from "@/lib/domain/iati/import/get-iati-import";
import { readIatiImport, startIatiImport } from "@/lib/domain/iati/import/preview-iati-import";
import { createAgreement } from "@/prisma/seed/factories";
import { contextFor, createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const test = provideTestDatabase();
bindAppDatabase(test);

let admin: Actor;
let agreementId: string;

beforeAll(async () => {
  admin = await createActor(test.db, "ADMIN");
  agreementId = (await createAgreement(test.db)).id;
});

const activity = (identifier: string) =>
  `<iati-activity default-currency="USD"><iati-identifier>${identifier}</iati-identifier><reporting-org ref="XM-DAC-41302" type="40"><narrative>ILO</narrative></reporting-org><title><narrative>Activity ${identifier}</narrative></title><activity-status code="2"/><activity-date type="2" iso-date="2023-01-01"/><default-aid-type code="D02"/></iati-activity>`;
const file = (...identifiers: string[]) => new TextEncoder().encode(`<iati-activities version="2.03">${identifiers.map(activity).join("")}</iati-activities>`);

async function upload(bytes: Uint8Array) {
  const { id } = await startIatiImport(contextFor(admin), { fileName: "activities.xml", bytes, defaultAgreementId: agreementId });
  return id;
}

describe("an IATI file checked after the answer", () => {
  it("is refused at once when it cannot be read, and stored for checking otherwise", async () => {
    await expect(upload(new TextEncoder().encode("<iati-activities version=\"2.03\">"))).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const id = await upload(file("XM-BG-1", "XM-BG-2"));
    expect(await getIatiImport(admin, id)).toMatchObject({ status: "READING", progress: { stage: "reading", done: 0, total: 2 }, activities: [] });
    await readIatiImport(id);
    expect(await getIatiImport(admin, id)).toMatchObject({ status: "PREVIEWED", progress: { stage: "checking", done: 2, total: 2 }, summary: { activities: 2, new: 2 } });
  });

  it("is written after the confirmation, or, when the data changed meanwhile, goes back to its preview with why and writes nothing", async () => {
    const id = await upload(file("XM-BG-3", "XM-BG-4"));
    await readIatiImport(id);
    await beginIatiConfirmation(contextFor(admin), id, ["XM-BG-3", "XM-BG-4"]);
    await expect(beginIatiConfirmation(contextFor(admin), id, ["XM-BG-3"])).rejects.toMatchObject({ code: "CONFLICT" });
    // Someone registers one of its programs before the write.
    const other = await upload(file("XM-BG-4"));
    await readIatiImport(other);
    await beginIatiConfirmation(contextFor(admin), other, ["XM-BG-4"]);
    await writeIatiImport(other, "test");
    await writeIatiImport(id, "test");
    const refused = await getIatiImport(admin, id);
    expect(refused.status).toBe("PREVIEWED");
    expect(renderProblem(refused.failure!, "en")).toMatch(/changed since the preview for XM-BG-4/);
    expect(await test.db.cooperationProgram.count({ where: { identifier: "XM-BG-3" } })).toBe(0);
    // Confirmed again without it, it writes the other.
    await beginIatiConfirmation(contextFor(admin), id, ["XM-BG-3"]);
    await writeIatiImport(id, "test");
    expect(await getIatiImport(admin, id)).toMatchObject({ status: "CONFIRMED", failure: null, result: { created: ["XM-BG-3"], updated: [] } });
  });

  it("writes, when confirmed whole, every activity that can be imported but those unticked", async () => {
    const id = await upload(file("XM-BG-6", "XM-BG-7", "XM-BG-8"));
    await readIatiImport(id);
    await beginIatiConfirmation(contextFor(admin), id, { allExcept: ["XM-BG-7"] });
    await writeIatiImport(id, "test");
    expect(await getIatiImport(admin, id)).toMatchObject({ status: "CONFIRMED", result: { created: ["XM-BG-6", "XM-BG-8"] } });
  });

  it("is resumed by the worker's sweep when the process checking or writing it stopped", async () => {
    const id = await upload(file("XM-BG-5"));
    // Claimed by a process that then stopped: its progress has not moved for minutes.
    await test.db.iatiImport.update({ where: { id }, data: { progress: { stage: "reading", at: "2020-01-01T00:00:00.000Z" } } });
    await resumeStalledImports();
    expect((await getIatiImport(admin, id)).status).toBe("PREVIEWED");
    await beginIatiConfirmation(contextFor(admin), id, ["XM-BG-5"]);
    await resumeStalledImports();
    expect(await getIatiImport(admin, id)).toMatchObject({ status: "CONFIRMED", result: { created: ["XM-BG-5"] } });
  });
});
