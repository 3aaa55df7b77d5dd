export const dynamic = "force-dynamic";

/** Liveness: the process answers HTTP. No database call: a database outage is no reason to restart the app. */
export function GET() {
  return Response.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } });
}
