import "server-only";
import { offsetFromCursor, type Page, type TPageQuery } from "@/lib/platform/api/pagination";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { exchangeReadWhere, type Actor, type Viewer, requirePermission } from "@/lib/platform/authz";
import { loadExchangeForChange, mayChangeExchange } from "@/lib/platform/authz/load-exchange";
import { db, type DbTx } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import { findOrNull } from "@/lib/platform/errors/find-or-null";
import { staleRecord } from "@/lib/platform/errors/stale-record";
import { fileStorage } from "@/lib/platform/storage/file-storage";
import { type EXCHANGE_SORTS, ZCreateExchange, ZUpdateExchange, type TCreateExchange, type TExchangeFilter } from "@/lib/domain/exchanges/schemas";
import { ZVersion } from "@/lib/domain/users/schemas";
import { assertExchangeAcceptable, EXCHANGE_RECORD_SELECT, exchangeRecord } from "./exchange-rules";

/** The exchange as it is now, once the actor may change it. */
async function loadChangeable(tx: DbTx, actor: Actor, id: string) {
  await loadExchangeForChange(tx, actor, id);
  return tx.informationExchange.findUniqueOrThrow({ where: { id }, select: EXCHANGE_RECORD_SELECT });
}

const COUNTRY = { select: { code: true, name: true } } as const;

const EXCHANGE_LIST_SELECT = {
  id: true,
  date: true,
  kind: true,
  title: true,
  summary: true,
  link: true,
  isPublic: true,
  version: true,
  agreement: { select: { id: true, shortName: true } },
  fromCountry: COUNTRY,
  toCountry: COUNTRY,
  _count: { select: { provisions: true, documents: true } },
} satisfies Prisma.InformationExchangeSelect;

const EXCHANGE_DETAIL_SELECT = {
  ...EXCHANGE_LIST_SELECT,
  agreement: { select: { id: true, shortName: true, title: true } },
  createdAt: true,
  updatedAt: true,
  provisions: { select: { provision: { select: { id: true, article: true, title: true } } } },
  documents: {
    orderBy: [{ documentDate: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: { id: true, title: true, category: true, url: true, fileName: true, sizeBytes: true, languageCode: true, documentDate: true },
  },
} satisfies Prisma.InformationExchangeSelect;

/** The conditions of `filter`, each to be met. `to` also matches what went to all parties of an agreement the country is party to. */
function filterWhere(filter: TExchangeFilter): Prisma.InformationExchangeWhereInput[] {
  const conditions: Prisma.InformationExchangeWhereInput[] = [];
  if (filter.agreementId) conditions.push({ agreementId: filter.agreementId });
  if (filter.kind) conditions.push({ kind: filter.kind });
  if (filter.from) conditions.push({ fromCountryCode: filter.from });
  if (filter.to) {
    conditions.push({
      OR: [
        { toCountryCode: filter.to },
        { toCountryCode: null, fromCountryCode: { not: filter.to }, agreement: { parties: { some: { countryCode: filter.to } } } },
      ],
    });
  }
  if (filter.year !== undefined) conditions.push({ date: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) } });
  if (filter.visibility) conditions.push({ isPublic: filter.visibility === "public" });
  if (filter.q) conditions.push({ OR: [{ title: { contains: filter.q, mode: "insensitive" } }, { summary: { contains: filter.q, mode: "insensitive" } }] });
  return conditions;
}

const EXCHANGE_ORDER: Record<(typeof EXCHANGE_SORTS)[number], Prisma.InformationExchangeOrderByWithRelationInput> = {
  "-date": { date: "desc" },
  date: { date: "asc" },
  title: { title: "asc" },
  "-title": { title: "desc" },
};

type ListRow = Prisma.InformationExchangeGetPayload<{ select: typeof EXCHANGE_LIST_SELECT }>;

function listItem({ _count, ...exchange }: ListRow) {
  return { ...exchange, provisionCount: _count.provisions, documentCount: _count.documents };
}

export type ExchangeListItem = ReturnType<typeof listItem>;

/**
 * The exchanges `viewer` may read that match `filter`, newest first, filtered and paged in SQL,
 * with how many match in all. `q` looks in the title and the summary, whatever the case. The cursor
 * is the offset of the next page (see offsetFromCursor).
 */
export async function listExchanges(viewer: Viewer, filter: TExchangeFilter, { limit, cursor }: TPageQuery): Promise<Page<ExchangeListItem> & { total: number }> {
  const offset = offsetFromCursor(cursor);
  const where: Prisma.InformationExchangeWhereInput = { AND: [exchangeReadWhere(viewer), ...filterWhere(filter)] };
  const [rows, total] = await Promise.all([
    db().informationExchange.findMany({ where, orderBy: [EXCHANGE_ORDER[filter.sort ?? "-date"], { id: "desc" }], skip: offset, take: limit + 1, select: EXCHANGE_LIST_SELECT }),
    db().informationExchange.count({ where }),
  ]);
  const data = rows.slice(0, limit).map(listItem);
  return { data, page: { limit, nextCursor: rows.length > limit ? String(offset + limit) : null }, total };
}

/** One exchange with its provisions and documents, and whether `viewer` may change it; 404 outside what they may read. */
export async function getExchange(viewer: Viewer, id: string) {
  const exchange = await db().informationExchange.findFirst({ where: { AND: [{ id }, exchangeReadWhere(viewer)] }, select: EXCHANGE_DETAIL_SELECT });
  if (!exchange) throw new AppError("NOT_FOUND", "No information exchange with this id is visible to you.");
  const { _count, provisions, ...rest } = exchange;
  return {
    ...rest,
    provisionCount: _count.provisions,
    documentCount: _count.documents,
    provisions: provisions.map((link) => link.provision).sort((a, b) => a.article.localeCompare(b.article, "en", { numeric: true })),
    mayChange: mayChangeExchange(viewer, { fromCountryCode: exchange.fromCountry.code }),
  };
}

export type ExchangeDetail = Awaited<ReturnType<typeof getExchange>>;

/** The same as getExchange, or null when `viewer` may not read it (for pages, which answer 404 themselves). */
export function findExchange(viewer: Viewer, id: string): Promise<ExchangeDetail | null> {
  return findOrNull(() => getExchange(viewer, id));
}

const audit = (tx: DbTx, ctx: ActionContext, id: string, action: string, entry: { before?: unknown; after?: unknown }) =>
  recordAuditEvent(tx, ctx, { action, entityType: "InformationExchange", entityId: id, ...entry });

/** The version stored now, after a guarded write found another; null when the exchange is gone. */
async function currentVersion(tx: DbTx, id: string) {
  return (await tx.informationExchange.findUnique({ where: { id }, select: { version: true } }))?.version ?? null;
}

function columns(data: TCreateExchange) {
  return {
    agreementId: data.agreementId,
    fromCountryCode: data.fromCountryCode,
    toCountryCode: data.toCountryCode ?? null,
    kind: data.kind,
    date: data.date,
    title: data.title,
    summary: data.summary,
    link: data.link ?? null,
    isPublic: data.isPublic,
  };
}

/** Logs an exchange: ADMIN, or a ministry for what its country shared under its agreements. */
export async function createExchange(ctx: ActionContext, input: unknown) {
  const actor = requirePermission(ctx.actor, "exchange.log");
  const data = ZCreateExchange.parse(input);
  return db().$transaction(async (tx) => {
    await assertExchangeAcceptable(tx, actor, data);
    const created = await tx.informationExchange.create({
      data: { ...columns(data), createdById: actor.id, provisions: { create: data.provisionIds.map((provisionId) => ({ provisionId })) } },
      select: EXCHANGE_RECORD_SELECT,
    });
    const after = exchangeRecord(created);
    await audit(tx, ctx, created.id, "exchange.create", { after });
    return after;
  });
}

/** Replaces an exchange's fields and provisions, starting from `version`. */
export async function updateExchange(ctx: ActionContext, id: string, input: unknown) {
  const actor = requirePermission(ctx.actor, "exchange.log");
  const { version, ...data } = ZUpdateExchange.parse(input);
  return db().$transaction(async (tx) => {
    const before = exchangeRecord(await loadChangeable(tx, actor, id));
    // A stale edit is refused before its fields are checked: the record it was based on is gone.
    if (before.version !== version) throw staleRecord("exchange", version, before.version);
    await assertExchangeAcceptable(tx, actor, data);
    const { count } = await tx.informationExchange.updateMany({ where: { id, version }, data: { ...columns(data), version: { increment: 1 } } });
    if (count === 0) throw staleRecord("exchange", version, await currentVersion(tx, id));
    await tx.exchangeProvision.deleteMany({ where: { exchangeId: id } });
    if (data.provisionIds.length) await tx.exchangeProvision.createMany({ data: data.provisionIds.map((provisionId) => ({ exchangeId: id, provisionId })) });
    const after = exchangeRecord(await tx.informationExchange.findUniqueOrThrow({ where: { id }, select: EXCHANGE_RECORD_SELECT }));
    await audit(tx, ctx, id, "exchange.update", { before, after });
    return after;
  });
}

/** Deletes an exchange seen at `version`, with its documents; their stored files go once the deletion is committed. */
export async function deleteExchange(ctx: ActionContext, id: string, version: unknown) {
  const actor = requirePermission(ctx.actor, "exchange.log");
  const parsed = ZVersion.safeParse(version);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Give the version you are deleting.", { fieldErrors: { version: [parsed.error.issues[0]!.message] } });
  const seen = parsed.data;
  const storageKeys = await db().$transaction(async (tx) => {
    const before = exchangeRecord(await loadChangeable(tx, actor, id));
    const files = await tx.document.findMany({ where: { exchangeId: id, storageKey: { not: null } }, select: { storageKey: true } });
    const { count } = await tx.informationExchange.deleteMany({ where: { id, version: seen } });
    if (count === 0) throw staleRecord("exchange", seen, before.version === seen ? await currentVersion(tx, id) : before.version);
    await audit(tx, ctx, id, "exchange.delete", { before });
    return files.map((file) => file.storageKey!);
  });
  await Promise.all(storageKeys.map((key) => fileStorage().remove(key)));
}
