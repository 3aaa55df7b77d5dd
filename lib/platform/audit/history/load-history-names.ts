import "server-only";
import { db } from "@/lib/platform/db";
import type { HistoryEntry } from "./describe-entry";
import { isReference } from "./history-values";

const MAX_IDS = 500;

/** The ids an entry's snapshots point to (organisationId, provisionIds…), a level deep: the parts an entry wraps. */
function referencedIds(value: unknown, depth = 0, into = new Set<string>()): Set<string> {
  if (!value || typeof value !== "object" || Array.isArray(value) || depth > 1) return into;
  for (const [field, child] of Object.entries(value)) {
    if (isReference(field)) for (const id of [child].flat()) if (typeof id === "string" && into.size < MAX_IDS) into.add(id);
    if (child && typeof child === "object") referencedIds(child, depth + 1, into);
  }
  return into;
}

/**
 * The names of the public records a page of history points to by id: organisations, institutions,
 * agreements and labour provisions, all of them in the public register. Accounts and programs are
 * not looked up: their names are not everyone's to read, and an entry already names its own record.
 */
export async function loadHistoryNames(entries: readonly HistoryEntry[]): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const entry of entries) for (const snapshot of [entry.before, entry.after]) referencedIds(snapshot, 0, ids);
  if (ids.size === 0) return new Map();
  const where = { id: { in: [...ids] } };
  const [organisations, institutions, agreements, provisions] = await Promise.all([
    db().organisation.findMany({ where, select: { id: true, name: true } }),
    db().institution.findMany({ where, select: { id: true, name: true } }),
    db().agreement.findMany({ where, select: { id: true, title: true } }),
    db().labourProvision.findMany({ where, select: { id: true, article: true, title: true } }),
  ]);
  return new Map([
    ...organisations.map((row) => [row.id, row.name] as const),
    ...institutions.map((row) => [row.id, row.name] as const),
    ...agreements.map((row) => [row.id, row.title] as const),
    ...provisions.map((row) => [row.id, `${row.article} ${row.title}`] as const),
  ]);
}
