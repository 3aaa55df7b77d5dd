import { BlockList, isIP } from "node:net";

// No `server-only` here: lib/platform/env.ts parses TRUSTED_PROXIES with this module in the launcher too.

/**
 * Which hops in front of the app may say who the client is (TRUSTED_PROXIES): none, the nearest
 * `hops` of them whatever their address, or those whose address is in `ranges`.
 */
export type TrustedProxies =
  | { kind: "none" }
  | { kind: "count"; hops: number }
  | { kind: "ranges"; ranges: string[]; list: BlockList };

export const NO_TRUSTED_PROXIES: TrustedProxies = { kind: "none" };

const MAX_HOPS = 10;

/**
 * Reads TRUSTED_PROXIES: a number of hops (`1`), or addresses and CIDR ranges separated by commas
 * (`10.0.0.0/8,127.0.0.1,::1`). Returns a sentence naming what is wrong instead when it is neither.
 */
export function parseTrustedProxies(text: string): TrustedProxies | string {
  const value = text.trim();
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > MAX_HOPS) return `must be at most ${MAX_HOPS} hops (got ${value})`;
    return hops === 0 ? NO_TRUSTED_PROXIES : { kind: "count", hops };
  }
  const list = new BlockList();
  const ranges: string[] = [];
  for (const part of value.split(",").map((entry) => entry.trim())) {
    const match = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(part);
    const address = match?.[1] ? normaliseAddress(match[1]) : null;
    const family = address ? isIP(address) : 0;
    const prefix = match?.[2] === undefined ? (family === 4 ? 32 : 128) : Number(match[2]);
    if (!address || !family || prefix > (family === 4 ? 32 : 128)) {
      return `"${part}" is not an address or CIDR range; give a number of proxies (e.g. 1) or addresses and ranges separated by commas (e.g. 10.0.0.0/8,127.0.0.1,::1)`;
    }
    list.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6");
    ranges.push(`${address}/${prefix}`);
  }
  return { kind: "ranges", ranges, list };
}

/**
 * The client's address, from the request's X-Forwarded-For and X-Real-IP headers as the app server
 * hands them over.
 *
 * Facts this relies on (Next.js 16.4, node_modules/next/dist/server/base-server.js): Next.js sets
 * X-Forwarded-For to the socket's address only when the request has none
 * (`req.headers['x-forwarded-for'] ??= socket.remoteAddress`); it never appends, so a value the
 * client sent reaches the app untouched, and NextRequest has no `ip`. The launcher therefore loads
 * scripts/peer-address.cjs into the Next.js server, which appends the socket's address to
 * X-Forwarded-For before Next.js sees the request. The last entry is then always the peer, and each
 * entry to its left was written by the hop to its right.
 *
 * So: walk from the right, past the peer and each entry written by a trusted hop (by count, or by
 * address), and take the first entry that no trusted hop vouches for. With no trusted proxies that
 * is the peer itself, whatever the client wrote. X-Real-IP is believed only when every entry was a
 * trusted hop (a proxy that sets X-Real-IP but not X-Forwarded-For). An entry that is not an address
 * ends the walk at the hop that wrote it; no entry at all (outside the app server) gives "unknown".
 */
export function clientAddress(
  forwardedFor: string | null | undefined,
  realIp: string | null | undefined,
  trusted: TrustedProxies,
): string {
  const entries = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  let client: string | undefined;
  for (let index = entries.length - 1, fromRight = 0; index >= 0; index--, fromRight++) {
    const address = normaliseAddress(entries[index] ?? "");
    if (!address) return client ?? "unknown";
    client = address;
    if (!isTrustedHop(address, fromRight, trusted)) return client;
  }
  // Every entry was a trusted hop: the nearest of them may have named its client in X-Real-IP.
  const real = client !== undefined && realIp ? normaliseAddress(realIp) : null;
  return real ?? client ?? "unknown";
}

function isTrustedHop(address: string, fromRight: number, trusted: TrustedProxies): boolean {
  if (trusted.kind === "count") return fromRight < trusted.hops;
  if (trusted.kind === "ranges") return trusted.list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
  return false;
}

/**
 * The address in canonical form, or null when `value` is not one: brackets and a port are dropped
 * (`[::1]:443`, `203.0.113.5:8080`), IPv4-mapped IPv6 (`::ffff:127.0.0.1`, how Node reports an IPv4
 * peer on a dual-stack socket) becomes IPv4, and IPv6 is lower-cased, so that one client has one key.
 */
export function normaliseAddress(value: string): string | null {
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address)?.[1];
  if (bracketed) address = bracketed;
  else if (/^[\d.]+:\d{1,5}$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped) address = mapped;
  return isIP(address) ? address : null;
}
