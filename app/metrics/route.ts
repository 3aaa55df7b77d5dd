import { env } from "@/lib/platform/env";
import { registerAppMetrics } from "@/lib/platform/metrics/app-metrics";
import { metricsAccess } from "@/lib/platform/metrics/metrics-token";
import { serverState } from "@/lib/platform/metrics/server-state";

export const dynamic = "force-dynamic";

/** Prometheus metrics, for a scraper holding METRICS_TOKEN; without that setting the route does not exist. */
export async function GET(request: Request) {
  const headers = { "Cache-Control": "no-store" };
  const access = metricsAccess(request.headers.get("authorization"), env().METRICS_TOKEN);
  if (access === "disabled") return new Response("Not found.\n", { status: 404, headers });
  if (access === "refused") {
    return new Response("Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.\n", {
      status: 401,
      headers: { ...headers, "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
  }
  const { registry } = serverState();
  registerAppMetrics(registry);
  return new Response(await registry.metrics(), { headers: { ...headers, "Content-Type": registry.contentType } });
}
