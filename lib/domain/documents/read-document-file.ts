import "server-only";
import { exchangeReadWhere, meetingReadWhere, planReadWhere, programReadWhere, submissionReadWhere, submissionWithheldWhere, type Viewer } from "@/lib/platform/authz";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors/app-error";
import { fileStorage } from "@/lib/platform/storage/file-storage";
import { problem } from "@/lib/platform/i18n/problem";

/**
 * An uploaded document's file, for a viewer who may see what it is attached to. A document they may
 * not see is "not found", like a missing one.
 */
export async function readDocumentFile(viewer: Viewer, id: string) {
  const document = await db().document.findFirst({
    where: {
      id,
      OR: [
        { program: { is: programReadWhere(viewer) } },
        { meeting: { is: meetingReadWhere(viewer) } },
        { measure: { is: { plan: planReadWhere(viewer) } } },
        { exchange: { is: exchangeReadWhere(viewer) } },
        // A document a submitter withheld is for those who see what the submission withholds.
        { submission: { is: submissionReadWhere(viewer) }, withheld: false },
        { submission: { is: { AND: [submissionReadWhere(viewer), submissionWithheldWhere(viewer)] } } },
      ],
    },
    select: { storageKey: true, fileName: true, contentType: true, checksum: true },
  });
  if (!document) throw new AppError("NOT_FOUND", problem("DocumentProblem.notFound"));
  if (!document.storageKey) throw new AppError("NOT_FOUND", problem("DocumentProblem.isLink"));
  const file = await fileStorage().read(document.storageKey);
  if (!file) throw new AppError("NOT_FOUND", problem("DocumentProblem.fileMissing"));
  return { ...file, fileName: document.fileName ?? "document", contentType: document.contentType ?? "application/octet-stream", checksum: document.checksum };
}
