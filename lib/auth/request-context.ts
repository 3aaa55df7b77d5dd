import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

/** The request id the proxy gave this request (also sent back as X-Request-Id), for logs and audit. */
export async function currentRequestId(): Promise<string> {
  return (await headers()).get("x-request-id") ?? randomUUID();
}

/**
 * The client's address. Next.js sets X-Forwarded-For to the socket's address when no proxy did; a
 * reverse proxy appends the address it saw, so the last entry is the one a client cannot forge.
 */
export function clientIp(forwardedFor: string | null | undefined, realIp?: string | null): string {
  const last = forwardedFor?.split(",").at(-1)?.trim();
  return last || realIp?.trim() || "unknown";
}
