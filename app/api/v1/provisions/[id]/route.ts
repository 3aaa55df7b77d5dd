import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { updateProvision } from "@/lib/domain/agreements/provisions/update-provision";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Replaces a provision's fields (ADMIN, or GOVERNMENT of a party); the body carries its `version`. */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  return Response.json({ data: await updateProvision(ctx, (await params).id, await readJson(request, z.unknown())) });
});
