import { createApiToken } from "@/lib/platform/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/platform/api-tokens/list-api-tokens";
import { readJson } from "@/lib/platform/api/read-json";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor, apiContext } from "@/lib/platform/api/viewer";
import { ZCreateApiToken } from "@/lib/platform/api-tokens/schemas";

export const dynamic = "force-dynamic";

/** The caller's own tokens (never the tokens themselves, only their first characters). */
export const GET = apiRoute(async (request) => {
  const actor = await apiActor(request);
  return Response.json({ data: await listApiTokens(actor) });
});

/** Creates a token for the caller; the response is the only time the token is shown. */
export const POST = apiRoute(async (request) => {
  const ctx = await apiContext(request);
  const input = await readJson(request, ZCreateApiToken);
  return Response.json({ data: await createApiToken(ctx, input) }, { status: 201 });
});
