import { describe, expect, it, vi } from "vitest";
import { createApiToken, MAX_ACTIVE_TOKENS } from "@/lib/platform/api-tokens/create-api-token";
import { resolveApiToken } from "@/lib/platform/api-tokens/resolve-api-token";
import { revokeApiToken } from "@/lib/platform/api-tokens/revoke-api-token";
import { hashToken } from "@/lib/platform/api-tokens/token-hash";
import { AppError } from "@/lib/platform/errors/app-error";
import { contextFor, createActor } from "./helpers/actors";
import { apiRequest, params } from "./helpers/api";
import { provideTestDatabase, bindAppDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));
const { GET: me } = await import("@/app/api/v1/me/route");
const { POST: createRoute, GET: listRoute } = await import("@/app/api/v1/tokens/route");
const { DELETE: revokeRoute } = await import("@/app/api/v1/tokens/[id]/route");

const test = provideTestDatabase();
bindAppDatabase(test);

describe("API tokens", () => {
  it("are shown once, stored only as a hash, and act as their owner", async () => {
    const owner = await createActor(test.db, "GOVERNMENT", { country: "US" });
    const created = await createApiToken(contextFor(owner), { name: "nightly export" });
    expect(created.token).toMatch(/^lct_[A-Za-z0-9_-]{40,}$/);

    const row = await test.db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const audit = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "apiToken.create" } });
    expect(JSON.stringify(audit)).not.toContain(created.token);

    const response = await me(apiRequest("/api/v1/me", { token: created.token }), params({}));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { id: owner.id, role: "GOVERNMENT", organisation: { country: "US" } } });
  });

  it("follow the owner's current role, and stop when the owner is disabled", async () => {
    const owner = await createActor(test.db, "ANALYST");
    const { token } = await createApiToken(contextFor(owner), { name: "reports" });
    await test.db.user.update({ where: { id: owner.id }, data: { role: "CIVIL_SOCIETY" } });
    expect((await resolveApiToken(token))?.role).toBe("CIVIL_SOCIETY");
    await test.db.user.update({ where: { id: owner.id }, data: { disabled: true } });
    expect(await resolveApiToken(token)).toBeNull();
  });

  it("stop working when revoked or expired", async () => {
    const owner = await createActor(test.db, "CIVIL_SOCIETY");
    const revoked = await createApiToken(contextFor(owner), { name: "old" });
    await revokeApiToken(contextFor(owner), revoked.id);
    expect(await resolveApiToken(revoked.token)).toBeNull();
    expect(await test.db.auditEvent.count({ where: { entityId: revoked.id, action: "apiToken.revoke" } })).toBe(1);

    const expiring = await createApiToken(contextFor(owner), { name: "short", expiresInDays: 1 });
    expect(await resolveApiToken(expiring.token)).not.toBeNull();
    await test.db.apiToken.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveApiToken(expiring.token)).toBeNull();

    const response = await me(apiRequest("/api/v1/me", { token: revoked.token }), params({}));
    expect(response.status).toBe(401);
  });

  it("cannot be revoked by anyone but their owner", async () => {
    const owner = await createActor(test.db, "GOVERNMENT");
    const other = await createActor(test.db, "ADMIN");
    const created = await createApiToken(contextFor(owner), { name: "mine" });
    await expect(revokeApiToken(contextFor(other), created.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await resolveApiToken(created.token)).not.toBeNull();
  });

  it("need a signed-in owner and a valid name", async () => {
    await expect(createApiToken(contextFor(null), { name: "x" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const owner = await createActor(test.db, "GOVERNMENT");
    const refused = await createApiToken(contextFor(owner), { name: " ", expiresInDays: 0 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Error);
    expect(await test.db.apiToken.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("are limited per user", async () => {
    const owner = await createActor(test.db, "GOVERNMENT");
    for (let i = 0; i < MAX_ACTIVE_TOKENS; i++) await createApiToken(contextFor(owner), { name: `t${i}` });
    const refused = await createApiToken(contextFor(owner), { name: "one too many" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("CONFLICT");
  });

  it("are managed through /api/v1/tokens by their owner", async () => {
    const owner = await createActor(test.db, "GOVERNMENT");
    const { token } = await createApiToken(contextFor(owner), { name: "bootstrap" });

    const created = await createRoute(apiRequest("/api/v1/tokens", { token, method: "POST", body: { name: "from the API" } }), params({}));
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { id: string; token: string } };
    expect(await resolveApiToken(data.token)).toMatchObject({ id: owner.id });

    const invalid = await createRoute(apiRequest("/api/v1/tokens", { token, method: "POST", body: { name: "" } }), params({}));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: "INVALID_INPUT", fieldErrors: { name: expect.any(Array) } } });

    const listed = await listRoute(apiRequest("/api/v1/tokens", { token }), params({}));
    const body = await listed.text();
    expect(JSON.parse(body).data).toHaveLength(2);
    expect(body).not.toContain(data.token);

    const revoked = await revokeRoute(apiRequest(`/api/v1/tokens/${data.id}`, { token, method: "DELETE" }), params({ id: data.id }));
    expect(revoked.status).toBe(204);
    expect(await resolveApiToken(data.token)).toBeNull();

    const anonymous = await createRoute(apiRequest("/api/v1/tokens", { method: "POST", body: { name: "x" } }), params({}));
    expect(anonymous.status).toBe(401);
  });
});
