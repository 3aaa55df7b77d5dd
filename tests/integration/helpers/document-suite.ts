// The document tests, run the same against every storage (a local directory, an S3 bucket): a
// program's uploads checked and stored with a checksum, served back only to its viewers, removed
// with their files, and the storage itself (keys, streams, missing files).
import { createHash } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/file-rules";
import { fileStorage } from "@/lib/platform/storage/file-storage";
import { FILE_REMOVAL_LOCK } from "@/lib/platform/storage/file-removal-lock";
import { createAgreement, createOrganisation } from "@/prisma/seed/factories";
import { createActor } from "./actors";
import { apiRequest, params, tokenFor } from "./api";
import { bindAppDatabase, provideTestDatabase, type TestDatabase } from "./test-database";

const { POST: createRoute } = await import("@/app/api/v1/programs/route");
const { GET: getRoute, PATCH: patchRoute } = await import("@/app/api/v1/programs/[id]/route");
const { POST: attachRoute } = await import("@/app/api/v1/programs/[id]/documents/route");
const { DELETE: removeDocumentRoute } = await import("@/app/api/v1/programs/[id]/documents/[documentId]/route");
const { GET: downloadRoute } = await import("@/app/api/v1/documents/[id]/file/route");

export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"));
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, ...new Array(120).fill(0)]);

type Who = "govMx" | "govCl" | "cso" | "analyst";

/** The program document routes as a client calls them, over the calling file's own database. */
export function documentClient() {
  const test = provideTestDatabase();
  bindAppDatabase(test);
  const tokens = {} as Record<Who, string>;
  const refs = { agreementId: "" };

  beforeAll(async () => {
    const setup = await test.db.$transaction(async (tx) => ({
      agreement: await createAgreement(tx, { parties: ["MX", "US"] }),
      stps: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" }),
      mintrab: await createOrganisation(tx, { kind: "GOVERNMENT_MINISTRY", countryCode: "CL" }),
      union: await createOrganisation(tx, { kind: "WORKERS_ORGANISATION", countryCode: "MX" }),
    }));
    refs.agreementId = setup.agreement.id;
    const actors: Record<Who, Actor> = {
      govMx: await createActor(test.db, "GOVERNMENT", { organisationId: setup.stps.id }),
      govCl: await createActor(test.db, "GOVERNMENT", { organisationId: setup.mintrab.id }),
      cso: await createActor(test.db, "CIVIL_SOCIETY", { organisationId: setup.union.id }),
      analyst: await createActor(test.db, "ANALYST"),
    };
    for (const who of Object.keys(actors) as Who[]) tokens[who] = await tokenFor(actors[who]);
  });

  let serial = 0;
  return {
    test,
    tokens,
    async register(overrides: Record<string, unknown> = {}) {
      serial += 1;
      const body = { agreementId: refs.agreementId, identifier: `MX-STPS-DOCS-${serial}-${Date.now()}`, title: `Program ${serial}`, type: "TECHNICAL_COOPERATION", expertiseArea: "Occupational safety", currencyCode: "MXN", ...overrides };
      const response = await createRoute(apiRequest("/api/v1/programs", { token: tokens.govMx, method: "POST", body }), params({}));
      expect(response.status).toBe(201);
      return ((await response.json()) as { data: { id: string; version: number } }).data;
    },
    upload(id: string, fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type?: string }, token = tokens.govMx) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      if (file) form.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "application/octet-stream" }));
      const request = new Request(`http://localhost/api/v1/programs/${id}/documents`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
      return attachRoute(request, params({ id }));
    },
    attachLink(id: string, body: unknown, token = tokens.govMx) {
      return attachRoute(apiRequest(`/api/v1/programs/${id}/documents`, { token, method: "POST", body }), params({ id }));
    },
    download(id: string, token?: string) {
      return downloadRoute(apiRequest(`/api/v1/documents/${id}/file`, { token }), params({ id }));
    },
    remove(programId: string, documentId: string) {
      return removeDocumentRoute(apiRequest(`/api/v1/programs/${programId}/documents/${documentId}`, { token: tokens.govMx, method: "DELETE" }), params({ id: programId, documentId }));
    },
    publish(id: string) {
      return patchRoute(apiRequest(`/api/v1/programs/${id}`, { token: tokens.govMx, method: "PATCH", body: { version: 1, visibility: "PUBLISHED" } }), params({ id }));
    },
    get(id: string) {
      return getRoute(apiRequest(`/api/v1/programs/${id}`, { token: tokens.govMx }), params({ id }));
    },
  };
}

export async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of fileStorage().keys()) keys.push(key);
  return keys;
}

export async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function errorsOf(response: Response, status = 400) {
  expect(response.status, await response.clone().text()).toBe(status);
  return ((await response.json()) as { error: { message: string; fieldErrors?: Record<string, string[]> } }).error;
}

/** The document tests, against the storage the calling file configured. */
export function documentSuite(client: ReturnType<typeof documentClient>) {
  const { test, tokens, register, upload, attachLink, download, remove } = client;

  describe("the storage", () => {
    it("stores bytes under a key it makes, streams them back, lists and removes them", async () => {
      const data = new TextEncoder().encode("Acta de la reunión del consejo\n");
      const key = await fileStorage().put(data);
      expect(key).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
      const file = await fileStorage().read(key);
      expect(file?.size).toBe(data.byteLength);
      expect(await bytesOf(file!.stream)).toEqual(data);
      expect(await storedKeys()).toContain(key);
      await fileStorage().remove(key);
      expect(await fileStorage().read(key)).toBeNull();
      expect(await storedKeys()).not.toContain(key);
    });

    it("reads a missing key as nothing, removes it without complaint, and never touches a key it could not have made", async () => {
      expect(await fileStorage().read("2026/01/00000000-0000-4000-8000-000000000000")).toBeNull();
      await expect(fileStorage().remove("2026/01/00000000-0000-4000-8000-000000000000")).resolves.toBeUndefined();
      expect(await fileStorage().read("../../etc/passwd")).toBeNull();
      await expect(fileStorage().restore("../outside", PDF)).rejects.toThrow(/not a storage key/);
    });

    it("puts a file back under the key a backup recorded", async () => {
      const key = "2025/12/11111111-2222-4333-8444-555555555555";
      await fileStorage().restore(key, PDF);
      expect(await bytesOf((await fileStorage().read(key))!.stream)).toEqual(PDF);
      await fileStorage().remove(key);
    });
  });

  describe("documents", () => {
    it("attaches a link with its IATI category and records it", async () => {
      const program = await register();
      const response = await attachLink(program.id, { title: "Project document", category: "A02", url: "https://www.ilo.org/project", languageCode: "EN", documentDate: "2026-03-01" });
      expect(response.status).toBe(201);
      const { data } = (await response.json()) as { data: { id: string; languageCode: string; url: string } };
      expect(data).toMatchObject({ languageCode: "en", url: "https://www.ilo.org/project" });
      const detail = (await (await client.get(program.id)).json()) as { data: { documents: { id: string; category: string }[] } };
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
      expect(file.headers.get("content-length")).toBe(String(PDF.byteLength));
      expect(file.headers.get("content-disposition")).toBe(`attachment; filename="Informe t_cnico.pdf"; filename*=UTF-8''Informe%20t%C3%A9cnico.pdf`);
      expect(file.headers.get("x-content-type-options")).toBe("nosniff");
      expect(file.headers.get("etag")).toBe(`"${data.checksum}"`);
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);
    });

    it("lets only those who may see the program download its files", async () => {
      // What publishing waits for besides a title and the ministry as participant (publish-checklist.ts).
      const program = await register({ summary: "Inspections of occupational safety.", plannedStart: "2026-01-01" });
      const { data } = (await (await upload(program.id, { title: "Photo", category: "A12" }, { name: "site.png", bytes: PNG })).json()) as { data: { id: string } };
      expect((await download(data.id)).status).toBe(404);
      expect((await download(data.id, tokens.govCl)).status).toBe(404);
      expect((await download(data.id, tokens.cso)).status).toBe(404);
      expect((await download(data.id, tokens.analyst)).status).toBe(200);
      expect((await client.publish(program.id)).status).toBe(200);
      const anonymous = await download(data.id);
      expect(anonymous.status).toBe(200);
      expect(anonymous.headers.get("content-type")).toBe("image/png");
    });

    it("says so when a document's stored file has gone missing", async () => {
      const program = await register();
      const { data } = (await (await upload(program.id, { title: "Lost", category: "A07" }, { name: "lost.pdf", bytes: PDF })).json()) as { data: { id: string } };
      const { storageKey } = await test.db.document.findUniqueOrThrow({ where: { id: data.id }, select: { storageKey: true } });
      await fileStorage().remove(storageKey!);
      const error = await errorsOf(await download(data.id, tokens.govMx), 404);
      expect(error.message).toMatch(/stored file of this document is missing/);
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
        const before = (await storedKeys()).length;
        const error = await errorsOf(await upload(program.id, fields, file));
        expect(error.fieldErrors?.[field]?.join(" ")).toMatch(message);
        expect(await storedKeys()).toHaveLength(before);
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
      expect(await fileStorage().read(storageKey!)).not.toBeNull();
      expect((await remove(program.id, data.id)).status).toBe(204);
      expect(await fileStorage().read(storageKey!)).toBeNull();
      expect((await download(data.id, tokens.govMx)).status).toBe(404);
    });

    it("keeps a removed document's file until a running backup has copied its files", async () => {
      const program = await register();
      const { data } = (await (await upload(program.id, { title: "In a backup", category: "A07" }, { name: "kept.pdf", bytes: PDF })).json()) as { data: { id: string } };
      const { storageKey } = await test.db.document.findUniqueOrThrow({ where: { id: data.id }, select: { storageKey: true } });
      const backup = await holdBackupLock(test);
      let settled = false;
      const removal = remove(program.id, data.id).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(await test.db.document.count({ where: { id: data.id } })).toBe(0);
      expect(await fileStorage().read(storageKey!)).not.toBeNull();
      expect(settled).toBe(false);
      await backup.release();
      expect((await removal).status).toBe(204);
      expect(await fileStorage().read(storageKey!)).toBeNull();
    });
  });
}

/** Holds the lock a backup holds while it copies files, on a connection of its own. */
async function holdBackupLock(test: TestDatabase) {
  const connection = new pg.Client({ connectionString: test.url });
  await connection.connect();
  await connection.query("SELECT pg_advisory_lock_shared($1, $2)", [...FILE_REMOVAL_LOCK]);
  return { release: () => connection.end() };
}
