// No imports: the error pages (client components) read DATABASE_UNAVAILABLE_DIGEST from here.

/**
 * The `digest` of an error that means "the database is unreachable". Next.js keeps a thrown error's
 * own digest when it passes a page's failure to the error boundary, also in production builds where
 * the message is hidden, so the error page can tell this case from a bug.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

/** The Retry-After given with it, in seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 30;

// Node's socket errors, as pg reports them.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
// PostgreSQL's: the server is shutting down or starting (57P01–57P03), or the connection failed (08…).
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);
// Prisma's, for the same through the driver adapter: can't reach the server (P1001), timed out
// (P1002, P1008), connection closed (P1017), no connection from the pool in time (P2024).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// The driver adapter's error kinds (`DriverAdapterError.cause.kind`).
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
// pg's own errors, which carry no code; Prisma passes them on as they are.
const PG_MESSAGES =
  /^(Connection terminated unexpectedly|Connection terminated due to connection timeout|Client has encountered a connection error and is not queryable|timeout exceeded when trying to connect)$/;

/**
 * Whether `error` means the database cannot be reached right now (down, restarting, the connection
 * lost or timed out), rather than a refused query. Looks through the `cause` chain and through
 * Prisma's `meta.driverAdapterError`, since Prisma wraps the driver's error in its own.
 */
export function databaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const { code, originalCode, kind, message, cause, meta } = current as Record<string, unknown>;
    if (typeof code === "string" && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || PRISMA_CODES.has(code))) return true;
    if (typeof originalCode === "string" && SQLSTATES.has(originalCode)) return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && PG_MESSAGES.test(message)) return true;
    pending.push(cause, (meta as Record<string, unknown> | undefined)?.driverAdapterError);
  }
  return false;
}

/**
 * Gives an unreachable-database error the digest the error pages look for, and returns it. Called
 * on every failed query (see create-client.ts), so that a page that fails this way says so.
 */
export function markUnavailable(error: unknown): unknown {
  if (error instanceof Error && !("digest" in error) && databaseUnavailable(error)) {
    Object.defineProperty(error, "digest", { value: DATABASE_UNAVAILABLE_DIGEST, enumerable: false, configurable: true, writable: true });
  }
  return error;
}
