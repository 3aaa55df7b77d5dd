import type { Viewer } from "@/lib/authz";

/**
 * Figures computed over the whole register (the dashboard's aggregates over every transaction) are
 * kept for a minute: at 20,000 programs and 500,000 transactions one computation takes seconds of
 * database time, and every visitor with the same scope and filters sees the same figures. Requests
 * that arrive while the figures are being computed wait for that one computation rather than
 * starting their own; a failure is not kept.
 */
export const FIGURES_TTL_MS = 60_000;
const MAX_ENTRIES = 500;

type Entry = { computedAt: number; value: Promise<unknown> };
const entries = new Map<string, Entry>();

/** Who sees the same figures: everyone anonymous, every analyst and administrator, or one organisation (and country). */
export function scopeKey(viewer: Viewer): string {
  if (!viewer) return "public";
  switch (viewer.role) {
    case "ADMIN":
    case "ANALYST":
      return "all";
    case "GOVERNMENT":
      return `government:${viewer.countryCode ?? ""}:${viewer.organisationId}`;
    case "CIVIL_SOCIETY":
      return `civil-society:${viewer.organisationId}`;
  }
}

/** The figures under `key`, computed by `compute` when there are none younger than the TTL; with when they were computed. */
export async function cachedFigures<T>(key: string, compute: () => Promise<T>, now = Date.now(), ttl = FIGURES_TTL_MS): Promise<{ value: T; computedAt: Date }> {
  let entry = entries.get(key);
  if (!entry || now - entry.computedAt >= ttl) {
    const value = compute();
    entry = { computedAt: now, value };
    entries.set(key, entry);
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    // The oldest go first when there are many scopes and filters.
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  return { value: (await entry.value) as T, computedAt: new Date(entry.computedAt) };
}

/** Forgets every kept figure (tests, and a deliberate refresh). */
export function clearFigures(): void {
  entries.clear();
}
