import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { env } from "@/lib/platform/env";
import { clientAddress, type TrustedProxies } from "./client-address";

/** The request id the proxy gave this request (also sent back as X-Request-Id), for logs and audit. */
export async function currentRequestId(): Promise<string> {
  return (await headers()).get("x-request-id") ?? randomUUID();
}

/**
 * The client's address: the socket's peer, or whom the TRUSTED_PROXIES hops in front of it name
 * (see clientAddress for how the headers are read and why they can be).
 */
export function clientIp(
  forwardedFor: string | null | undefined,
  realIp?: string | null,
  trusted: TrustedProxies = env().TRUSTED_PROXIES,
): string {
  return clientAddress(forwardedFor, realIp, trusted);
}
