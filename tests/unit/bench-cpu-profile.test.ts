import { describe, expect, it } from "vitest";
import { classifyFrame, projectPath, summariseProfiles, type CpuProfile } from "@/bench/load/cpu-profile";

const ROOT = "file:///srv/lct";
const RUNTIME = `${ROOT}/node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js`;

describe("the load benchmark's CPU categories", () => {
  it.each([
    ["(garbage collector)", "", "other"],
    ["(program)", "", "other"],
    ["stringify", "", "serialisation"],
    ["processChunk", "node:zlib", "serialisation"],
    ["renderElement", RUNTIME, "render"],
    ["retryNode", RUNTIME, "render"],
    ["renderModelDestructive", RUNTIME, "serialisation"],
    ["emitChunk", RUNTIME, "serialisation"],
    ["handleRequest", RUNTIME, "framework"],
    ["renderToHTMLOrFlight", `${ROOT}/node_modules/next/dist/server/app-render/app-render.js`, "framework"],
    ["execute", `${ROOT}/node_modules/pg/lib/client.js`, "data"],
    ["parse", `${ROOT}/node_modules/pg-protocol/dist/parser.js`, "data"],
    ["request", `${ROOT}/node_modules/@prisma/client/runtime/client.js`, "data"],
    ["listPrograms", `${ROOT}/.next/server/chunks/ssr/lib_domain_programs_list-programs_ts_0a1b2c._.js`, "data"],
    ["ProgramCard", `${ROOT}/.next/server/chunks/ssr/components_programs_program-card_tsx_9f8e7d._.js`, "render"],
    ["Page", `${ROOT}/.next/server/app/(public)/programs/page.js`, "render"],
    ["getToken", `${ROOT}/node_modules/next-auth/jwt/index.js`, "framework"],
    ["translate", `${ROOT}/node_modules/use-intl/dist/esm/production/core.js`, "framework"],
    ["proxy", `${ROOT}/.next/server/chunks/proxy_ts_123._.js`, "framework"],
    ["writeGeneric", "node:internal/stream_base_commons", "other"],
  ])("%s in %s is %s", (name, url, category) => {
    expect(classifyFrame(url, name)).toBe(category);
  });
});

describe("the load benchmark's CPU categories, for code a source map traced back", () => {
  it.each([
    ["../../../../lib/domain/programs/get-program.ts", "getProgram", "data"],
    ["../../../../lib/platform/db/client.ts", "query", "data"],
    ["../../../../lib/platform/auth/options.ts", "session", "framework"],
    ["../../../../lib/platform/i18n/load-messages.ts", "loadMessages", "framework"],
    ["../../../../lib/platform/format/numbers.ts", "minorUnit", "data"],
    ["webpack://next/./dist/compiled/react-server-dom-turbopack/cjs/react-server-dom-turbopack-client.node.production.js", "parseModel", "serialisation"],
    ["../../../../components/programs/program-card.tsx", "ProgramCard", "render"],
    ["[project]/app/(public)/page.tsx", "HomePage", "render"],
    ["../../../../node_modules/next-intl/dist/esm/production/server/react-server/getConfig.js", "getConfig", "framework"],
    ["webpack://next/./dist/compiled/react-dom/cjs/react-dom-server.node.production.js", "pushStartInstance", "render"],
    ["webpack://next/./dist/compiled/react-dom/cjs/react-dom-server.node.production.js", "escapeTextForBrowser", "serialisation"],
    ["webpack://next/./dist/compiled/react-server-dom-turbopack/cjs/react-server-dom-turbopack-server.node.production.js", "renderFunctionComponent", "render"],
    ["webpack://next/./dist/compiled/react-server-dom-turbopack/cjs/react-server-dom-turbopack-server.node.production.js", "emitChunk", "serialisation"],
    ["webpack://next/./src/server/app-render/app-render.tsx", "renderToHTMLOrFlightImpl", "framework"],
    ["webpack://next/./src/client/components/layout-router.tsx", "OuterLayoutRouter", "framework"],
    ["[turbopack]/shared/runtime/runtime-utils.ts", "moduleContext", "framework"],
  ])("%s (%s) is %s", (source, name, category) => {
    expect(classifyFrame(projectPath(source), name)).toBe(category);
  });

  it("names files by their path under the project", () => {
    expect(projectPath("../../../../lib/domain/programs/get-program.ts")).toBe("/lib/domain/programs/get-program.ts");
    expect(projectPath("webpack://next/./src/server/base-server.ts")).toBe("/node_modules/next/src/server/base-server.ts");
    expect(projectPath("turbopack:///[project]/components/nav.tsx")).toBe("/components/nav.tsx");
  });
});

describe("a CPU profile summed up", () => {
  // root → handleRequest → renderElement → execute (pg), and (idle) and GC beside; 1 ms between samples.
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: "(root)", url: "" }, children: [2, 5, 6] },
      { id: 2, callFrame: { functionName: "handleRequest", url: RUNTIME, lineNumber: 0, columnNumber: 10 }, children: [3] },
      { id: 3, callFrame: { functionName: "renderElement", url: RUNTIME, lineNumber: 0, columnNumber: 20 }, children: [4] },
      { id: 4, callFrame: { functionName: "execute", url: `${ROOT}/node_modules/pg/lib/client.js` } },
      { id: 5, callFrame: { functionName: "(idle)", url: "" } },
      { id: 6, callFrame: { functionName: "(garbage collector)", url: "" } },
    ],
    startTime: 1_000_000,
    endTime: 1_010_000,
    // Samples at 1,001,000 … 1,010,000 µs.
    samples: [5, 3, 3, 3, 4, 2, 6, 5, 5, 3],
    timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
  };

  it("charges each sample's time to its category per request, idle left out", () => {
    const summary = summariseProfiles([profile], 2);
    // 4 render + 1 data + 1 framework + 1 GC = 7 ms busy over 2 requests.
    expect(summary.busyMs).toBe(7);
    expect(summary.msPerRequest).toEqual({ render: 2, data: 0.5, serialisation: 0, framework: 0.5, other: 0.5, total: 3.5 });
    expect(summary.top[0]).toEqual({ name: "renderElement", file: "next/dist/compiled/next-server/app-page-turbo.runtime.prod.js", category: "render", selfMs: 4 });
    expect(summary.top.map((entry) => entry.name)).toEqual(["renderElement", "execute", "handleRequest", "(garbage collector)"]);
    expect(summary.windowed).toBe(false);
  });

  it("counts only the samples inside the measured window", () => {
    // From 1,005,000 to 1,007,000 µs: the samples execute, handleRequest and the garbage collector.
    const summary = summariseProfiles([profile], 1, { window: { from: 1_005_000, to: 1_007_000 } });
    expect(summary.windowed).toBe(true);
    expect(summary.msPerRequest.total).toBe(3);
    expect(summary.msPerRequest.render).toBe(0);
    expect(summary.msPerRequest.data).toBe(1);
  });

  it("takes each bundled frame's file and name from the source map when there is one", () => {
    const locate = (url: string) => (url === RUNTIME ? { source: "/node_modules/next/src/server/app-render/app-render.tsx", name: "renderToHTMLOrFlight" } : undefined);
    const summary = summariseProfiles([profile], 1, { locate });
    // The runtime's frames are Next.js's own code now: renderElement's 4 ms and handleRequest's 1 ms.
    expect(summary.msPerRequest.framework).toBe(5);
    expect(summary.msPerRequest.render).toBe(0);
    expect(summary.top[0]).toMatchObject({ name: "renderElement", file: "node_modules/next/src/server/app-render/app-render.tsx", category: "framework" });
  });

  it("counts a profile whole when no sample falls in the window, and says so", () => {
    const summary = summariseProfiles([profile], 1, { window: { from: 0, to: 10 } });
    expect(summary.windowed).toBe(false);
    expect(summary.busyMs).toBe(7);
  });
});
