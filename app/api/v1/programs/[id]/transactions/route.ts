import { z } from "zod";
import { filterQuery, pageQuery } from "@/lib/platform/api/pagination";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { createTransaction } from "@/lib/domain/funding/transactions/create-transaction";
import { listTransactions } from "@/lib/domain/funding/transactions/list-transactions";
import { ZTransactionFilter } from "@/lib/domain/funding/schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The program's transactions, latest first; `?type=` narrows them to one kind. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const url = new URL(request.url);
  return Response.json(await listTransactions(await apiViewer(request), (await params).id, filterQuery(url, ZTransactionFilter), pageQuery(url)));
});

export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await createTransaction(ctx, (await params).id, input) }, { status: 201 });
});
