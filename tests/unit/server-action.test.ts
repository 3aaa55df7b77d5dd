// The transaction import's action is built on the same helper as every form action: its failures
// take the import page's own state shape, and say what was not done.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/platform/errors/app-error";
import { problem } from "@/lib/platform/i18n/problem";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: vi.fn() }));
vi.mock("@/lib/platform/auth/request-context", () => ({ currentRequestId: async () => "req-1" }));
const reader = vi.hoisted(() => ({ locale: "en" }));
vi.mock("@/lib/platform/i18n/request-locale", () => ({ requestLocale: async () => reader.locale }));
vi.mock("@/lib/domain/funding/transaction-import/preview-transaction-import", () => ({ previewTransactionImport: vi.fn() }));
vi.mock("@/lib/domain/funding/transaction-import/import-transactions", () => ({ importTransactions: vi.fn() }));

const actor = { id: "u", role: "GOVERNMENT", organisationId: "o", countryCode: "MX" };

async function load() {
  const { transactionImportAction } = await import("@/lib/domain/funding/transaction-import/actions");
  const session = await import("@/lib/platform/auth/session");
  const preview = await import("@/lib/domain/funding/transaction-import/preview-transaction-import");
  const write = await import("@/lib/domain/funding/transaction-import/import-transactions");
  return { transactionImportAction, getCurrentUser: vi.mocked(session.getCurrentUser), work: { ...vi.mocked(preview), ...vi.mocked(write) } };
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("the transaction import's action", () => {
  beforeEach(() => vi.resetAllMocks());

  it("asks a signed-out user to sign in again, in the import's state", async () => {
    const { transactionImportAction, getCurrentUser } = await load();
    getCurrentUser.mockResolvedValue(null);
    expect(await transactionImportAction({ status: "idle" }, form({ step: "preview" }))).toEqual({ status: "error", message: "Your session has ended. Sign in again." });
  });

  it("shows what is wrong with the file when a refusal is about the file", async () => {
    const { transactionImportAction, getCurrentUser, work } = await load();
    getCurrentUser.mockResolvedValue(actor as never);
    work.previewTransactionImport.mockRejectedValue(new AppError("INVALID_INPUT", "The file cannot be read.", { fieldErrors: { file: ["The file has no header row."] } }));
    expect(await transactionImportAction({ status: "idle" }, form({ step: "preview", programId: "p" }))).toEqual({ status: "error", message: "The file has no header row." });
  });

  it("shows a refusal's message otherwise, and writes nothing on a refused confirmation", async () => {
    const { transactionImportAction, getCurrentUser, work } = await load();
    getCurrentUser.mockResolvedValue(actor as never);
    work.importTransactions.mockRejectedValue(new AppError("FORBIDDEN", "You may not change this program's funding."));
    expect(await transactionImportAction({ status: "idle" }, form({ step: "confirm", programId: "p", csv: "a" }))).toEqual({ status: "error", message: "You may not change this program's funding." });
  });

  it("says nothing was imported after an unexpected error, with the request id", async () => {
    const { transactionImportAction, getCurrentUser, work } = await load();
    getCurrentUser.mockResolvedValue(actor as never);
    work.importTransactions.mockRejectedValue(new TypeError("x is undefined"));
    expect(await transactionImportAction({ status: "idle" }, form({ step: "confirm", programId: "p" }))).toEqual({
      status: "error",
      message: "Something went wrong on our side (request req-1). Nothing was imported.",
    });
  });

  it("passes the signed-in user, the request id and the ticked rows to the import, and reports the rows imported and left out", async () => {
    const { transactionImportAction, getCurrentUser, work } = await load();
    getCurrentUser.mockResolvedValue(actor as never);
    work.importTransactions.mockResolvedValue({ imported: 2, skipped: 2, counts: { valid: 3, warning: 0, error: 1 } } as never);
    const data = form({ step: "confirm", programId: "p", csv: "a", withWarnings: "on" });
    data.append("lines", "2");
    data.append("lines", "4");
    expect(await transactionImportAction({ status: "idle" }, data)).toEqual({ status: "imported", imported: 2, leftOut: 2 });
    // Only the ticked rows: a form's old "with warnings" box no longer chooses any.
    expect(work.importTransactions).toHaveBeenCalledWith({ actor, requestId: "req-1" }, "p", expect.objectContaining({ name: "import.csv" }), { lines: ["2", "4"] });
  });
});

describe("an action's answer in the reader's language", () => {
  beforeEach(() => {
    vi.resetAllMocks();
    reader.locale = "es";
  });
  afterEach(() => {
    reader.locale = "en";
  });

  it("says a refusal, its fields and an ended session in Spanish", async () => {
    const { transactionImportAction, getCurrentUser, work } = await load();
    getCurrentUser.mockResolvedValue(null);
    expect(await transactionImportAction({ status: "idle" }, form({ step: "preview" }))).toEqual({ status: "error", message: "Su sesión ha finalizado. Vuelva a iniciar sesión." });
    getCurrentUser.mockResolvedValue(actor as never);
    work.previewTransactionImport.mockRejectedValue(new AppError("INVALID_INPUT", problem("Problem.fieldsNeedAttention"), { fieldErrors: { file: [problem("Validation.date")] } }));
    expect(await transactionImportAction({ status: "idle" }, form({ step: "preview", programId: "p" }))).toEqual({
      status: "error",
      message: "Indique una fecha con el formato AAAA-MM-DD, por ejemplo 2026-03-31.",
    });
  });
});

describe("a public form action (used without being signed in)", () => {
  beforeEach(() => vi.resetAllMocks());

  it("runs without a session, and keeps what was typed on a refusal but never a password or a token", async () => {
    const { publicFormAction } = await import("@/lib/platform/actions/form-action");
    const session = await import("@/lib/platform/auth/session");
    const action = publicFormAction(async (data, requestId) => {
      if (data.get("email") === "ok@example.org") return { message: `done ${requestId}` };
      throw new AppError("INVALID_INPUT", "Some fields need attention.", { fieldErrors: { password: ["Too short."] } });
    });
    expect(await action({ status: "idle" }, form({ email: "ok@example.org" }))).toEqual({ status: "success", message: "done req-1" });
    expect(vi.mocked(session.getCurrentUser)).not.toHaveBeenCalled();
    expect(await action({ status: "idle" }, form({ email: "no@example.org", password: "secret", confirmPassword: "secret", token: "t" }))).toEqual({
      status: "error",
      message: "Some fields need attention.",
      fieldErrors: { password: ["Too short."] },
      values: { email: "no@example.org" },
    });
  });

  it("answers an unexpected failure with the request id and nothing else", async () => {
    const { publicFormAction } = await import("@/lib/platform/actions/form-action");
    const action = publicFormAction(async () => {
      throw new Error("connection lost: secret detail");
    });
    expect(await action({ status: "idle" }, form({ email: "a@example.org" }))).toEqual({
      status: "error",
      message: "Something went wrong on our side (request req-1). Nothing was changed.",
      fieldErrors: undefined,
      values: { email: "a@example.org" },
    });
  });
});
