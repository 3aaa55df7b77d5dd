import { db } from "@/lib/platform/db";
import { logger } from "@/lib/platform/log";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: is the app up, and can it reach its database? */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok" }, { headers });
  } catch (error) {
    logger.warn({ err: error }, "health check: database unreachable");
    return Response.json({ status: "error", database: "unreachable" }, { status: 503, headers });
  }
}
