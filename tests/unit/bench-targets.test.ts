import { describe, expect, it } from "vitest";
import type { RouteResult } from "@/bench/load/measure";
import type { RunsByRoute, SizeReport } from "@/bench/load/report";
import { evaluateTargets, serverTargets } from "@/bench/load/targets";

/** One measured run of a route: its throughput, p95 and server CPU per request. */
const result = (connections: number, requestsPerSecond: number, p95: number, cpuMs: number): RouteResult => ({
  connections,
  requests: requestsPerSecond * 10,
  requestsPerSecond,
  latencyMs: { p50: p95 / 2, p95, p99: p95, max: p95 },
  errors: 0,
  peakRssMb: 300,
  queriesPerRequest: 4,
  firstRequestMs: 50,
  cpu: { serverMsPerRequest: cpuMs, serverCoreShare: 1.05, machineShare: 0.7 },
});
const route = (name: string, ...runs: RouteResult[]) => ({ name, path: "/", runs });

describe("the signed-in targets of the load benchmark", () => {
  const routes: RunsByRoute = {
    health: route("GET /api/health", result(1, 400, 5, 2.5), result(10, 500, 28, 2)),
    layoutFloor: route("GET an unknown address, signed in", result(1, 80, 15, 11.6), result(10, 90, 120, 11)),
    programDetail: route("GET /programs/{id}", result(1, 36, 36, 28), result(10, 50, 230, 22)),
  };
  const targets = serverTargets(routes, ", 1 server process", undefined);

  it("say what CPU per request a missed target allows, and what the layout alone costs", () => {
    const latency = targets.find((target) => target.target.startsWith("Program detail, signed in: p95"))!;
    expect(latency.met).toBe(false);
    // p95 ≤ 100 ms with ten requests queued on one thread: about 10 ms each.
    expect(latency.reason).toContain("22 ms of server CPU per request (/api/health: 2 ms); the target allows about 10.0 ms; a signed-in page with nothing but the layout costs 11 ms and reaches 18% of /api/health's throughput");
    const share = targets.find((target) => target.target.startsWith("Program detail, signed in: throughput"))!;
    expect(share.met).toBe(false);
    expect(share.measured).toBe("10.0% (50 vs 500 req/s), 25.0 points short");
    // 35% of /api/health's throughput: 2 ms / 0.35.
    expect(share.reason).toContain("the target allows about 5.7 ms; a signed-in page with nothing but the layout costs 11 ms and reaches 18% of /api/health's throughput");
  });

  it("give no reason for a target that is met, and none for routes not measured", () => {
    const fast = serverTargets({ ...routes, programDetail: route("GET /programs/{id}", result(1, 300, 4, 3), result(10, 300, 40, 3)) }, "", undefined);
    const detail = fast.filter((target) => target.target.startsWith("Program detail"));
    expect(detail.map((target) => [target.met, target.reason])).toEqual([
      [true, undefined],
      [true, undefined],
    ]);
    expect(fast.some((target) => target.target.startsWith("Dashboard"))).toBe(false);
  });
});

describe("the growth targets of the load benchmark", () => {
  const stream = { seconds: 10, bytes: 1000, lines: 10, status: 200, startRssMb: 180, peakRssMb: 250, queries: 5 };
  /** One data size: the API alone and under load, an anonymous page under load only. */
  const size = (programs: number, apiStatements: number, anonymousStatements: number): SizeReport => {
    const withStatements = (run: RouteResult, statements: number) => ({ ...run, queriesPerRequest: statements });
    return {
      volumes: { programs, transactions: programs * 25, indicators: programs * 3, auditEvents: programs * 20 },
      programId: "prog-1",
      routes: {
        health: route("GET /api/health", result(1, 400, 5, 2.5), result(10, 500, 28, 2)),
        apiPrograms: route("GET /api/v1/programs", withStatements(result(1, 100, 12, 8), apiStatements), withStatements(result(10, 150, 80, 7), apiStatements)),
        anonHome: route("GET / (anonymous)", withStatements(result(10, 5000, 3, 0.2), anonymousStatements)),
      },
      pageSizes: [],
      exports: { transactionsCsv: stream, iatiActivities: stream },
      flat: { heapLimitMb: 128, transactionsCsv: { ...stream, complete: true }, iatiActivities: { ...stream, complete: true } },
      queryCounts: true,
    };
  };

  it("count the statements of a route measured under load only, such as the anonymous pages", () => {
    const targets = evaluateTargets([size(2_000, 5, 1), size(200_000, 5, 1)]);
    const anonymous = targets.find((target) => target.target === "Statements per request of anonHome independent of data volume")!;
    expect(anonymous).toMatchObject({ measured: "2,000: 1, 200,000: 1", met: true });
    const api = targets.find((target) => target.target === "Statements per request of apiPrograms independent of data volume")!;
    expect(api).toMatchObject({ measured: "2,000: 5, 200,000: 5", met: true });
    // A page that runs more statements on more data is caught.
    const grown = evaluateTargets([size(2_000, 5, 1), size(200_000, 5, 3)]).find((target) => target.target.startsWith("Statements per request of anonHome"))!;
    expect(grown.met).toBe(false);
  });
});
