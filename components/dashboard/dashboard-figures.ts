import type { getDashboardFigures, TDashboardFilter } from "@/lib/domain/dashboard/dashboard";

// What the dashboard's sections share: the figures the page computed once and the way a section links
// to a list with the dashboard's filter kept.

export type DashboardFigures = Awaited<ReturnType<typeof getDashboardFigures>>["value"];

/** The path with the dashboard's filter in its query, and the extra parameters given. */
export function withQuery(query: URLSearchParams, path: string, extra: Record<string, string> = {}) {
  const next = new URLSearchParams(query);
  for (const [key, value] of Object.entries(extra)) next.set(key, value);
  const text = next.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The docket's overdue submissions under the dashboard's agreement and country, as the docket's own
 * filters write them (a submission's country is the party it concerns).
 */
export function overdueSubmissionsHref(filter: Pick<TDashboardFilter, "agreement" | "country">) {
  const query = new URLSearchParams({ deadline: "overdue" });
  if (filter.agreement) query.set("agreement", filter.agreement);
  if (filter.country) query.set("concerns", filter.country);
  return `/submissions?${query.toString()}`;
}
