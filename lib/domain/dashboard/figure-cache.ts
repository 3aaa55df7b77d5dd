import "server-only";
import type { Viewer } from "@/lib/platform/authz";
import { db, type Db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";

/**
 * Figures computed over the whole register (the dashboard's aggregates over every transaction) are
 * kept for a minute: at 20,000 programs and 500,000 transactions one computation takes seconds of
 * database time, and every visitor with the same scope and filters sees the same figures. They are
 * kept in PostgreSQL (the FigureCache table), so that every app instance serves the same figures
 * with the same time of computation. One instance computes at a time: it claims the key first;
 * the others serve the previous figures meanwhile, or, having none, wait for its result (in one
 * instance, requests that arrive during a computation share it). A failure is not kept. Once a
 * minute has passed, the figures are computed again in the background while requests go on getting
 * the previous ones, so that no visitor waits for a refresh; figures older than ten minutes are not served.
 */
export const FIGURES_TTL_MS = 60_000;
export const FIGURES_MAX_STALE_MS = 10 * FIGURES_TTL_MS;
/** How long a claim holds: past it, the instance that claimed is taken to have died, and another computes. */
export const FIGURES_CLAIM_MS = 2 * 60_000;
/** How long a request with nothing to serve waits for another instance before computing itself. */
const WAIT_MS = 30_000;
const POLL_MS = 100;

type Computed = { value: unknown; computedAt: Date };
export type CacheOptions = { now?: number; ttl?: number; client?: Db };

/**
 * This instance's computations under way, by key: requests that arrive meanwhile wait for them. By
 * client, so that a test may play two instances with two clients.
 */
const runningBy = new WeakMap<Db, Map<string, Promise<Computed>>>();

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
 * The shape of the figures kept, the last part of every key: changed whenever what the dashboard or
 * the evidence page computes changes, so that no instance reads figures of another shape (kept by
 * the previous version while a new one rolls out) and fails to render them.
 */
export const FIGURES_SHAPE = "2";

/**
 * The figures under `key`, with when they were computed: the kept ones while younger than the TTL;
 * past it, still the kept ones while `compute` makes new ones (up to FIGURES_MAX_STALE_MS); when
 * none are kept, or they are too old, the result of `compute` (here or in another instance).
 */
export async function cachedFigures<T>(key: string, compute: () => Promise<T>, options: CacheOptions = {}): Promise<{ value: T; computedAt: Date }> {
  const { now = Date.now(), ttl = FIGURES_TTL_MS, client = db() } = options;
  const kept = await read(client, key);
  const answer = ({ value, computedAt }: Computed) => ({ value: value as T, computedAt });
  if (kept && now - kept.computedAt.getTime() < ttl) return answer(kept);
  const running = runningBy.get(client) ?? new Map<string, Promise<Computed>>();
  runningBy.set(client, running);
  let refresh = running.get(key);
  if (!refresh) {
    refresh = recompute(client, key, compute, now, ttl, kept?.computedAt);
    running.set(key, refresh);
    const started = refresh;
    void started.catch(() => undefined).finally(() => running.get(key) === started && running.delete(key));
  }
  if (kept && now - kept.computedAt.getTime() < FIGURES_MAX_STALE_MS) return answer(kept);
  return answer(await refresh);
}

async function read(client: Db, key: string): Promise<Computed | null> {
  const row = await client.figureCache.findUnique({ where: { key }, select: { value: true, computedAt: true } });
  return row?.computedAt ? { value: row.value, computedAt: row.computedAt } : null;
}

/** New figures: computed here when this instance wins the claim, else those of the instance that did. */
async function recompute(client: Db, key: string, compute: () => Promise<unknown>, now: number, ttl: number, seen: Date | undefined): Promise<Computed> {
  if (!(await claim(client, key, now, ttl))) {
    const theirs = await awaitOthers(client, key, seen);
    if (theirs) return theirs;
    // The other instance failed or is too slow: compute here (at most one more computation).
  }
  let value: unknown;
  try {
    value = await compute();
  } catch (error) {
    await client.figureCache.updateMany({ where: { key }, data: { claimedAt: null } }).catch(() => undefined);
    throw error;
  }
  const computedAt = new Date(now);
  const data = { value: value as Prisma.InputJsonValue, computedAt, claimedAt: null };
  await client.figureCache.upsert({ where: { key }, create: { key, ...data }, update: data });
  // Figures for filters nobody asks for any more, and those of past days, go.
  await client.figureCache.deleteMany({ where: { computedAt: { lt: new Date(now - FIGURES_MAX_STALE_MS) }, claimedAt: null } });
  return { value, computedAt };
}

/**
 * Claims the right to compute `key` (one statement, so two instances cannot both win): refused while
 * another instance's claim holds, or when fresh figures were stored since they were read.
 */
async function claim(client: Db, key: string, now: number, ttl: number): Promise<boolean> {
  const at = new Date(now);
  const rows = await client.$queryRaw<{ key: string }[]>`
    INSERT INTO "FigureCache" ("key", "claimedAt") VALUES (${key}, ${at})
    ON CONFLICT ("key") DO UPDATE SET "claimedAt" = EXCLUDED."claimedAt"
    WHERE ("FigureCache"."claimedAt" IS NULL OR "FigureCache"."claimedAt" < ${new Date(now - FIGURES_CLAIM_MS)})
      AND ("FigureCache"."computedAt" IS NULL OR "FigureCache"."computedAt" <= ${new Date(now - ttl)})
    RETURNING "key"`;
  return rows.length > 0;
}

/** Waits for the figures another instance is computing: null when it gives up or takes too long. */
async function awaitOthers(client: Db, key: string, seen: Date | undefined): Promise<Computed | null> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const row = await client.figureCache.findUnique({ where: { key }, select: { value: true, computedAt: true, claimedAt: true } });
    if (row?.computedAt && (!seen || row.computedAt > seen)) return { value: row.value, computedAt: row.computedAt };
    if (!row?.claimedAt || Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Forgets every kept figure (tests, and a deliberate refresh). */
export async function clearFigures(client: Db = db()): Promise<void> {
  runningBy.delete(client);
  await client.figureCache.deleteMany();
}
