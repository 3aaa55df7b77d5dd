import { getTranslations } from "@/lib/platform/i18n/server";
import { can, type Viewer } from "@/lib/platform/authz";
import { listProgramRequests } from "@/lib/domain/participation/requests/list-program-requests";
import { AskToTakePart } from "./ask-to-take-part";
import { ParticipationRequestCard } from "./participation-request-card";

type Props = {
  viewer: Viewer;
  program: { id: string; visibility: string; status: string; mayEdit: boolean };
};

/**
 * Requests to take part in the program: a civil-society user asks for their organisation and sees
 * the answer; the program's ministries accept or decline, with a reason. Each sees the requests
 * that concern them.
 */
export async function ParticipationRequests({ viewer, program }: Props) {
  if (!viewer) return null;
  const [t, page] = await Promise.all([getTranslations("Participation"), listProgramRequests(viewer, program.id, { limit: 100 })]);
  const requests = page.data;
  const mayAsk = can(viewer, "participation.request") && program.visibility === "PUBLISHED" && !["CLOSED", "CANCELLED"].includes(program.status);

  return (
    <section aria-labelledby="requests-title">
      <h3 id="requests-title">{t("requestsTitle")}</h3>
      {requests.length === 0 ? (
        <p>{t("noRequests")}</p>
      ) : (
        <ul className="card-list">
          {requests.map((request) => (
            <ParticipationRequestCard key={request.id} request={request} viewer={viewer} mayDecide={program.mayEdit} />
          ))}
        </ul>
      )}
      {page.page.nextCursor && <p className="muted">{t("moreRequests")}</p>}
      {mayAsk && <AskToTakePart programId={program.id} viewer={viewer} />}
    </section>
  );
}
