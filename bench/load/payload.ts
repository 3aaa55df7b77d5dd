// What a page weighs on the wire: its HTML, the RSC payload a client-side navigation fetches
// instead (a request with the `RSC: 1` header), and the JavaScript its HTML loads, each raw and
// gzipped (the level a server or proxy would typically use), plus whether a shared page cache
// answered (the `X-Cache: hit|miss` header, when the server sends it).
import { gzipSync } from "node:zlib";

export type Size = { bytes: number; gzipBytes: number };
export type PayloadResult = { status: number; html: Size; rsc: Size & { status: number; contentType: string } };
export type ScriptsResult = { scripts: number; javascript: Size; files: { src: string; bytes: number; gzipBytes: number }[]; missing: string[] };
export type CacheShare = { header: boolean; sampled: number; hits: number };

const size = (body: Uint8Array): Size => ({ bytes: body.byteLength, gzipBytes: gzipSync(body).byteLength });

async function body(url: string, headers: Record<string, string>, redirect: RequestRedirect = "manual") {
  const response = await fetch(url, { headers, redirect, signal: AbortSignal.timeout(120_000) });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The HTML of a page, and the RSC payload of a client-side navigation to it. */
export async function measurePayload(url: string, headers: Record<string, string>): Promise<PayloadResult & { text: string }> {
  const html = await body(url, { ...headers, accept: "text/html" });
  // Next.js answers an RSC request without its `_rsc` cache key with a redirect to the address that has it.
  const rsc = await body(url, { ...headers, rsc: "1" }, "follow");
  return {
    status: html.response.status,
    html: size(html.bytes),
    rsc: { ...size(rsc.bytes), status: rsc.response.status, contentType: rsc.response.headers.get("content-type") ?? "" },
    text: new TextDecoder().decode(html.bytes),
  };
}

/**
 * The `src` of every <script> element of a page, resolved against its address, in document order,
 * each once; `nomodule` scripts (polyfills for old browsers, which a current one does not fetch) left out.
 */
export function scriptSources(html: string, base: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi)) {
    if (/\snomodule\b/i.test(match[0])) continue;
    const src = (match[1] ?? match[2] ?? match[3] ?? "").replace(/&amp;/g, "&");
    if (src) sources.add(new URL(src, base).toString());
  }
  return [...sources];
}

/**
 * The JavaScript a page's HTML loads: every <script src> fetched and summed. Chunks the scripts
 * load later (a dynamic import, a route prefetched) are not in the HTML and not counted here.
 */
export async function measureScripts(html: string, base: string): Promise<ScriptsResult> {
  const files: ScriptsResult["files"] = [];
  const missing: string[] = [];
  for (const src of scriptSources(html, base)) {
    const { response, bytes } = await body(src, {});
    if (response.status !== 200) {
      missing.push(`${new URL(src).pathname} (${response.status})`);
      continue;
    }
    files.push({ src: new URL(src).pathname, ...size(bytes) });
  }
  const javascript = files.reduce((sum, file) => ({ bytes: sum.bytes + file.bytes, gzipBytes: sum.gzipBytes + file.gzipBytes }), { bytes: 0, gzipBytes: 0 });
  return { scripts: files.length, javascript, files, missing };
}

/** Asks for a page `count` times in a row and counts the answers a shared cache gave (`X-Cache: hit`). */
export async function sampleCache(url: string, headers: Record<string, string>, count = 20): Promise<CacheShare> {
  let header = false;
  let hits = 0;
  for (let index = 0; index < count; index++) {
    const response = await fetch(url, { headers, redirect: "manual" });
    await response.arrayBuffer();
    const value = response.headers.get("x-cache");
    if (value !== null) header = true;
    if (value?.toLowerCase().startsWith("hit")) hits++;
  }
  return { header, sampled: count, hits };
}
