// This process's copies of the cache's entries, so that a hit needs only the current generation
// from the database. Bounded by the bytes of the pages held; the least recently stored go first.
"use strict";

/** A copy store of at most `maxBytes` of pages (body and gzipped body). */
function createMemory(maxBytes) {
  const entries = new Map();
  let bytes = 0;
  const size = (entry) => entry.body.length + entry.gzipBody.length;

  return {
    /** The copy of `key` for `generation`, while unexpired at `now`. */
    get(key, generation, now) {
      const entry = entries.get(key);
      return entry && entry.generation === generation && entry.expiresAt > now ? entry : null;
    },
    set(entry) {
      const old = entries.get(entry.key);
      if (old) bytes -= size(old);
      entries.delete(entry.key);
      entries.set(entry.key, entry);
      bytes += size(entry);
      for (const [key, oldest] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(key);
        bytes -= size(oldest);
      }
    },
  };
}

module.exports = { createMemory };
