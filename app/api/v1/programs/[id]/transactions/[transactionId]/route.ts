import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { deleteTransaction } from "@/lib/domain/funding/transactions/delete-transaction";
import { updateTransaction } from "@/lib/domain/funding/transactions/update-transaction";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; transactionId: string }> };

export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, transactionId } = await params;
  return Response.json({ data: await updateTransaction(ctx, id, transactionId, await readJson(request, z.unknown())) });
});

/** `?version=` is the version being deleted. */
export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const { id, transactionId } = await params;
  await deleteTransaction(ctx, id, transactionId, new URL(request.url).searchParams.get("version") ?? undefined);
  return new Response(null, { status: 204 });
});
