import { apiRoute } from "@/lib/platform/api/respond";
import { apiActor } from "@/lib/platform/api/viewer";

export const dynamic = "force-dynamic";

/** Who the token or session acts as: a quick check for API clients. */
export const GET = apiRoute(async (request) => {
  const actor = await apiActor(request);
  return Response.json({
    data: {
      id: actor.id,
      email: actor.email,
      name: actor.name,
      role: actor.role,
      organisation: { id: actor.organisationId, name: actor.organisationName, country: actor.countryCode },
    },
  });
});
