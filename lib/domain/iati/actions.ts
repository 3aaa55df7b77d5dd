"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/platform/actions/form-action";
import { AppError } from "@/lib/platform/errors/app-error";
import { inBackground } from "@/lib/domain/imports/in-background";
import { beginIatiConfirmation, writeIatiImport } from "@/lib/domain/iati/import/confirm-iati-import";
import { readIatiImport, startIatiImport } from "@/lib/domain/iati/import/preview-iati-import";
import { MAX_IATI_FILE_BYTES } from "@/lib/domain/iati/read-file";
import { iatiText } from "./iati-text";

/** Reads the uploaded file far enough to refuse it at once, then checks it in the background; its page shows the progress, then the preview. */
export const uploadIatiAction = formAction(async (ctx, form) => {
  const file = form.get("file");
  if (!(file instanceof File) || (file.size === 0 && !file.name)) {
    throw new AppError("INVALID_INPUT", iatiText("chooseFile"), { fieldErrors: { file: [iatiText("chooseFile")] } });
  }
  if (file.size > MAX_IATI_FILE_BYTES) {
    const message = iatiText("tooLarge", { max: MAX_IATI_FILE_BYTES / 1024 / 1024 });
    throw new AppError("PAYLOAD_TOO_LARGE", message, { fieldErrors: { file: [message] } });
  }
  const agreementId = String(form.get("agreementId") ?? "");
  const { id, file: read } = await startIatiImport(ctx, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), defaultAgreementId: agreementId || undefined });
  inBackground(id, ctx.requestId, () => readIatiImport(id, read));
  redirect(`/iati/import/${id}`);
});

/** Writes the activities ticked on the preview, in the background; the page shows the progress, then what was written. */
export const confirmIatiAction = formAction(async (ctx, form) => {
  const id = String(form.get("importId") ?? "");
  // A preview of several pages is confirmed whole but for what is unticked on the page shown, or by what is ticked on it.
  const texts = (name: string) => form.getAll(name).filter((value): value is string => typeof value === "string");
  const ticked = texts("activity");
  const chosen = form.get("scope") === "all" ? { allExcept: texts("shown").filter((identifier) => !ticked.includes(identifier)) } : ticked;
  await beginIatiConfirmation(ctx, id, chosen);
  inBackground(id, ctx.requestId, () => writeIatiImport(id, ctx.requestId));
  redirect(`/iati/import/${encodeURIComponent(id)}`);
});
