// Where a profiled function came from: Next.js bundles the app, React and its own server into
// minified chunks, each with a source map beside it (.js.map); the map gives the original file
// (lib/domain/…, components/…, react-dom-server, next/src/server/…) and, from the original line,
// the function's name.
import fs from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { projectPath, type Locate } from "./cpu-profile";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

type Loaded = { map: SourceMap; directory: string; sources: string[]; contents: (string | null)[] };

/** The name a line of source declares a function by: `function name(`, `name = (…) =>`, `name(…) {`. */
function declaredName(line: string | undefined): string | undefined {
  if (!line) return undefined;
  return (line.match(/function\s*\*?\s*([\w$]+)\s*\(/) ?? line.match(/([\w$]+)\s*[:=]\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*=>|[\w$]+\s*=>)/) ?? line.match(/^\s*(?:async\s+)?(?:static\s+)?([\w$]+)\s*\([^)]*\)\s*\{/))?.[1];
}

/** A locator backed by the source maps found next to the files that ran; maps are read once each. */
export function sourceMapLocator(): Locate {
  const maps = new Map<string, Loaded | null>();
  const lines = new Map<string, string[]>();
  const load = (url: string): Loaded | null => {
    if (maps.has(url)) return maps.get(url)!;
    let loaded: Loaded | null = null;
    try {
      const file = url.startsWith("file://") ? fileURLToPath(url) : url.startsWith("/") ? url : null;
      if (file && fs.existsSync(`${file}.map`)) {
        const payload = JSON.parse(fs.readFileSync(`${file}.map`, "utf8")) as { sources?: string[]; sourcesContent?: (string | null)[] };
        loaded = { map: new SourceMap(payload as never), directory: path.dirname(file), sources: payload.sources ?? [], contents: payload.sourcesContent ?? [] };
      }
    } catch {
      // An unreadable map: the frame keeps the address of the file that ran.
    }
    maps.set(url, loaded);
    return loaded;
  };
  const sourceLine = (loaded: Loaded, source: string, line: number) => {
    const key = `${loaded.directory}\u0000${source}`;
    if (!lines.has(key)) {
      const index = loaded.sources.indexOf(source);
      lines.set(key, (loaded.contents[index] ?? "").split("\n"));
    }
    return lines.get(key)![line];
  };
  return (url, line, column) => {
    if (!url.endsWith(".js")) return undefined;
    const loaded = load(url);
    const entry = loaded?.map.findEntry(line, column) as { originalSource?: string; originalLine?: number; name?: string } | undefined;
    if (!loaded || !entry?.originalSource) return undefined;
    const original = entry.originalSource;
    // A relative source is relative to the map's folder: made a path under the project.
    const source = /^[a-z]+:\/\//.test(original) || original.startsWith("[project]") ? projectPath(original) : `/${path.relative(ROOT, path.resolve(loaded.directory, original))}`;
    return { source, name: entry.name ?? declaredName(sourceLine(loaded, original, entry.originalLine ?? -1)) };
  };
}
