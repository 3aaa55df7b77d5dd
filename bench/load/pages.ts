// What each page weighs and how it does on a phone, measured on a quiet server (no load running):
// HTML and RSC payload per page route, the JavaScript the public pages' HTML loads, whether a
// shared page cache answers the anonymous pages, and Lighthouse's Web Vitals.
import { runLighthouse, type LighthouseResult } from "./lighthouse";
import { measurePayload, measureScripts, sampleCache, type CacheShare, type PayloadResult, type ScriptsResult } from "./payload";

export type PagesReport = {
  payloads: Record<string, PayloadResult>;
  javascript: Record<string, ScriptsResult & { path: string }>;
  cache: Record<string, CacheShare>;
  lighthouse: Record<string, LighthouseResult | { error: string }> | null;
};

type Page = { key: string; url: string; headers: Record<string, string> };

export async function measurePages(
  { payloadPages, publicPages, anonymousPages }: { payloadPages: Page[]; publicPages: Page[]; anonymousPages: Page[] },
  { lighthouseRuns, debuggingPort, say }: { lighthouseRuns: number; debuggingPort: number; say: (line: string) => void },
): Promise<PagesReport> {
  say("  HTML and RSC payloads…");
  const payloads: PagesReport["payloads"] = {};
  for (const page of payloadPages) {
    const { text: _text, ...payload } = await measurePayload(page.url, page.headers);
    payloads[page.key] = payload;
    say(`    ${page.key}: HTML ${kb(payload.html.gzipBytes)} KB gzip, RSC ${kb(payload.rsc.gzipBytes)} KB gzip`);
  }
  say("  JavaScript of the public pages…");
  const javascript: PagesReport["javascript"] = {};
  for (const page of publicPages) {
    const { text } = await measurePayload(page.url, page.headers);
    javascript[page.key] = { path: new URL(page.url).pathname, ...(await measureScripts(text, page.url)) };
    say(`    ${page.key}: ${javascript[page.key]!.scripts} scripts, ${kb(javascript[page.key]!.javascript.gzipBytes)} KB gzip`);
  }
  const cache: PagesReport["cache"] = {};
  for (const page of anonymousPages) cache[page.key] = await sampleCache(page.url, page.headers);
  const lighthouse = lighthouseRuns > 0 ? await runLighthouse(publicPages, { runs: lighthouseRuns, port: debuggingPort, say }) : null;
  return { payloads, javascript, cache, lighthouse };
}

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
