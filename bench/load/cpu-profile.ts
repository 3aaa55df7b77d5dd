// Where a route's server CPU goes: a V8 CPU profile (.cpuprofile, as `node --cpu-prof` writes it)
// read into self time per category and the functions that cost the most. Each sample is charged to
// the function on top of the stack when it was taken (its self time); the function is put in a
// category by the file it lives in and, inside Next.js's bundled runtime (where React's renderer,
// React's Flight serialiser and Next's own server share one file), by its name.

export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

export const CATEGORIES = ["render", "data", "serialisation", "framework", "other"] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_NAMES: Record<Category, string> = {
  render: "render (React, the app's components)",
  data: "data access (Prisma, pg, the app's lib/)",
  serialisation: "serialisation (RSC payload, JSON, HTML escaping, compression)",
  framework: "framework (Next.js server and router, proxy, next-auth, next-intl)",
  other: "GC, Node.js and the rest",
};

/** React's Flight server turning the component tree into the RSC payload, and its client reading it back to render HTML. */
const FLIGHT = /^(parseModel|reviveModel|processFullStringRow|processFullBinaryRow|processBinaryChunk|processStringChunk|resolveModelChunk|initializeModelChunk|createFromJSONCallback|renderModel|renderModelDestructive|serializeModel|serializeClientReference|serializeServerReference|emitChunk|emitModelChunk|emitHintChunk|emitTextChunk|emitTypedArrayChunk|encodeReferenceChunk|processModelChunk|retryTask|flushCompletedChunks|outlineModel|resolveModelToJSON|stringify|JSONStringify|escapeStringValue|escapeTextForBrowser|escapeHTML|htmlEscapeJsonString|encodeHTML|escapeEntity)$/;
/** React's renderers (Fizz for HTML, Flight rendering server components) and the component functions they call. */
const REACT_RENDER = /^(render[A-Z]\w*|retryNode|retryRenderTask|performWork|pushStartInstance|pushEndInstance|pushAttribute\w*|pushStyle\w*|pushStartGenericElement|finishFunctionComponent|renderWithHooks|attemptResolveElement|createTask|createRenderTask|spawnNewSuspendedRenderTask|resolveLazy|jsx|jsxs|jsxProd|createElement|useId|use|useContext|readContext|writeChunk\w*|flushSegment\w*|flushCompletedQueues|writeStartInstance|pushSegmentFinale|encodeHTMLTextNode)$/;

type Rule = { category: Category; url?: RegExp; name?: RegExp };

/** React and Next.js's copies of it, as a file's path or its original source through a source map. */
const REACT_FILES = /(node_modules\/(react|react-dom|react-server-dom-\w+)\/|\/next\/dist\/compiled\/(react|react-dom|react-server-dom-\w+)\/|\/next\/dist\/compiled\/next-server\/app-page[\w.-]*runtime)/;

/**
 * First matching rule wins; order matters. A frame is matched by its file: a path under the
 * project (`/lib/…`, `/components/…`, `/node_modules/…`) when a source map told where the code came
 * from, or else the address of the file that ran (a bundled chunk under .next/server).
 */
const RULES: Rule[] = [
  { category: "other", url: /^$/, name: /^\((garbage collector|idle|program|root)\)$/ },
  { category: "serialisation", url: /^$/, name: /^(stringify|parse|JSONStringify|JSONParse)$/ },
  { category: "serialisation", url: /(^node:zlib|node:internal\/(zlib|streams\/compress|webstreams\/compression)|\/compression\/)/ },
  { category: "serialisation", url: /(^node:buffer|node:internal\/encoding|node:internal\/webstreams\/encoding)/, name: /^(encode|encodeInto|decode|write|utf8Write|byteLength|toString)$/ },
  { category: "data", url: /node_modules\/(@prisma|\.prisma|prisma|pg|pg-protocol|pg-pool|pg-types|pg-cloudflare|postgres-[\w-]+|pgpass|pg-connection-string)\//i },
  { category: "data", url: /(^wasm:|^\/?wasm\/|query_(engine|compiler)[\w.-]*(\.wasm|_mjs)|\.prisma)/ },
  { category: "data", url: /(^\/lib\/domain\/|^\/lib\/platform\/db\/|[\\/_]lib_domain_|[\\/_]lib_platform_db_)/ },
  // React's Flight server serialising the component tree into the RSC payload, and the escaping of text.
  { category: "serialisation", url: REACT_FILES, name: FLIGHT },
  { category: "render", url: REACT_FILES, name: REACT_RENDER },
  { category: "render", url: /node_modules\/(react|react-dom|react-server-dom-\w+|scheduler|recharts|d3-[\w-]+|victory-vendor)\// },
  { category: "render", url: /\/next\/dist\/compiled\/(react|react-dom|react-server-dom-\w+)\// },
  // The app's own code: components and pages render.
  { category: "render", url: /(^\/(app|components)\/|[\\/](app|components)_[^/]*\.js|\.next\/server\/app\/)/ },
  { category: "framework", url: /(node_modules\/(next|next-auth|next-intl|use-intl|@formatjs|intl-messageformat|jose|@panva|oauth4webapi|openid-client|cookie|@next)\/|[\\/_](node_modules_(next|next-auth|next-intl|use-intl|@formatjs)|proxy|middleware)[\w.-]*\.js|\.next\/server\/(middleware|proxy|chunks\/|edge)|^\/lib\/platform\/(auth|i18n)\/|^\/proxy\.ts|^\/middleware\.ts|^\/\[turbopack\]\/)/i },
  { category: "data", url: /(^\/lib\/|[\\/_]lib_)/ },
];

/** A source map's name for a file, as a path under the project: `/lib/x.ts`, `/node_modules/next/dist/…`. */
export function projectPath(source: string): string {
  const path = source
    .replace(/^webpack:\/\/next\/\.\//, "node_modules/next/")
    .replace(/^webpack:\/\/[^/]*\/(\.\/)?/, "")
    .replace(/^turbopack:\/\/\/?/, "")
    .replace(/^\[project\]\//, "")
    .replace(/^(\.\.?\/)+/, "");
  return `/${path}`;
}

export function classifyFrame(url: string, functionName: string): Category {
  for (const rule of RULES) {
    if (rule.url && !rule.url.test(url)) continue;
    if (rule.name && !rule.name.test(functionName)) continue;
    return rule.category;
  }
  return "other";
}

/** The original file (a path under the project, see projectPath) and name of a position in a bundled file, when a source map tells. */
export type Locate = (url: string, line: number, column: number) => { source: string; name?: string } | undefined;

export type FunctionCost = { name: string; file: string; category: Category; selfMs: number };

export type ProfileSummary = {
  /** Milliseconds of sampled CPU (idle excluded) in the window. */
  busyMs: number;
  requests: number;
  /** Busy CPU per request, split by category. */
  msPerRequest: Record<Category, number> & { total: number };
  top: FunctionCost[];
  /** Whether only samples inside the measured window were counted (else the whole profile). */
  windowed: boolean;
};

/** A short, readable file name: the part after node_modules/ or the project's root. */
export function shortFile(url: string): string {
  if (!url) return "(native)";
  const path = url.replace(/^file:\/\//, "");
  const modules = path.lastIndexOf("node_modules/");
  if (modules >= 0) return path.slice(modules + "node_modules/".length);
  const next = path.indexOf("/.next/");
  if (next >= 0) return path.slice(next + 1);
  return path.split("/").slice(-3).join("/");
}

/**
 * Self time per category and the top functions of one or more profiles, counting only samples
 * taken between `from` and `to` (microseconds of the monotonic clock the profile uses) when given;
 * a profile with no sample in the window is counted whole.
 */
export function summariseProfiles(
  profiles: CpuProfile[],
  requests: number,
  { window, locate, topCount = 10 }: { window?: { from: number; to: number }; locate?: Locate; topCount?: number } = {},
): ProfileSummary {
  const byFunction = new Map<string, FunctionCost>();
  const totals = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  let windowed = Boolean(window);
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const inWindow = (time: number) => !window || (time >= window.from && time <= window.to);
    let time = profile.startTime;
    const times = profile.samples.map((_, index) => (time += profile.timeDeltas[index] ?? 0));
    const any = times.some(inWindow);
    if (!any) windowed = false;
    profile.samples.forEach((id, index) => {
      if (any && !inWindow(times[index]!)) return;
      const node = nodes.get(id);
      if (!node) return;
      const { functionName, url, lineNumber = -1, columnNumber = -1 } = node.callFrame;
      if (functionName === "(idle)") return;
      const located = lineNumber >= 0 ? locate?.(url, lineNumber, columnNumber) : undefined;
      // A sample's time is the gap until the next one (the last has none: it is given the previous gap).
      const micros = profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0;
      const ms = Math.max(0, micros) / 1000;
      // Minified names (one or two letters) give way to the source map's.
      const name = (functionName.length <= 2 && located?.name) || functionName || "(anonymous)";
      const category = classifyFrame(located?.source ?? url, name);
      totals[category] += ms;
      const file = located ? located.source.slice(1) : shortFile(url);
      const key = `${name}\u0000${file}\u0000${located ? "" : lineNumber}`;
      const entry = byFunction.get(key) ?? { name, file, category, selfMs: 0 };
      entry.selfMs += ms;
      byFunction.set(key, entry);
    });
  }
  const busyMs = Object.values(totals).reduce((sum, value) => sum + value, 0);
  const round = (value: number) => Math.round(value * 100) / 100;
  const perRequest = (value: number) => (requests > 0 ? round(value / requests) : NaN);
  const msPerRequest = { ...Object.fromEntries(CATEGORIES.map((category) => [category, perRequest(totals[category])])), total: perRequest(busyMs) } as ProfileSummary["msPerRequest"];
  const top = [...byFunction.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, topCount)
    .map((entry) => ({ ...entry, selfMs: round(entry.selfMs) }));
  return { busyMs: round(busyMs), requests, msPerRequest, top, windowed };
}
