// The routes the load benchmark drives, the pages it weighs and runs Lighthouse on, and the ones it
// measures again with several server processes and profiles.

export type Auth = "none" | "session" | "token";
/** `status`: the answer the route is meant to give (200 unless said), any other counted as an error. */
export type Route = { key: string; name: string; path: string; auth: Auth; connections: readonly number[]; page: boolean; status?: number };

/** Driven under load: signed in as an analyst (who reads every program, drafts too), or anonymous as the public. */
export const ROUTES: readonly Route[] = [
  { key: "health", name: "GET /api/health (the framework's ceiling)", path: "/api/health", auth: "none", connections: [1, 10], page: false },
  // A page with nothing but the layout (header, navigation, footer): what every signed-in page costs before its own content.
  { key: "layoutFloor", name: "GET an unknown address, signed in (the layout's floor)", path: "/no-such-page", auth: "session", connections: [1, 10], page: false, status: 404 },
  { key: "programList", name: "GET /programs, filtered and searched", path: "/programs?type=TECHNICAL_COOPERATION&q=labour%20inspection", auth: "session", connections: [1, 10], page: true },
  { key: "programDetail", name: "GET /programs/{id}", path: "/programs/{programId}", auth: "session", connections: [1, 10], page: true },
  { key: "dashboard", name: "GET /dashboard", path: "/dashboard", auth: "session", connections: [1, 10], page: true },
  { key: "apiPrograms", name: "GET /api/v1/programs (a page of 25)", path: "/api/v1/programs", auth: "token", connections: [1, 10], page: false },
  { key: "anonHome", name: "GET / (anonymous)", path: "/", auth: "none", connections: [10], page: true },
  { key: "anonEvidence", name: "GET /evidence (anonymous)", path: "/evidence", auth: "none", connections: [10], page: true },
  { key: "anonProgram", name: "GET /programs/{id}, published (anonymous)", path: "/programs/{programId}", auth: "none", connections: [10], page: true },
  { key: "anonProgramList", name: "GET /programs (anonymous)", path: "/programs", auth: "none", connections: [10], page: true },
];

/** The anonymous pages the public portal serves, held to ≥ 60% of /api/health's throughput. */
export const ANONYMOUS = ["anonHome", "anonEvidence", "anonProgram", "anonProgramList"] as const;

/** Measured again with N server processes, and profiled: the framework's ceiling and the main pages. */
export const MAIN_ROUTES = ["health", ...ANONYMOUS, "programList", "programDetail", "dashboard"] as const;

/** Profiled: the main routes, and the layout alone, which every signed-in page pays for. */
export const PROFILED_ROUTES = [...MAIN_ROUTES, "layoutFloor"] as const;

/** The public pages weighed for their JavaScript and run through Lighthouse, anonymous. */
export const PUBLIC_PAGES = [
  { key: "home", path: "/" },
  { key: "programList", path: "/programs" },
  { key: "program", path: "/programs/{programId}" },
  { key: "dashboard", path: "/dashboard" },
  { key: "evidence", path: "/evidence" },
] as const;

/** The same lists with other page sizes: statements per request must not depend on them. */
export const PAGE_SIZES = [
  { key: "apiPrograms", sizes: [10, 100], path: (limit: number) => `/api/v1/programs?limit=${limit}`, auth: "token" },
  { key: "programList", sizes: [10, 100], path: (limit: number) => `/programs?type=TECHNICAL_COOPERATION&q=labour%20inspection&limit=${limit}`, auth: "session" },
] as const;

export const routePath = (path: string, programId: string) => path.replace("{programId}", programId);
