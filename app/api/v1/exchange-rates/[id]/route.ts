import { apiRoute } from "@/lib/api/respond";
import { apiContext } from "@/lib/api/viewer";
import { deleteExchangeRate } from "@/lib/funding/exchange-rates";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  await deleteExchangeRate(await apiContext(request), (await params).id);
  return new Response(null, { status: 204 });
});
