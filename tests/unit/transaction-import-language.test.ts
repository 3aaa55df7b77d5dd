// The transaction import's page speaks the reader's language: a refused file, and each row's reasons
// in the preview, the field's own message within a column's.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { problem } from "@/lib/platform/i18n/problem";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: vi.fn() }));
vi.mock("@/lib/platform/auth/request-context", () => ({ currentRequestId: async () => "req-1" }));
const reader = vi.hoisted(() => ({ locale: "es" }));
vi.mock("@/lib/platform/i18n/request-locale", () => ({ requestLocale: async () => reader.locale }));
vi.mock("@/lib/domain/funding/transaction-import/preview-transaction-import", () => ({ previewTransactionImport: vi.fn() }));

const actor = { id: "u", role: "GOVERNMENT", organisationId: "o", countryCode: "MX" };

async function load() {
  const { transactionImportAction } = await import("@/lib/domain/funding/transaction-import/actions");
  const { readCsv } = await import("@/lib/domain/funding/transaction-import/import-file");
  const session = await import("@/lib/platform/auth/session");
  const preview = await import("@/lib/domain/funding/transaction-import/preview-transaction-import");
  vi.mocked(session.getCurrentUser).mockResolvedValue(actor as never);
  return { transactionImportAction, readCsv, previewTransactionImport: vi.mocked(preview.previewTransactionImport) };
}

function upload(name: string, text: string) {
  const data = new FormData();
  data.set("step", "preview");
  data.set("programId", "p");
  data.set("file", new File([text], name, { type: "text/csv" }));
  return data;
}

describe("the transaction import in the reader's language", () => {
  beforeEach(() => vi.resetAllMocks());

  it("refuses a file that is not CSV in Spanish", async () => {
    const { transactionImportAction, readCsv, previewTransactionImport } = await load();
    previewTransactionImport.mockImplementation(async (_ctx, _program, file) => {
      await readCsv(file!);
      return { rows: [], counts: { valid: 0, warning: 0, error: 0 } };
    });
    reader.locale = "es";
    expect(await transactionImportAction({ status: "idle" }, upload("datos.pdf", "x"))).toEqual({
      status: "error",
      message: "Suba un archivo .csv o .xlsx: guarde primero la hoja de cálculo como CSV (UTF-8) o como libro de Excel.",
    });
  });

  it("says each row's reasons in French, a column's problem with the field's own message", async () => {
    const { transactionImportAction, previewTransactionImport } = await load();
    previewTransactionImport.mockResolvedValue({
      counts: { valid: 0, warning: 1, error: 1 },
      rows: [
        { line: 2, status: "error", values: {}, reasons: [problem("ImportProblems.columnProblem", { column: "amount", problem: problem("ChoiceProblems.amountSuchAs") })] },
        { line: 3, status: "warning", values: {}, reasons: [problem("ImportProblems.otherCurrency", { currency: "USD" })] },
      ],
    });
    reader.locale = "fr";
    const state = await transactionImportAction({ status: "idle" }, upload("t.csv", "type,date,amount,currency\n"));
    expect(state.preview?.rows.map((row) => row.reasons)).toEqual([
      ["amount : Saisissez un montant, par exemple 250000 ou 1250.50."],
      ["La devise diffère de celle du programme (USD)."],
    ]);
  });
});
