import "server-only";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { ActionContext } from "@/lib/platform/audit/action-context";
import { recordAuditEvent } from "@/lib/platform/audit/record-audit-event";
import { db, type DbTx } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { ZCreateTransaction, type TCreateTransaction } from "@/lib/domain/funding/schemas";
import { requirePermission } from "@/lib/platform/authz";
import { loadProgramForChange } from "@/lib/platform/authz/load-program";
import { TRANSACTION_SELECT, transactionColumns } from "./transactions/transaction-record";

/** The largest file the import reads, and the most rows it takes at once. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

/** The template's columns, in order. Provider and receiver are organisations by name, acronym or IATI identifier. */
export const IMPORT_COLUMNS = ["type", "date", "amount", "currency", "provider", "receiver", "reference", "description"] as const;

export function importTemplate(): string {
  return `\uFEFF${stringify([
    [...IMPORT_COLUMNS],
    ["DISBURSEMENT", "2026-03-31", "125000.50", "USD", "Bureau of International Labor Affairs, U.S. Department of Labor", "International Labour Organization", "INV-2026-001", "First tranche"],
  ])}`;
}

export type ImportRow = {
  line: number;
  status: "valid" | "warning" | "error";
  /** Why a row is refused, or what to check in a row that can be imported. */
  reasons: string[];
  values: Record<string, string>;
  transaction?: TCreateTransaction;
};

export type ImportPreview = { rows: ImportRow[]; counts: Record<ImportRow["status"], number> };

type Upload = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

function refuse(message: string): never {
  throw new AppError("INVALID_INPUT", message, { fieldErrors: { file: [message] } });
}

/** The file as rows of text, or a clear refusal: not CSV, too large, not UTF-8, malformed, empty. */
async function readCsv(file: Upload): Promise<Record<string, string>[]> {
  if (!/\.csv$/i.test(file.name)) refuse("Upload a .csv file: save the spreadsheet as CSV (UTF-8) first.");
  if (file.size === 0) refuse("The file is empty.");
  if (file.size > MAX_IMPORT_BYTES) refuse(`The file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB; split it into smaller files.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    refuse("The file is not in UTF-8. Save it as \"CSV UTF-8\" and upload it again.");
  }
  if (text.includes("\u0000")) refuse("The file is not a text file. Upload the CSV export of the spreadsheet.");
  let records: Record<string, string>[];
  try {
    records = parse(text, { bom: true, columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    refuse(`The file is not valid CSV: ${(error as Error).message.split("\n")[0]}`);
  }
  if (records.length === 0) refuse("The file has a header but no rows.");
  const columns = Object.keys(records[0]!);
  const missing = ["type", "date", "amount", "currency"].filter((column) => !columns.includes(column));
  if (missing.length) refuse(`The file lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}. Start from the template.`);
  if (records.length > MAX_IMPORT_ROWS) refuse(`The file has ${records.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`);
  return records;
}

/** Organisations by lower-cased name, acronym and IATI identifier; an ambiguous key maps to null. */
async function organisationIndex(tx: DbTx) {
  const index = new Map<string, string | null>();
  const organisations = await tx.organisation.findMany({ select: { id: true, name: true, acronym: true, iatiIdentifier: true } });
  for (const organisation of organisations) {
    for (const key of [organisation.name, organisation.acronym, organisation.iatiIdentifier]) {
      if (!key) continue;
      const normal = key.trim().toLowerCase();
      index.set(normal, index.has(normal) && index.get(normal) !== organisation.id ? null : organisation.id);
    }
  }
  return index;
}

/** Checks every row without writing anything. */
async function check(tx: DbTx, programId: string, records: Record<string, string>[]): Promise<ImportPreview> {
  const program = await tx.cooperationProgram.findUniqueOrThrow({ where: { id: programId }, select: { currencyCode: true } });
  const organisations = await organisationIndex(tx);
  const currencies = new Set((await tx.currency.findMany({ select: { code: true } })).map((currency) => currency.code));
  const existing = new Set(
    (await tx.transaction.findMany({ where: { programId }, select: { type: true, date: true, amount: true, currencyCode: true } })).map(
      (row) => `${row.type}|${row.date.toISOString().slice(0, 10)}|${row.amount.toString()}|${row.currencyCode}`,
    ),
  );
  const seen = new Set<string>();

  const rows = records.map((values, index): ImportRow => {
    const line = index + 2;
    const reasons: string[] = [];
    const organisation = (column: "provider" | "receiver") => {
      const name = values[column]?.trim();
      if (!name) return undefined;
      const id = organisations.get(name.toLowerCase());
      if (id === undefined) reasons.push(`${column}: no organisation is called "${name}".`);
      if (id === null) reasons.push(`${column}: several organisations match "${name}"; use its IATI identifier.`);
      return id ?? undefined;
    };
    const providerId = organisation("provider");
    const receiverId = organisation("receiver");
    const parsed = ZCreateTransaction.safeParse({
      type: values.type?.toUpperCase(),
      date: values.date,
      amount: values.amount,
      currencyCode: values.currency,
      providerId,
      receiverId,
      reference: values.reference,
      description: values.description ?? "",
    });
    if (!parsed.success) {
      for (const [field, messages] of Object.entries(fieldErrorsOf(parsed.error))) reasons.push(`${field}: ${messages.join(" ")}`);
    }
    if (parsed.success && !currencies.has(parsed.data.currencyCode)) reasons.push(`currency: there is no currency ${parsed.data.currencyCode}.`);
    if (reasons.length || !parsed.success) return { line, status: "error", reasons, values };

    const transaction = parsed.data;
    const warnings: string[] = [];
    const key = `${transaction.type}|${transaction.date.toISOString().slice(0, 10)}|${new Prisma.Decimal(transaction.amount).toString()}|${transaction.currencyCode}`;
    if (existing.has(key)) warnings.push("The program already has a transaction of this type, date, amount and currency: is this a duplicate?");
    if (seen.has(key)) warnings.push("An earlier row of this file has the same type, date, amount and currency.");
    seen.add(key);
    if (transaction.currencyCode !== program.currencyCode) warnings.push(`The currency differs from the program's (${program.currencyCode}).`);
    return { line, status: warnings.length ? "warning" : "valid", reasons: warnings, values, transaction };
  });
  const counts = { valid: 0, warning: 0, error: 0 };
  for (const row of rows) counts[row.status] += 1;
  return { rows, counts };
}

/**
 * Reads a CSV of transactions for a program and reports every row as valid, warning (importable,
 * with something to check) or error (with the reason). Nothing is written.
 */
export async function previewTransactionImport(ctx: ActionContext, programId: string, file: Upload | null): Promise<ImportPreview> {
  requirePermission(ctx.actor, "finance.manage");
  if (!file) refuse("Choose the CSV file to import.");
  await loadProgramForChange(db(), ctx.actor, programId, "finance.manage");
  const records = await readCsv(file);
  return db().$transaction((tx) => check(tx, programId, records));
}

/**
 * Imports the rows of the file that pass, after the user has seen the preview: the valid rows, and
 * the rows with warnings when `withWarnings`. The file is read and checked again, and all chosen
 * rows are written in one transaction, or none.
 */
export async function importTransactions(ctx: ActionContext, programId: string, file: Upload | null, { withWarnings }: { withWarnings: boolean }) {
  requirePermission(ctx.actor, "finance.manage");
  if (!file) refuse("Choose the CSV file to import.");
  const records = await readCsv(file);
  return db().$transaction(
    async (tx) => {
      await loadProgramForChange(tx, ctx.actor, programId, "finance.manage");
      const preview = await check(tx, programId, records);
      const chosen = preview.rows.filter((row) => row.status === "valid" || (withWarnings && row.status === "warning"));
      if (chosen.length === 0) throw new AppError("INVALID_INPUT", "No row of the file can be imported as chosen.", { fieldErrors: { file: ["No row can be imported."] } });
      for (const row of chosen) {
        const created = await tx.transaction.create({
          data: { programId, ...transactionColumns(row.transaction!) },
          select: TRANSACTION_SELECT,
        });
        await recordAuditEvent(tx, ctx, { action: "transaction.import", entityType: "CooperationProgram", entityId: programId, after: { transaction: created, line: row.line, file: file.name } });
      }
      return { imported: chosen.length, skipped: preview.rows.length - chosen.length, counts: preview.counts };
    },
    { timeout: 60_000 },
  );
}
