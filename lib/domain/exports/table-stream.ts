import "server-only";
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { logger } from "@/lib/platform/log";
import { spreadsheetSafe } from "./spreadsheet-safe";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A cell: text (always written as text, never as a formula), a number, or nothing. */
export type Cell = string | number | null;
export type Column<K extends string = string> = { key: K; header: string };
export type Row<K extends string = string> = Record<K, Cell>;

/** Roughly how much CSV text is gathered before it is handed to the client. */
const CSV_CHUNK_CHARS = 64 * 1024;

/**
 * A table as a web stream of CSV or XLSX bytes, written row by row as the client reads: the rows
 * are pulled from `rows` only as fast as the client takes the output, so memory stays flat
 * whatever the table's length. Text that a spreadsheet would run as a formula is neutralised: in
 * CSV by `spreadsheetSafe`, in XLSX by writing it as a string cell (numbers stay numbers).
 */
export function tableStream<K extends string>(format: ExportFormat, columns: readonly Column<K>[], rows: AsyncIterable<Row<K>>, sheet = "Export"): ReadableStream<Uint8Array> {
  return format === "csv" ? csvStream(columns, rows) : xlsxStream(columns, rows, sheet);
}

const csvCell = (value: Cell) => (value === null ? "" : typeof value === "number" ? String(value) : spreadsheetSafe(value));

function csvStream<K extends string>(columns: readonly Column<K>[], rows: AsyncIterable<Row<K>>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: AsyncIterator<Row<K>> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte order mark, so that spreadsheet programs read the file as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${stringify([columns.map((column) => column.header)])}`));
    },
    async pull(controller) {
      iterator ??= rows[Symbol.asyncIterator]();
      const records: string[][] = [];
      let size = 0;
      let done = false;
      try {
        while (size < CSV_CHUNK_CHARS) {
          const next = await iterator.next();
          if (next.done) {
            done = true;
            break;
          }
          const record = columns.map((column) => csvCell(next.value[column.key]));
          records.push(record);
          size += record.reduce((total, value) => total + value.length + 1, 0);
        }
      } catch (error) {
        logger.error({ err: error }, "CSV export failed while streaming");
        throw error;
      }
      if (records.length) controller.enqueue(encoder.encode(stringify(records)));
      if (done) controller.close();
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
}

/** Resolves once `stream` wants more data, or is gone (the client went away). */
function writable(stream: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
  });
}

/** A worksheet's name: at most 31 characters, none of those a spreadsheet refuses there. */
const sheetName = (name: string) => name.replace(/[\\/?*:[\]]/g, " ").trim().slice(0, 31) || "Export";

function xlsxStream<K extends string>(columns: readonly Column<K>[], rows: AsyncIterable<Row<K>>, sheet: string): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  // Without shared strings every row is complete when committed, so nothing accumulates in memory.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: false });
  const write = async () => {
    const worksheet = workbook.addWorksheet(sheetName(sheet), { views: [{ state: "frozen", ySplit: 1 }] });
    worksheet.columns = columns.map((column) => ({ key: column.key, width: Math.min(60, Math.max(12, column.header.length + 2)) }));
    worksheet.addRow(columns.map((column) => column.header)).commit();
    for await (const row of rows) {
      if (output.destroyed) return;
      worksheet.addRow(columns.map((column) => row[column.key])).commit();
      // Wait while the client is behind, rather than compressing rows nobody reads yet.
      if (output.writableNeedDrain) await writable(output);
    }
    if (output.destroyed) return;
    worksheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => {
    logger.error({ err: error }, "XLSX export failed while streaming");
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(output) as unknown as ReadableStream<Uint8Array>;
}

/**
 * Reads the first row before a response is sent, so that a failure at the start (the database is
 * unreachable, a query is refused) is answered with the API's error shape rather than a broken
 * download; the rows are then yielded in full.
 */
export async function startRows<T>(rows: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      try {
        yield first.value;
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
      } finally {
        await iterator.return?.();
      }
    },
  };
}
