import { describe, expect, it } from "vitest";
import type { RouteResult } from "@/bench/load/measure";
import type { RunsByRoute } from "@/bench/load/report";
import { serverTargets } from "@/bench/load/targets";

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
