import { env } from "@/lib/platform/env";
import { registerAppMetrics } from "@/lib/platform/metrics/app-metrics";
import { serverMetrics } from "@/lib/platform/metrics/cluster-metrics";
import { logger } from "@/lib/platform/log";
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
  let text: string;
  try {
    text = await serverMetrics(registry);
  } catch (error) {
    // A partial answer would read as a drop in every counter: the scrape fails instead.
    logger.warn({ err: error }, "metrics: the server's processes could not be gathered");
    return new Response("The metrics of every server process could not be gathered; try again.\n", { status: 503, headers });
  }
  return new Response(text, { headers: { ...headers, "Content-Type": registry.contentType } });
}
