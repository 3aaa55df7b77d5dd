import { revokeApiToken } from "@/lib/platform/api-tokens/revoke-api-token";
import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Revokes one of the caller's own tokens. */
export const DELETE = apiRoute<Context>(async (request, { params }) => {
  await revokeApiToken(await apiContext(request), (await params).id);
  return new Response(null, { status: 204 });
});
