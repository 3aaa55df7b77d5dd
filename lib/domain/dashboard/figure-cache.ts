import type { Viewer } from "@/lib/platform/authz";

/**
 * Figures computed over the whole register (the dashboard's aggregates over every transaction) are
 * kept for a minute: at 20,000 programs and 500,000 transactions one computation takes seconds of
 * database time, and every visitor with the same scope and filters sees the same figures. Requests
 * that arrive while the figures are being computed wait for that one computation rather than
 * starting their own, and a failure is not kept. Once a minute has passed, the figures are computed
 * again in the background while requests go on getting the previous ones, with the time they were
 * computed, so that no visitor waits for a refresh; figures older than ten minutes are not served.
 */
export const FIGURES_TTL_MS = 60_000;
export const FIGURES_MAX_STALE_MS = 10 * FIGURES_TTL_MS;
const MAX_ENTRIES = 500;

type Computed = { value: unknown; computedAt: number };
type Entry = { current?: Computed; pending?: Promise<Computed> };
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

/**
 * The figures under `key`, with when they were computed: the kept ones while younger than the TTL;
 * past it, still the kept ones while `compute` makes new ones (up to FIGURES_MAX_STALE_MS); when
 * none are kept, or they are too old, the result of `compute`.
 */
export async function cachedFigures<T>(key: string, compute: () => Promise<T>, now = Date.now(), ttl = FIGURES_TTL_MS): Promise<{ value: T; computedAt: Date }> {
  let entry = entries.get(key);
  if (!entry) {
    entry = {};
    entries.set(key, entry);
    // The oldest go first when there are many scopes and filters.
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  const { current } = entry;
  const answer = ({ value, computedAt }: Computed) => ({ value: value as T, computedAt: new Date(computedAt) });
  if (current && now - current.computedAt < ttl) return answer(current);
  if (!entry.pending) {
    const refreshing = entry;
    const pending = compute().then((value) => ({ value, computedAt: now }));
    refreshing.pending = pending;
    pending.then(
      (computed) => {
        refreshing.current = computed;
        if (refreshing.pending === pending) refreshing.pending = undefined;
      },
      () => {
        if (refreshing.pending === pending) refreshing.pending = undefined;
      },
    );
  }
  if (current && now - current.computedAt < FIGURES_MAX_STALE_MS) return answer(current);
  return answer(await entry.pending!);
}

/** Forgets every kept figure (tests, and a deliberate refresh). */
export function clearFigures(): void {
  entries.clear();
}
