import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

/** The request id the proxy gave this request (also sent back as X-Request-Id), for logs and audit. */
export async function currentRequestId(): Promise<string> {
  return (await headers()).get("x-request-id") ?? randomUUID();
}

/** The client's address as the nearest proxy reports it; "unknown" when there is none. */
export function clientIp(forwardedFor: string | null | undefined, realIp?: string | null): string {
  const first = forwardedFor?.split(",")[0]?.trim();
  return first || realIp?.trim() || "unknown";
}
