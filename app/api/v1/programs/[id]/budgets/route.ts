import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext, apiViewer } from "@/lib/platform/api/viewer";
import { createBudget } from "@/lib/domain/funding/budgets/create-budget";
import { listBudgets } from "@/lib/domain/funding/budgets/list-budgets";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The program's budget lines, in period order. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  return Response.json({ data: await listBudgets(await apiViewer(request), (await params).id) });
});

export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, z.unknown());
  return Response.json({ data: await createBudget(ctx, (await params).id, input) }, { status: 201 });
});
