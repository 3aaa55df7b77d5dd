import { apiRoute } from "@/lib/platform/api/respond";
import { apiContext } from "@/lib/platform/api/viewer";
import { deleteExchangeRate } from "@/lib/domain/funding/exchange-rates/delete-exchange-rate";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  await deleteExchangeRate(await apiContext(request), (await params).id);
  return new Response(null, { status: 204 });
});
