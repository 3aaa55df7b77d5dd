import { apiRoute } from "@/lib/platform/api/respond";
import { apiViewer } from "@/lib/platform/api/viewer";
import { readDocumentFile } from "@/lib/domain/documents/read-document-file";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** `filename="…"` for old clients (ASCII only) and `filename*` with the exact name in UTF-8. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * An uploaded document's file, for whoever may see what it is attached to. Always a download (never
 * shown inline), with the content type found when it was uploaded and its SHA-256 as the ETag.
 */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const file = await readDocumentFile(await apiViewer(request), (await params).id);
  return new Response(file.stream, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
      ...(file.checksum && { ETag: `"${file.checksum}"` }),
    },
  });
});
