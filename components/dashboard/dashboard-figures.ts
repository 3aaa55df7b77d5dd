import type { getDashboardFigures } from "@/lib/domain/dashboard/dashboard";

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
