import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";
import { TransactionType } from "@/lib/platform/db/generated/enums";
import { programFilterSql } from "@/lib/domain/programs/program-filter-sql";
import { problem } from "@/lib/platform/i18n/problem";
import { whenValid, ZDay } from "@/lib/platform/validation";
import { ZProgramFilter } from "@/lib/domain/programs/schemas";
import { isoDay, keysetRows } from "./batches";
import type { ColumnKey } from "./columns";
import type { Row } from "./table-stream";

/**
 * The program list's filters, plus the transactions' own: their type and a date range. The type is
 * `transactionType`, since `type` already filters programs by their type.
 */
export const ZTransactionExportFilter = ZProgramFilter.extend({
  transactionType: z.preprocess((value) => (value === "" ? undefined : value), z.enum(TransactionType, { error: problem("ExportProblem.transactionType") }).optional()),
  from: ZDay,
  to: ZDay,
}).superRefine((filter, ctx) => {
  if (filter.from && filter.to && filter.to < filter.from) ctx.addIssue({ code: "custom", path: ["to"], message: problem("ExportProblem.dateRangeReversed") });
}, whenValid("from", "to"));
export type TTransactionExportFilter = z.infer<typeof ZTransactionExportFilter>;

export const TRANSACTION_EXPORT_KEYS = [
  "program_identifier",
  "program_title",
  "type",
  "date",
  "amount",
  "currency",
  "provider",
  "receiver",
  "reference",
  "description",
] as const satisfies readonly ColumnKey<"transactions">[];

type TransactionExportRow = Row<(typeof TRANSACTION_EXPORT_KEYS)[number]>;
type Fetched = TransactionExportRow & { id: string };

/**
 * One row per transaction of the programs the list shows for `filter` (within what the viewer may
 * read), in the order they were recorded; amounts exactly as stored, as decimal strings.
 */
export async function* transactionExportRows(viewer: Viewer, filter: TTransactionExportFilter): AsyncGenerator<TransactionExportRow> {
  const conditions = [programFilterSql(viewer, filter)];
  if (filter.transactionType) conditions.push(Prisma.sql`tr."type" = CAST(${filter.transactionType} AS "TransactionType")`);
  if (filter.from) conditions.push(Prisma.sql`tr."date" >= CAST(${isoDay(filter.from)} AS date)`);
  if (filter.to) conditions.push(Prisma.sql`tr."date" <= CAST(${isoDay(filter.to)} AS date)`);
  const where = Prisma.join(conditions, " AND ");
  const rows = keysetRows<Fetched>(
    (after, size) => db().$queryRaw<Fetched[]>`
      SELECT tr."id", p."identifier" AS program_identifier, p."title" AS program_title, tr."type"::text AS type, to_char(tr."date", 'YYYY-MM-DD') AS date,
        tr."amount"::text AS amount, tr."currencyCode" AS currency, prov."name" AS provider, recv."name" AS receiver,
        tr."reference" AS reference, tr."description" AS description
      FROM "Transaction" tr
      JOIN "CooperationProgram" p ON p."id" = tr."programId"
      LEFT JOIN "Organisation" prov ON prov."id" = tr."providerId"
      LEFT JOIN "Organisation" recv ON recv."id" = tr."receiverId"
      WHERE ${where} AND tr."id" > ${after?.id ?? ""}
      ORDER BY tr."id"
      LIMIT ${size}`,
  );
  for await (const { id: _id, ...row } of rows) yield row;
}
