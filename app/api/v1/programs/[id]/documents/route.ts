import { z } from "zod";
import { readMultipart } from "@/lib/api/read-form";
import { readJson } from "@/lib/api/read-json";
import { apiRoute } from "@/lib/api/respond";
import { apiContext } from "@/lib/api/viewer";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/file-rules";
import { attachProgramDocument } from "@/lib/documents/program-documents";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Room for the form's other fields and its boundaries around the file. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * Attaches a document: JSON `{ title, category, url, languageCode?, documentDate? }` for a link, or
 * multipart/form-data with the same fields and a `file` for an upload.
 */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id } = await params;
  if (/^multipart\//i.test(request.headers.get("content-type") ?? "")) {
    const form = await readMultipart(request, MAX_DOCUMENT_BYTES + FORM_OVERHEAD);
    const file = form.get("file");
    const fields = Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[0] !== "file"));
    const document = await attachProgramDocument(ctx, id, fields, file instanceof File ? file : null);
    return Response.json({ data: document }, { status: 201 });
  }
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await attachProgramDocument(ctx, id, input, null) }, { status: 201 });
});
