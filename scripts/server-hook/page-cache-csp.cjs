// The Content-Security-Policy of a cached page. A dynamic page carries a fresh nonce in its policy
// and on each of its scripts (proxy.ts); a page served to many visitors cannot, as a nonce known to
// all is no secret. For a page it will cache, the proxy sends its policy without a nonce, and here,
// once the whole page is known, `script-src` becomes 'self' (the app's own script files) plus the
// hash of each inline script the page holds (Next.js's `self.__next_f.push(…)` payloads and the
// like): the browser runs those exact scripts and nothing else, whatever is injected.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded with node --require */
const { createHash } = require("node:crypto");

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /\ssrc\s*=/i;

/** The distinct `'sha256-…'` sources of the inline scripts of `html`, in order of appearance. */
function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, content] of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(` ${attributes}`)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(content, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * `policy` (the proxy's, without nonce) with its script-src replaced by 'self' and the hashes of the
 * inline scripts of `html`. Null when there is no policy to rewrite: such a page is not cached.
 */
function hashedPolicy(policy, html) {
  if (typeof policy !== "string" || !/(^|;)\s*script-src\s/.test(policy)) return null;
  const scriptSrc = ["script-src 'self'", ...inlineScriptHashes(html)].join(" ");
  return policy
    .split(";")
    .map((directive) => (/^\s*script-src\s/.test(directive) ? (directive.startsWith(" ") ? ` ${scriptSrc}` : scriptSrc) : directive))
    .join(";");
}

module.exports = { hashedPolicy, inlineScriptHashes };
