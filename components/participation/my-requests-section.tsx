import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { Badge } from "@/components/ui/badge";
import type { getMyOrganisation } from "@/lib/domain/organisations/my-organisation";
import { ProgramLink } from "@/components/programs/program-link";

type Requests = Awaited<ReturnType<typeof getMyOrganisation>>["requests"];

/** The organisation's requests to take part and their answers; for a ministry, those awaiting its answer. */
export async function MyRequestsSection({ requests }: { requests: Requests }) {
  const [t, tRole, tRequest, format] = await Promise.all([
    getTranslations("MyOrganisation"),
    getTranslations("ParticipantRole"),
    getTranslations("Participation"),
    getFormatter(),
  ]);
  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title">{t("requests")}</h2>
      {requests.made.length === 0 ? (
        <p>{t("noRequests")}</p>
      ) : (
        <ul className="card-list">
          {requests.made.map((request) => (
            <li key={request.id} className="card">
              <p>
                <ProgramLink program={request.program} href={`/programs/${request.program.id}?tab=participants`} /> · {tRole(request.role)} ·{" "}
                <Badge>{tRequest(`status.${request.status}`)}</Badge>
              </p>
              {request.decisionReason && <p className="multiline">{tRequest("reason", { reason: request.decisionReason })}</p>}
            </li>
          ))}
        </ul>
      )}
      {requests.awaiting.length > 0 && (
        <>
          <h3>{t("awaiting", { count: requests.awaiting.length })}</h3>
          <ul>
            {requests.awaiting.map((request) => (
              <li key={request.id}>
                <ProgramLink program={request.program} href={`/programs/${request.program.id}?tab=participants`} />: {request.organisation.name}, {tRole(request.role)} (
                {format.dateTime(request.createdAt, { dateStyle: "medium" })})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
