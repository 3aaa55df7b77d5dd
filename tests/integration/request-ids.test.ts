// The audit trail records the server's request id, never one a client chose.
import { describe, expect, it, vi } from "vitest";
import { createActor } from "./helpers/actors";
import { apiRequest, params, throughProxy, tokenFor } from "./helpers/api";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));
const { POST: createToken } = await import("@/app/api/v1/tokens/route");

const test = provideTestDatabase();
bindAppDatabase(test);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("request ids in the audit trail", () => {
  it("are the server's own, whatever X-Request-Id the client sent", async () => {
    const owner = await createActor(test.db, "GOVERNMENT");
    const token = await tokenFor(owner);
    const sent = apiRequest("/api/v1/tokens", { token, method: "POST", body: { name: "chosen id" } });
    sent.headers.set("x-request-id", "forged-request-id-0001");

    const response = await createToken(await throughProxy(sent), params({}));
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as { data: { id: string } };

    const audit = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: data.id, action: "apiToken.create" } });
    expect(audit.requestId).toMatch(UUID);
    expect(await test.db.auditEvent.count({ where: { requestId: { contains: "forged-request-id" } } })).toBe(0);
  });
});
