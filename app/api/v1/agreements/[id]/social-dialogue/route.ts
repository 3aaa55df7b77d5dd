import { apiRoute } from "@/lib/platform/api/respond";
import { apiViewer } from "@/lib/platform/api/viewer";
import { getSocialDialogueBalance } from "@/lib/domain/participation/events/get-social-dialogue-balance";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Each constituency's share of the people who attended the events, and the share of women, over what the caller may read. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  return Response.json({ data: await getSocialDialogueBalance(await apiViewer(request), { agreementId: (await params).id }) });
});
