import { describe, expect, it, vi } from "vitest";
import { errorResponse } from "@/lib/platform/api/respond";
import { Prisma } from "@/lib/platform/db/generated/client";
import { databaseUnavailable, DATABASE_UNAVAILABLE_DIGEST, markUnavailable } from "@/lib/platform/db/unavailable";
import { AppError } from "@/lib/platform/errors/app-error";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: vi.fn() }));
vi.mock("@/lib/platform/auth/request-context", () => ({ currentRequestId: async () => "req-1" }));
const reader = vi.hoisted(() => ({ locale: "en" }));
vi.mock("@/lib/platform/i18n/request-locale", () => ({ requestLocale: async () => reader.locale }));

/** An error as the driver adapter reports it, inside `meta.driverAdapterError` of Prisma's own. */
function driverAdapterError(cause: Record<string, unknown>) {
  return Object.assign(new Error(String(cause.kind)), { name: "DriverAdapterError", cause });
}

function prismaError(code: string, cause: Record<string, unknown>) {
  return new Prisma.PrismaClientKnownRequestError("Invalid `db.transaction.create()` invocation", {
    code,
    clientVersion: "6.19.3",
    meta: { driverAdapterError: driverAdapterError(cause) },
  });
}

/** pg's plain errors reach the caller as they are, with Prisma's `clientVersion` added. */
const pgError = (message: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), { clientVersion: "6.19.3", ...extra });

// Each shape below was seen while stopping (pg_ctl -m fast), killing (SIGKILL) and freezing (SIGSTOP)
// a PostgreSQL 18 under a running Prisma 6.19 client with @prisma/adapter-pg.
const unreachable: [string, unknown][] = [
  ["nothing listens (P1001)", prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
  ["a raw query while nothing listens (P2010)", prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
  ["a raw query cut by a fast shutdown (57P01)", prismaError("P2010", { kind: "postgres", code: "57P01", originalCode: "57P01", severity: "FATAL" })],
  ["the adapter's own error, unwrapped", driverAdapterError({ kind: "postgres", code: "57P03", originalCode: "57P03" })],
  ["a connection closed (P1017)", prismaError("P1017", { kind: "ConnectionClosed" })],
  ["the server killed mid-query", pgError("Connection terminated unexpectedly")],
  ["a transaction whose connection broke", pgError("Client has encountered a connection error and is not queryable")],
  ["a frozen server", pgError("Connection terminated due to connection timeout", { cause: new Error("Connection terminated unexpectedly") })],
  ["the pool's wait for a connection", pgError("timeout exceeded when trying to connect")],
  ["a socket error", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 })],
  ["a host name not resolving now", Object.assign(new Error("getaddrinfo EAI_AGAIN db"), { code: "EAI_AGAIN" })],
  ["a server starting up", Object.assign(new Error("the database system is starting up"), { code: "57P03", severity: "FATAL" })],
  ["a connection failure (08006)", Object.assign(new Error("connection failure"), { code: "08006" })],
  ["a wrapped cause", new Error("loading the program failed", { cause: Object.assign(new Error("write EPIPE"), { code: "EPIPE" }) })],
];

const otherFailures: [string, unknown][] = [
  ["a unique violation (P2002)", prismaError("P2002", { kind: "UniqueConstraintViolation", constraint: { fields: ["reference"] } })],
  ["a syntax error (42601)", prismaError("P2010", { kind: "postgres", code: "42601", originalCode: "42601", severity: "ERROR" })],
  ["a record not found (P2025)", new Prisma.PrismaClientKnownRequestError("No record", { code: "P2025", clientVersion: "6.19.3" })],
  ["a bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
  ["a message that merely mentions a connection", new Error("Connection terminated unexpectedly by the partner's SFTP server: retry the upload")],
  ["not an error at all", "ECONNREFUSED"],
  ["a cause that points back at itself", (() => { const error = new Error("loop") as Error & { cause?: unknown }; error.cause = error; return error; })()],
];

describe("databaseUnavailable", () => {
  it.each(unreachable)("recognises %s", (_, error) => {
    expect(databaseUnavailable(error)).toBe(true);
  });

  it.each(otherFailures)("leaves alone %s", (_, error) => {
    expect(databaseUnavailable(error)).toBe(false);
  });
});

describe("markUnavailable", () => {
  it("gives an unreachable-database error the digest the error pages look for", () => {
    const error = markUnavailable(pgError("Connection terminated unexpectedly")) as Error & { digest?: string };
    expect(error.digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
  });

  it("leaves other errors, and digests Next.js set, as they are", () => {
    expect((markUnavailable(new Error("bug")) as { digest?: string }).digest).toBeUndefined();
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/x;307;", code: "ECONNREFUSED" });
    expect((markUnavailable(redirect) as { digest?: string }).digest).toBe("NEXT_REDIRECT;replace;/x;307;");
  });
});

describe("an API request while the database is unreachable", () => {
  it("answers 503 UNAVAILABLE with Retry-After and says nothing was saved", async () => {
    const response = errorResponse(prismaError("P1001", { kind: "DatabaseNotReachable" }));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("30");
    expect(await response.json()).toEqual({
      error: { code: "UNAVAILABLE", message: "The database is unreachable right now; nothing was saved. Try again in a minute." },
    });
  });

  it("still answers 500 for a bug", async () => {
    expect(errorResponse(new TypeError("x is undefined")).status).toBe(500);
  });
});

describe("a form action while the database is unreachable", () => {
  it("tells the user nothing was saved and to try again in a minute", async () => {
    const { formAction, IDLE } = await import("@/lib/platform/actions/form-action");
    const { getCurrentUser } = await import("@/lib/platform/auth/session");
    vi.mocked(getCurrentUser).mockRejectedValue(pgError("Connection terminated unexpectedly"));
    const form = new FormData();
    form.set("title", "Kept");
    const state = await formAction(async () => undefined)(IDLE, form);
    expect(state).toMatchObject({
      status: "error",
      message: "The database is unreachable right now; nothing was saved. Try again in a minute.",
      values: { title: "Kept" },
    });
  });

  it("keeps AppError's other codes as they were", () => {
    expect(new AppError("RATE_LIMITED", "Slow down.").status).toBe(429);
  });
});
