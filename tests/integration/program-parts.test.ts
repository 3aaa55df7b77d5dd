// A program's participants and documents through /api/v1: roles held once, the rules that keep a
// program accountable, uploads checked and stored with a checksum, and downloads only for viewers.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/file-rules";
import { createAgreement, createOrganisation } from "@/prisma/seed/factories";
import { createActor } from "./helpers/actors";
import { apiRequest, params, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "lct-uploads-"));
process.env.UPLOAD_DIR = uploads;
afterAll(() => fs.rmSync(uploads, { recursive: true, force: true }));

const { POST: createRoute } = await import("@/app/api/v1/programs/route");
const { GET: getRoute, PATCH: patchRoute } = await import("@/app/api/v1/programs/[id]/route");
const { POST: addParticipantRoute } = await import("@/app/api/v1/programs/[id]/participants/route");
const { DELETE: removeParticipantRoute } = await import("@/app/api/v1/programs/[id]/participants/[participantId]/route");
const { POST: attachRoute } = await import("@/app/api/v1/programs/[id]/documents/route");
const { DELETE: removeDocumentRoute } = await import("@/app/api/v1/programs/[id]/documents/[documentId]/route");
const { GET: downloadRoute } = await import("@/app/api/v1/documents/[id]/file/route");
const { GET: historyRoute } = await import("@/app/api/v1/programs/[id]/history/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const actors = {} as Record<"govMx" | "govCl" | "cso" | "analyst" | "admin", Actor>;
const tokens = {} as Record<keyof typeof actors, string>;
const refs = {} as { agreementId: string; iloId: string; unionId: string; usMinistryId: string };

beforeAll(async () => {
  const db = test.db;
  const setup = await db.$transaction(async (tx) => ({
    agreement: await createAgreement(tx, { parties: ["MX", "US"] }),
    stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
    mintrab: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "CL" }),
    ilo: await createOrganisation(tx, { kind: "INTERNATIONAL_ORGANISATION", countryCode: null }),
    union: await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" }),
    usMinistry: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "US" }),
  }));
  Object.assign(refs, { agreementId: setup.agreement.id, iloId: setup.ilo.id, unionId: setup.union.id, usMinistryId: setup.usMinistry.id });
  actors.govMx = await createActor(db, "GOVERNMENT", { organisationId: setup.stps.id });
  actors.govCl = await createActor(db, "GOVERNMENT", { organisationId: setup.mintrab.id });
  actors.cso = await createActor(db, "CIVIL_SOCIETY", { organisationId: setup.union.id });
  actors.analyst = await createActor(db, "ANALYST");
  actors.admin = await createActor(db, "ADMIN");
  for (const key of Object.keys(actors) as (keyof typeof actors)[]) tokens[key] = await tokenFor(actors[key]);
});

let serial = 0;
async function register(overrides: Record<string, unknown> = {}) {
  serial += 1;
  const body = {
    agreementId: refs.agreementId,
    identifier: `MX-STPS-PARTS-${serial}-${Date.now()}`,
    title: `Program ${serial}`,
    type: "TECHNICAL_COOPERATION",
    expertiseArea: "Occupational safety",
    currencyCode: "MXN",
    ...overrides,
  };
  const response = await createRoute(apiRequest("/api/v1/programs", { token: tokens.govMx, method: "POST", body }), params({}));
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: { id: string; version: number } }).data;
}

function addParticipant(id: string, body: unknown, token = tokens.govMx) {
  return addParticipantRoute(apiRequest(`/api/v1/programs/${id}/participants`, { token, method: "POST", body }), params({ id }));
}

function removeParticipant(id: string, participantId: string, token = tokens.govMx) {
  return removeParticipantRoute(apiRequest(`/api/v1/programs/${id}/participants/${participantId}`, { token, method: "DELETE" }), params({ id, participantId }));
}

async function participants(id: string) {
  return test.db.participant.findMany({ where: { programId: id }, select: { id: true, organisationId: true, role: true } });
}

async function errorsOf(response: Response, status = 400) {
  expect(response.status, await response.clone().text()).toBe(status);
  return ((await response.json()) as { error: { message: string; fieldErrors?: Record<string, string[]> } }).error;
}

describe("participants", () => {
  it("adds organisations in roles, each organisation once per role, and records each change", async () => {
    const program = await register();
    expect((await addParticipant(program.id, { organisationId: refs.iloId, role: "IMPLEMENTER" })).status).toBe(201);
    expect((await addParticipant(program.id, { organisationId: refs.iloId, role: "PARTNER" })).status).toBe(201);
    const duplicate = await errorsOf(await addParticipant(program.id, { organisationId: refs.iloId, role: "IMPLEMENTER" }));
    expect(duplicate.fieldErrors?.role?.[0]).toMatch(/already takes part in the program as IMPLEMENTER/);
    expect((await participants(program.id)).map((row) => row.role).sort()).toEqual(["ACCOUNTABLE", "IMPLEMENTER", "PARTNER"]);
    expect(await test.db.auditEvent.count({ where: { entityId: program.id, action: "program.participant.add" } })).toBe(2);
  });

  it("refuses an unknown organisation or role on its field", async () => {
    const program = await register();
    expect((await errorsOf(await addParticipant(program.id, { organisationId: "nobody", role: "PARTNER" }))).fieldErrors?.organisationId).toBeDefined();
    expect((await errorsOf(await addParticipant(program.id, { organisationId: refs.iloId, role: "SPONSOR" }))).fieldErrors?.role).toBeDefined();
    expect(await participants(program.id)).toHaveLength(1);
  });

  it("keeps at least one accountable organisation", async () => {
    const program = await register();
    const [accountable] = await participants(program.id);
    expect((await errorsOf(await removeParticipant(program.id, accountable!.id), 409)).message).toMatch(/at least one accountable organisation/);
  });

  it("keeps the funder of a financial assistance program until the program names another", async () => {
    const program = await register({ type: "FINANCIAL_ASSISTANCE", funderId: refs.usMinistryId, fundingAmount: "500000" });
    const funder = (await participants(program.id)).find((row) => row.role === "FUNDER")!;
    expect((await errorsOf(await removeParticipant(program.id, funder.id), 409)).message).toMatch(/program's funder/);
  });

  it("leaves the program to its reporting ministry when that ministry no longer takes part", async () => {
    const program = await register({ visibility: "PUBLISHED" });
    await addParticipant(program.id, { organisationId: refs.usMinistryId, role: "ACCOUNTABLE" }, tokens.admin);
    const own = (await participants(program.id)).find((row) => row.organisationId === actors.govMx.organisationId)!;
    expect((await removeParticipant(program.id, own.id)).status).toBe(204);
    expect(await participants(program.id)).toHaveLength(1);
    // Still Mexico's program: its ministry keeps changing it; the United States' accountable ministry does not.
    expect((await addParticipant(program.id, { organisationId: refs.unionId, role: "CONSULTED" })).status).toBe(201);
    const us = await createActor(test.db, "GOVERNMENT", { organisationId: refs.usMinistryId });
    expect((await addParticipant(program.id, { organisationId: refs.iloId, role: "IMPLEMENTER" }, await tokenFor(us))).status).toBe(403);
  });

  it("removes a participant and records it", async () => {
    const program = await register();
    const added = (await (await addParticipant(program.id, { organisationId: refs.unionId, role: "CONSULTED" })).json()) as { data: { id: string } };
    expect((await removeParticipant(program.id, added.data.id)).status).toBe(204);
    expect((await removeParticipant(program.id, added.data.id)).status).toBe(404);
    const event = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: program.id, action: "program.participant.remove" } });
    expect(event.before).toMatchObject({ participant: { organisationId: refs.unionId, role: "CONSULTED" } });
  });

  it("refuses civil society, analysts and ministries of other countries", async () => {
    const program = await register({ visibility: "PUBLISHED" });
    expect((await addParticipant(program.id, { organisationId: refs.unionId, role: "MONITOR" }, tokens.cso)).status).toBe(403);
    expect((await addParticipant(program.id, { organisationId: refs.unionId, role: "MONITOR" }, tokens.analyst)).status).toBe(403);
    expect((await addParticipant(program.id, { organisationId: refs.unionId, role: "MONITOR" }, tokens.govCl)).status).toBe(403);
    const draft = await register();
    expect((await addParticipant(draft.id, { organisationId: refs.unionId, role: "MONITOR" }, tokens.govCl)).status).toBe(404);
    expect(await participants(program.id)).toHaveLength(1);
  });
});

// ───────────────────────────── Documents ─────────────────────────────

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"));
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, ...new Array(120).fill(0)]);

function upload(id: string, fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type?: string }, token = tokens.govMx) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  if (file) form.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "application/octet-stream" }));
  const request = new Request(`http://localhost/api/v1/programs/${id}/documents`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  return attachRoute(request, params({ id }));
}

function attachLink(id: string, body: unknown, token = tokens.govMx) {
  return attachRoute(apiRequest(`/api/v1/programs/${id}/documents`, { token, method: "POST", body }), params({ id }));
}

function download(id: string, token?: string) {
  return downloadRoute(apiRequest(`/api/v1/documents/${id}/file`, { token }), params({ id }));
}

function storedFiles(): string[] {
  return fs.readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe("documents", () => {
  it("attaches a link with its IATI category and records it", async () => {
    const program = await register();
    const response = await attachLink(program.id, { title: "Project document", category: "A02", url: "https://www.ilo.org/project", languageCode: "EN", documentDate: "2026-03-01" });
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { id: string; languageCode: string; url: string } };
    expect(data).toMatchObject({ languageCode: "en", url: "https://www.ilo.org/project" });
    const detail = (await (await getRoute(apiRequest(`/api/v1/programs/${program.id}`, { token: tokens.govMx }), params({ id: program.id }))).json()) as {
      data: { documents: { id: string; category: string }[] };
    };
    expect(detail.data.documents).toEqual([expect.objectContaining({ id: data.id, category: "A02" })]);
    expect(await test.db.auditEvent.count({ where: { entityId: program.id, action: "program.document.attach" } })).toBe(1);
  });

  it("stores an upload with its size, type and SHA-256, and serves it back as a download", async () => {
    const program = await register();
    const response = await upload(program.id, { title: "Informe técnico", category: "A07" }, { name: "Informe técnico.pdf", bytes: PDF, type: "text/html" });
    expect(response.status, await response.clone().text()).toBe(201);
    const { data } = (await response.json()) as { data: { id: string; checksum: string; sizeBytes: number; contentType: string; fileName: string } };
    expect(data).toMatchObject({ sizeBytes: PDF.byteLength, contentType: "application/pdf", fileName: "Informe técnico.pdf" });
    expect(data.checksum).toBe(createHash("sha256").update(PDF).digest("hex"));

    const file = await download(data.id, tokens.govMx);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="Informe t_cnico.pdf"; filename*=UTF-8''Informe%20t%C3%A9cnico.pdf`);
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(file.headers.get("etag")).toBe(`"${data.checksum}"`);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);
  });

  it("lets only those who may see the program download its files", async () => {
    const program = await register();
    const { data } = (await (await upload(program.id, { title: "Photo", category: "A12" }, { name: "site.png", bytes: PNG })).json()) as { data: { id: string } };
    expect((await download(data.id)).status).toBe(404);
    expect((await download(data.id, tokens.govCl)).status).toBe(404);
    expect((await download(data.id, tokens.cso)).status).toBe(404);
    expect((await download(data.id, tokens.analyst)).status).toBe(200);
    const patch = await patchRoute(apiRequest(`/api/v1/programs/${program.id}`, { token: tokens.govMx, method: "PATCH", body: { version: 1, visibility: "PUBLISHED" } }), params({ id: program.id }));
    expect(patch.status).toBe(200);
    const anonymous = await download(data.id);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get("content-type")).toBe("image/png");
  });

  describe("refuses, on the field, and stores nothing", () => {
    const cases: [string, Record<string, string>, { name: string; bytes: Uint8Array } | undefined, string, RegExp][] = [
      ["a program disguised as a PDF", { title: "Report", category: "A07" }, { name: "report.pdf", bytes: EXE }, "file", /not a \.pdf file/],
      ["an executable", { title: "Tool", category: "A07" }, { name: "tool.exe", bytes: EXE }, "file", /Upload a PDF/],
      ["a file without an extension", { title: "Report", category: "A07" }, { name: "report", bytes: PDF }, "file", /Upload a PDF/],
      ["an empty file", { title: "Empty", category: "A07" }, { name: "empty.pdf", bytes: new Uint8Array() }, "file", /Choose a file|empty/],
      ["a CSV that is not UTF-8", { title: "Data", category: "A07" }, { name: "data.csv", bytes: Uint8Array.from([0x4e, 0x6f, 0x6d, 0x62, 0x72, 0x65, 0x3b, 0xe9, 0x0a]) }, "file", /not plain text in UTF-8/],
      ["a file over the size limit", { title: "Huge", category: "A07" }, { name: "huge.pdf", bytes: new Uint8Array(MAX_DOCUMENT_BYTES + 1) }, "file", /limit is 10\.0 MB/],
      ["a category that is not an activity's", { title: "Report", category: "B01" }, { name: "report.pdf", bytes: PDF }, "category", /IATI category/],
      ["a link and a file together", { title: "Report", category: "A07", url: "https://example.org/r.pdf" }, { name: "report.pdf", bytes: PDF }, "url", /not both/],
      ["neither a link nor a file", { title: "Report", category: "A07" }, undefined, "file", /Choose a file/],
      ["a link that is not http(s)", { title: "Report", category: "A07", url: "javascript:alert(1)" }, undefined, "url", /https:\/\//],
      ["no title", { title: "", category: "A07" }, { name: "report.pdf", bytes: PDF }, "title", /title/],
    ];
    it.each(cases)("%s", async (_label, fields, file, field, message) => {
      const program = await register();
      const before = storedFiles().length;
      const error = await errorsOf(await upload(program.id, fields, file));
      expect(error.fieldErrors?.[field]?.join(" ")).toMatch(message);
      expect(storedFiles()).toHaveLength(before);
      expect(await test.db.document.count({ where: { programId: program.id } })).toBe(0);
    });
  });

  it("refuses a body that declares more than the limit before reading it", async () => {
    const program = await register();
    const request = new Request(`http://localhost/api/v1/programs/${program.id}/documents`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.govMx}`, "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_DOCUMENT_BYTES * 2) },
      body: "--x--",
    });
    expect((await attachRoute(request, params({ id: program.id }))).status).toBe(413);
  });

  it("refuses uploads from those who may not change the program", async () => {
    const program = await register({ visibility: "PUBLISHED" });
    expect((await upload(program.id, { title: "Mine", category: "A07" }, { name: "r.pdf", bytes: PDF }, tokens.cso)).status).toBe(403);
    expect((await upload(program.id, { title: "Mine", category: "A07" }, { name: "r.pdf", bytes: PDF }, tokens.govCl)).status).toBe(403);
    expect(await test.db.document.count({ where: { programId: program.id } })).toBe(0);
  });

  it("removes a document and its stored file", async () => {
    const program = await register();
    const { data } = (await (await upload(program.id, { title: "Draft", category: "A07" }, { name: "draft.pdf", bytes: PDF })).json()) as { data: { id: string } };
    const { storageKey } = await test.db.document.findUniqueOrThrow({ where: { id: data.id }, select: { storageKey: true } });
    expect(fs.existsSync(path.join(uploads, storageKey!))).toBe(true);
    const response = await removeDocumentRoute(apiRequest(`/api/v1/programs/${program.id}/documents/${data.id}`, { token: tokens.govMx, method: "DELETE" }), params({ id: program.id, documentId: data.id }));
    expect(response.status).toBe(204);
    expect(fs.existsSync(path.join(uploads, storageKey!))).toBe(false);
    expect((await download(data.id, tokens.govMx)).status).toBe(404);
  });
});

describe("history", () => {
  it("lists every change to the program, its participants and documents, newest first, to signed-in readers", async () => {
    const program = await register({ visibility: "PUBLISHED" });
    await addParticipant(program.id, { organisationId: refs.iloId, role: "IMPLEMENTER" });
    await attachLink(program.id, { title: "Summary", category: "A02", url: "https://example.org/summary" });
    const response = await historyRoute(apiRequest(`/api/v1/programs/${program.id}/history`, { token: tokens.cso }), params({ id: program.id }));
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { action: string }[] };
    expect(data.map((event) => event.action)).toEqual(["program.document.attach", "program.participant.add", "program.create"]);
    expect((await historyRoute(apiRequest(`/api/v1/programs/${program.id}/history`), params({ id: program.id }))).status).toBe(401);
  });
});
