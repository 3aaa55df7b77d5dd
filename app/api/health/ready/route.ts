import { db } from "@/lib/platform/db";
import { logger } from "@/lib/platform/log";
import { serverState } from "@/lib/platform/metrics/server-state";

export const dynamic = "force-dynamic";

/**
 * Readiness: should a load balancer send this instance requests? Not while it is shutting down
 * (draining after SIGTERM), and not while it cannot reach its database.
 */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  if (serverState().draining) {
    return Response.json({ status: "draining", database: "not checked" }, { status: 503, headers });
  }
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ status: "ready", database: "ok" }, { headers });
  } catch (error) {
    logger.warn({ err: error }, "readiness check: database unreachable");
    return Response.json({ status: "not ready", database: "unreachable" }, { status: 503, headers });
  }
}
