import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import type { NextAuthOptions } from "next-auth";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SIGN_IN_RULES } from "@/lib/platform/auth/throttle";
import { createUser } from "@/prisma/seed/factories";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

// Outside Next.js, next-auth's route handler cannot run (it reads next/headers). In its place, what
// it does for a credentials sign-in: call our authorize() with the form and the request's headers.
vi.mock("next-auth", () => ({
  default: async (request: NextRequest, _context: unknown, options: NextAuthOptions) => {
    const form = Object.fromEntries(await request.formData()) as Record<string, string>;
    const credentials = options.providers.find((provider) => provider.id === "credentials") as unknown as {
      options: { authorize: (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
    };
    try {
      const user = await credentials.options.authorize(form, { headers: Object.fromEntries(request.headers) });
      return Response.json({ signedIn: Boolean(user) });
    } catch (error) {
      return Response.json({ error: (error as Error).message }, { status: 401 });
    }
  },
}));

const test = provideTestDatabase();
bindAppDatabase(test);

const PASSWORD = "correct horse battery staple";

/**
 * The app server as `npm start` runs it, with no trusted proxy (the default): scripts/peer-address.cjs
 * appends each socket's address to X-Forwarded-For, then the sign-in route handles the request. This
 * file's database is its own, so it may lock 127.0.0.1.
 */
describe("the client's address at sign-in, with no trusted proxy", () => {
  let base = "";
  let server: http.Server;

  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET ??= "a test secret that is long enough to sign sessions";
    process.env.DATABASE_URL = test.url;
    delete process.env.TRUSTED_PROXIES;
    createRequire(import.meta.url)("../../scripts/peer-address.cjs");
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    server = http.createServer(async (req, res) => {
      const url = new URL(req.url ?? "/", base);
      const request = new NextRequest(url, {
        method: "POST",
        headers: Object.entries(req.headers).map(([name, value]) => [name, String(value)] as [string, string]),
        body: Readable.toWeb(req) as ReadableStream,
        duplex: "half",
      });
      const nextauth = url.pathname.replace("/api/auth/", "").split("/");
      const response = await POST(request, { params: Promise.resolve({ nextauth }) });
      res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function signIn(email: string, password: string, forwardedFor: string) {
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor },
      body: new URLSearchParams({ email, password }),
    });
    return { status: response.status, retryAfter: Number(response.headers.get("Retry-After")), body: (await response.json()) as unknown };
  }

  it("lets a client in with its own address, whatever it writes in X-Forwarded-For", async () => {
    const user = await test.db.$transaction((tx) => createUser(tx, { role: "GOVERNMENT", password: PASSWORD }));
    expect(await signIn(user.email, PASSWORD, "192.0.2.1")).toMatchObject({ status: 200, body: { signedIn: true } });
    const event = await test.db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "user.sign-in" } });
    expect(event).toBeTruthy();
  });

  it("counts a client that rotates X-Forwarded-For against its real address, and locks it", async () => {
    const user = await test.db.$transaction((tx) => createUser(tx, { role: "GOVERNMENT", password: PASSWORD }));
    for (let i = 1; i <= SIGN_IN_RULES.ip.maxFailures; i++) {
      const answer = await signIn(`someone-${i}@example.test`, "guess", `192.0.2.${i}, 198.51.100.${i}`);
      expect(answer).toMatchObject({ status: 200, body: { signedIn: false } });
    }
    const refused = await signIn(user.email, PASSWORD, "203.0.113.200");
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBeGreaterThan(SIGN_IN_RULES.ip.lockSeconds - 60);
    const row = await test.db.signInThrottle.findUniqueOrThrow({ where: { key: "ip:127.0.0.1" } });
    expect(row.failures).toBe(SIGN_IN_RULES.ip.maxFailures);
  });

  it("does not count the failures against the addresses the client named", async () => {
    const rows = await test.db.signInThrottle.findMany({ where: { key: { startsWith: "ip:" } }, select: { key: true } });
    expect(rows.map((row) => row.key)).toEqual(["ip:127.0.0.1"]);
    const pairs = await test.db.signInThrottle.count({ where: { key: { startsWith: "pair:" }, NOT: { key: { startsWith: "pair:127.0.0.1 " } } } });
    expect(pairs).toBe(0);
  });
});
