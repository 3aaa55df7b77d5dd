"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/platform/actions/form-action";
import { AppError } from "@/lib/platform/errors/app-error";
import { confirmIatiImport } from "@/lib/domain/iati/import/confirm-iati-import";
import { previewIatiImport } from "@/lib/domain/iati/import/preview-iati-import";
import { MAX_IATI_FILE_BYTES } from "@/lib/domain/iati/read-file";
import { iatiText } from "./iati-text";

/** Reads the uploaded file into a preview, then shows it. */
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
  const preview = await previewIatiImport(ctx, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), defaultAgreementId: agreementId || undefined });
  redirect(`/iati/import/${preview.id}`);
});

/** Writes the activities ticked on the preview. */
export const confirmIatiAction = formAction(async (ctx, form) => {
  const id = String(form.get("importId") ?? "");
  const chosen = form.getAll("activity").filter((value): value is string => typeof value === "string");
  await confirmIatiImport(ctx, id, chosen);
  revalidatePath("/programs");
  redirect(`/iati/import/${encodeURIComponent(id)}`);
});
