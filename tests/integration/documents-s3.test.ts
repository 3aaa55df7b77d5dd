// The document tests with files in an S3 bucket (STORAGE=s3), on a local S3-compatible server;
// then the same server stopped, as a store that cannot be reached.
import { afterAll, describe, expect, it, vi } from "vitest";
import { renderProblem } from "@/lib/platform/i18n/render-problem";
import { STORE_UNAVAILABLE_MESSAGE } from "@/lib/platform/storage/s3-storage";
import { apiRequest, params } from "./helpers/api";
import { documentClient, documentSuite, PDF, storedKeys } from "./helpers/document-suite";
import { startS3Server } from "./helpers/s3-server";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

// Node's warnings, to check that the AWS SDK's Node-version notice stays out of the logs.
const warnings: string[] = [];
process.on("warning", (warning) => warnings.push(warning.message));

const s3 = await startS3Server();
Object.assign(process.env, s3.env);
afterAll(() => s3.stop());

const client = documentClient();
documentSuite(client);

describe("the S3 client", () => {
  it("does not print the AWS SDK's Node.js version notice", async () => {
    expect((await storedKeys()).length).toBeGreaterThan(0); // the client has been used
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((message) => /AWS SDK/.test(message))).toEqual([]);
  });
});

describe("an S3 store that cannot be reached", () => {
  it("answers 503 with a plain message, stores nothing and keeps the documents it has", async () => {
    const program = await client.register();
    const stored = (await (await client.upload(program.id, { title: "Before", category: "A07" }, { name: "before.pdf", bytes: PDF })).json()) as { data: { id: string } };
    await s3.stop();

    const response = await client.upload(program.id, { title: "During", category: "A07" }, { name: "during.pdf", bytes: PDF });
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({ code: "UNAVAILABLE", message: renderProblem(STORE_UNAVAILABLE_MESSAGE, "en") });
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await client.test.db.document.count({ where: { programId: program.id } })).toBe(1);

    const download = await client.download(stored.data.id, client.tokens.govMx);
    expect(download.status).toBe(503);
    expect(((await download.json()) as { error: { message: string } }).error.message).toBe(renderProblem(STORE_UNAVAILABLE_MESSAGE, "en"));

    // The same answer in the client's language.
    const { GET: downloadFile } = await import("@/app/api/v1/documents/[id]/file/route");
    const inSpanish = await downloadFile(apiRequest(`/api/v1/documents/${stored.data.id}/file`, { token: client.tokens.govMx, language: "es" }), params({ id: stored.data.id }));
    expect(inSpanish.status).toBe(503);
    expect(((await inSpanish.json()) as { error: { message: string } }).error.message).toBe(
      "En este momento no se puede acceder al almacén de documentos, por lo que no se guardó ni se leyó nada. Vuelva a intentarlo en un minuto.",
    );
  });
});
