import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { renderProblem } from "@/lib/platform/i18n/render-problem";
import { authenticate, INVALID_CREDENTIALS } from "@/lib/platform/auth/authenticate";
import { matchOidcUser } from "@/lib/platform/auth/oidc";
import { recordSignInFailure, SIGN_IN_RULES, throttleKeys } from "@/lib/platform/auth/throttle";
import { AppError } from "@/lib/platform/errors/app-error";
import { createUser } from "@/prisma/seed/factories";
import { provideTestDatabase, bindAppDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
bindAppDatabase(test);

const PASSWORD = "correct horse battery staple";
let ipCounter = 0;
/** A fresh address per test, so that one test's failures do not lock the next. */
const newIp = () => `198.51.100.${++ipCounter}`;

async function newUser(data: { disabled?: boolean } = {}) {
  return test.db.$transaction((tx) => createUser(tx, { role: "GOVERNMENT", password: PASSWORD, ...data }));
}

async function attempt(email: string, password: string, ip: string, rules = SIGN_IN_RULES) {
  try {
    await authenticate({ email, password, ip, requestId: "req-test" }, rules);
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message, retryAfter: error.retryAfter };
    throw error;
  }
}

describe("signing in with email and password", () => {
  it("accepts the right password, whatever the email's case, and records the sign-in", async () => {
    const user = await newUser();
    expect(await attempt(user.email.toUpperCase(), PASSWORD, newIp())).toBe("ok");
    const row = await test.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lastSignInAt).not.toBeNull();
    expect(await test.db.auditEvent.count({ where: { entityId: user.id, action: "user.sign-in" } })).toBe(1);
  });

  it("gives the same answer for a wrong password, an unknown email and a disabled account", async () => {
    const user = await newUser();
    const disabled = await newUser({ disabled: true });
    const answers = [
      await attempt(user.email, "wrong password", newIp()),
      await attempt("nobody@example.test", PASSWORD, newIp()),
      await attempt(disabled.email, PASSWORD, newIp()),
    ];
    for (const answer of answers) expect(answer).toEqual({ code: "UNAUTHENTICATED", message: renderProblem(INVALID_CREDENTIALS, "en"), retryAfter: undefined });
  });

  it("shuts one address out of an account after repeated failures, and only slows the account for the others", async () => {
    const owner = await newUser();
    const attacker = newIp();
    const fast = { ...SIGN_IN_RULES, account: { ...SIGN_IN_RULES.account, firstDelaySeconds: 0.2, maxDelaySeconds: 0.2 } };
    for (let i = 0; i < SIGN_IN_RULES.pair.maxFailures; i++) {
      expect(await attempt(owner.email, `wrong ${i}`, attacker, fast)).toMatchObject({ code: "UNAUTHENTICATED" });
    }

    // The owner, from their own address, waits at most the account's delay, then gets in.
    const slowed = await attempt(owner.email, PASSWORD, newIp(), fast);
    expect(slowed).toMatchObject({ code: "RATE_LIMITED", retryAfter: 1 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await attempt(owner.email, PASSWORD, newIp(), fast)).toBe("ok");

    // The attacker's address stays shut out of the account, even with the right password.
    const locked = await attempt(owner.email, PASSWORD, attacker, fast);
    expect(locked).toMatchObject({ code: "RATE_LIMITED" });
    expect((locked as { retryAfter: number }).retryAfter).toBeGreaterThan(SIGN_IN_RULES.pair.lockSeconds - 60);
    expect((locked as { retryAfter: number }).retryAfter).toBeLessThanOrEqual(SIGN_IN_RULES.pair.lockSeconds);
    const lockEvents = await test.db.auditEvent.findMany({ where: { entityId: owner.id, action: "user.lock" } });
    expect(lockEvents).toHaveLength(1);
    expect(lockEvents[0]?.after).toMatchObject({ reason: "repeated failed sign-ins", address: attacker });
  });

  it("lets the owner in while a stranger keeps hammering the account from elsewhere", async () => {
    const owner = await newUser();
    const fast = { ...SIGN_IN_RULES, account: { ...SIGN_IN_RULES.account, firstDelaySeconds: 0.1, maxDelaySeconds: 0.1 } };
    const home = newIp();
    for (let round = 0; round < 3; round++) {
      const attacker = newIp();
      for (let i = 0; i < SIGN_IN_RULES.pair.maxFailures + 2; i++) {
        await attempt(owner.email, "guess", attacker, fast);
        await new Promise((resolve) => setTimeout(resolve, 110));
      }
      expect(await attempt(owner.email, "guess", attacker, fast)).toMatchObject({ code: "RATE_LIMITED" });
    }
    await new Promise((resolve) => setTimeout(resolve, 110));
    expect(await attempt(owner.email, PASSWORD, home, fast)).toBe("ok");
  });

  it("makes each further failure on an account wait twice as long, up to the cap, whatever the address", async () => {
    const email = "target@example.test";
    const waitAfter = async (failures: number) => {
      await test.db.signInThrottle.deleteMany({ where: { key: throttleKeys(email, "x").account } });
      for (let i = 0; i < failures; i++) await recordSignInFailure(test.db, throttleKeys(email, newIp()));
      const row = await test.db.signInThrottle.findUniqueOrThrow({ where: { key: throttleKeys(email, "x").account } });
      return row.lockedUntil ? Math.round((row.lockedUntil.getTime() - Date.now()) / 1000) : 0;
    };
    const { freeFailures, maxDelaySeconds } = SIGN_IN_RULES.account;
    expect(await waitAfter(freeFailures - 1)).toBe(0);
    expect(await waitAfter(freeFailures)).toBe(1);
    expect(await waitAfter(freeFailures + 1)).toBe(2);
    expect(await waitAfter(freeFailures + 3)).toBe(8);
    expect(await waitAfter(freeFailures + 12)).toBe(maxDelaySeconds);
  });

  it("lets the account in again once the lock has expired", async () => {
    const user = await newUser();
    const keys = throttleKeys(user.email, newIp());
    await test.db.signInThrottle.create({ data: { key: keys.account, failures: 9, lockedUntil: new Date(Date.now() - 1000) } });
    expect(await attempt(user.email, PASSWORD, newIp())).toBe("ok");
    expect(await test.db.signInThrottle.findUnique({ where: { key: keys.account } })).toBeNull();
  });

  it("clears an account's failures after a successful sign-in", async () => {
    const user = await newUser();
    for (let i = 0; i < SIGN_IN_RULES.account.freeFailures - 1; i++) await attempt(user.email, "wrong", newIp());
    expect(await attempt(user.email, PASSWORD, newIp())).toBe("ok");
    expect(await attempt(user.email, "wrong again", newIp())).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await attempt(user.email, PASSWORD, newIp())).toBe("ok");
  });

  it("locks an address that fails against many accounts", async () => {
    const ip = newIp();
    for (let i = 0; i < SIGN_IN_RULES.ip.maxFailures; i++) await attempt(`someone-${i}@example.test`, "guess", ip);
    const user = await newUser();
    expect(await attempt(user.email, PASSWORD, ip)).toMatchObject({ code: "RATE_LIMITED" });
    expect(await attempt(user.email, PASSWORD, newIp())).toBe("ok");
  });

  it("counts concurrent failures without losing any", async () => {
    const key = throttleKeys("race@example.test", "203.0.113.9");
    await Promise.all(Array.from({ length: 4 }, () => recordSignInFailure(test.db, key)));
    const row = await test.db.signInThrottle.findUniqueOrThrow({ where: { key: key.account } });
    expect(row.failures).toBe(4);
    expect(row.lockedUntil).toBeNull();
  });
});

describe("POST /api/auth/callback/credentials", () => {
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET ??= "a test secret that is long enough to sign sessions";
    process.env.DATABASE_URL ??= test.url;
  });

  it("answers 429 with Retry-After while the account waits, before checking the password", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    const user = await newUser();
    await test.db.signInThrottle.create({
      data: { key: throttleKeys(user.email, "x").account, failures: 5, lockedUntil: new Date(Date.now() + 600_000) },
    });
    const request = new NextRequest("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": newIp() },
      body: new URLSearchParams({ email: user.email, password: PASSWORD, json: "true" }),
    });
    const response = await POST(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(500);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(await response.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
  });

  it("says why in the browser's language", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    const user = await newUser();
    await test.db.signInThrottle.create({
      data: { key: throttleKeys(user.email, "x").account, failures: 5, lockedUntil: new Date(Date.now() + 600_000) },
    });
    const request = new NextRequest("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": newIp(), "accept-language": "es-MX,es;q=0.9" },
      body: new URLSearchParams({ email: user.email, password: PASSWORD, json: "true" }),
    });
    const response = await POST(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
    expect(response.status).toBe(429);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe("Demasiados intentos fallidos de inicio de sesión. Vuelva a intentarlo en 10 minutos.");
  });

  // next-auth's own handler with the app's options, through its API-route form: its route-handler
  // form reads cookies from a Next.js request scope that a test does not have.
  it("sends a hostile callbackUrl home instead of failing", async () => {
    process.env.DATABASE_URL ??= test.url;
    const { default: NextAuth } = await import("next-auth");
    const { authOptions } = await import("@/lib/platform/auth/options");
    const user = await newUser();
    for (const callbackUrl of ["http://localhost:3000.evil.example/", "http://[::1/", "https://evil.example/", "/\t/evil.example"]) {
      for (const [action, method, body] of [
        [["callback", "credentials"], "POST", { email: user.email, password: PASSWORD, callbackUrl, json: "true" }],
        [["signin"], "GET", undefined],
      ] as const) {
        const answer = { status: 0, headers: {} as Record<string, unknown>, body: undefined as unknown };
        const res = {
          status: (status: number) => ((answer.status = status), res),
          setHeader: (name: string, value: unknown) => ((answer.headers[name.toLowerCase()] = value), res),
          getHeader: (name: string) => answer.headers[name.toLowerCase()],
          json: (value: unknown) => void (answer.body = value),
          send: (value: unknown) => void (answer.body = value),
          end: () => undefined,
        };
        const req = { method, query: { nextauth: action, ...(method === "GET" && { callbackUrl }) }, body, cookies: {}, headers: { host: "localhost:3000", "x-forwarded-for": newIp() } };
        await NextAuth(req as never, res as never, authOptions());
        expect(answer.status, `${action.join("/")} ${callbackUrl}`).toBeLessThan(500);
        expect(JSON.stringify(answer), callbackUrl).not.toContain("evil.example");
      }
    }
  });
});

describe("single sign-on", () => {
  it("matches an active account by verified email only, and never creates one", async () => {
    const user = await newUser();
    const disabled = await newUser({ disabled: true });
    const usersBefore = await test.db.user.count();

    expect(await matchOidcUser({ sub: "1", email: user.email.toUpperCase(), email_verified: true })).toEqual({ id: user.id });
    expect(await matchOidcUser({ sub: "1", email: user.email, email_verified: "true" })).toEqual({ id: user.id });
    expect(await matchOidcUser({ sub: "1", email: user.email, email_verified: false })).toBeNull();
    expect(await matchOidcUser({ sub: "1", email: user.email })).toBeNull();
    expect(await matchOidcUser({ sub: "1", email: disabled.email, email_verified: true })).toBeNull();
    expect(await matchOidcUser({ sub: "1", email: "new.admin@example.test", email_verified: true })).toBeNull();
    expect(await test.db.user.count()).toBe(usersBefore);
  });
});
