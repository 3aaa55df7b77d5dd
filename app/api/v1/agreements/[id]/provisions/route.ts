import { z } from "zod";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { createProvision } from "@/lib/domain/agreements/provisions/create-provision";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Adds a labour provision to the agreement (ADMIN, or GOVERNMENT of a party). */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const ctx = await apiContext(request);
  const body = await readJson(request, z.record(z.string(), z.unknown()));
  return Response.json({ data: await createProvision(ctx, { ...body, agreementId: (await params).id }) }, { status: 201 });
});
