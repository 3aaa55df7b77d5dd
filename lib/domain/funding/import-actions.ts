"use server";

import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { currentRequestId } from "@/lib/platform/auth/request-context";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { knownError } from "@/lib/platform/errors/to-app-error";
import { importTransactions, previewTransactionImport, type ImportPreview } from "@/lib/domain/funding/transaction-import";
import { logger } from "@/lib/platform/log";

/** The import page's state: the file's rows as checked, kept as text so that confirming needs no second upload. */
export type ImportState = {
  status: "idle" | "preview" | "imported" | "error";
  message?: string;
  preview?: Omit<ImportPreview, "rows"> & { rows: Omit<ImportPreview["rows"][number], "transaction">[] };
  fileName?: string;
  csv?: string;
  imported?: number;
};

function asUpload(name: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
}

async function run(work: () => Promise<ImportState>): Promise<ImportState> {
  const requestId = await currentRequestId();
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    const known = knownError(error);
    if (known) return { status: "error", message: known.fieldErrors?.file?.[0] ?? known.message };
    logger.error({ err: error, requestId }, "unhandled error in the transaction import");
    return { status: "error", message: `Something went wrong on our side (request ${requestId}). Nothing was imported.` };
  }
}

/**
 * The import page's one action: `step=preview` checks the uploaded file and shows every row, writing
 * nothing; `step=confirm` imports the chosen rows of the previewed file, after checking it again.
 */
export async function transactionImportAction(state: ImportState, form: FormData): Promise<ImportState> {
  return form.get("step") === "confirm" ? confirm(form) : preview(form);
}

async function preview(form: FormData): Promise<ImportState> {
  return run(async () => {
    const actor = await getCurrentUser();
    if (!actor) return { status: "error", message: "Your session has ended. Sign in again." };
    const file = form.get("file");
    const upload = file instanceof File && file.size > 0 ? file : null;
    const preview = await previewTransactionImport({ actor, requestId: await currentRequestId() }, String(form.get("programId") ?? ""), upload);
    return {
      status: "preview",
      preview: { counts: preview.counts, rows: preview.rows.map(({ transaction: _transaction, ...row }) => row) },
      fileName: upload!.name,
      csv: new TextDecoder().decode(await upload!.arrayBuffer()),
    };
  });
}

async function confirm(form: FormData): Promise<ImportState> {
  return run(async () => {
    const actor = await getCurrentUser();
    if (!actor) return { status: "error", message: "Your session has ended. Sign in again." };
    const programId = String(form.get("programId") ?? "");
    const result = await importTransactions({ actor, requestId: await currentRequestId() }, programId, asUpload(String(form.get("fileName") ?? "import.csv"), String(form.get("csv") ?? "")), {
      withWarnings: form.get("withWarnings") === "on",
    });
    revalidatePath(`/programs/${programId}`);
    return { status: "imported", imported: result.imported };
  });
}
