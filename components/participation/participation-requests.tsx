import { getFormatter, getTranslations } from "next-intl/server";
import { decideParticipationAction, requestParticipationAction, withdrawParticipationAction } from "@/lib/domain/participation/actions";
import { Badge } from "@/components/ui/badge";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { RecordForm } from "@/components/ui/record-form";
import { can, type Viewer } from "@/lib/platform/authz";
import { listProgramRequests } from "@/lib/domain/participation/requests/list-program-requests";
import { REQUESTABLE_ROLES } from "@/lib/domain/participation/schemas";

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
  const [t, tRole, format, page] = await Promise.all([
    getTranslations("Participation"),
    getTranslations("ParticipantRole"),
    getFormatter(),
    listProgramRequests(viewer, program.id, { limit: 100 }),
  ]);
  const requests = page.data;
  const mayAsk = can(viewer, "participation.request") && program.visibility === "PUBLISHED" && !["CLOSED", "CANCELLED"].includes(program.status);
  const roleOptions = REQUESTABLE_ROLES.map((role) => ({ value: role, label: tRole(role) }));

  return (
    <section aria-labelledby="requests-title">
      <h3 id="requests-title">{t("requestsTitle")}</h3>
      {requests.length === 0 ? (
        <p>{t("noRequests")}</p>
      ) : (
        <ul className="card-list">
          {requests.map((request) => (
            <li key={request.id} className="card">
              <p>
                <strong>{request.organisation.name}</strong> · {tRole(request.role)} · <Badge>{t(`status.${request.status}`)}</Badge>
              </p>
              <p className="comment-meta">
                {t("askedBy", { name: request.requestedBy.name, date: format.dateTime(request.createdAt, { dateStyle: "medium" }) })}
              </p>
              {request.message && <p className="multiline">{request.message}</p>}
              {request.status !== "PENDING" && request.decidedBy && (
                <p>
                  {t("decidedBy", { name: request.decidedBy.name, date: format.dateTime(request.decidedAt!, { dateStyle: "medium" }) })}
                  {request.decisionReason && <span className="multiline"> {t("reason", { reason: request.decisionReason })}</span>}
                </p>
              )}
              {request.status === "PENDING" && program.mayEdit && (
                <RecordForm
                  action={decideParticipationAction}
                  hidden={{ requestId: request.id, version: String(request.version) }}
                  label={t("decideNamed", { organisation: request.organisation.name })}
                  submitLabel={t("decide")}
                  pendingLabel={t("deciding")}
                  fields={[
                    {
                      name: "decision",
                      label: t("decision"),
                      kind: "select",
                      required: true,
                      options: [
                        { value: "", label: t("choose") },
                        { value: "ACCEPT", label: t("accept") },
                        { value: "DECLINE", label: t("decline") },
                      ],
                    },
                    { name: "reason", label: t("decisionReason"), kind: "textarea", hint: t("decisionReasonHint") },
                  ]}
                />
              )}
              {request.status === "PENDING" && request.organisation.id === viewer.organisationId && (
                <InlineActionButton
                  action={withdrawParticipationAction}
                  fields={{ requestId: request.id, version: String(request.version) }}
                  label={t("withdraw")}
                  accessibleName={t("withdrawNamed", { role: tRole(request.role) })}
                  pendingLabel={t("withdrawing")}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {page.page.nextCursor && <p className="muted">{t("moreRequests")}</p>}
      {mayAsk && (
        <>
          <h3>{t("askTitle")}</h3>
          <p>{t("askIntro", { organisation: viewer.organisationName })}</p>
          <RecordForm
            action={requestParticipationAction}
            hidden={{ programId: program.id }}
            label={t("askTitle")}
            submitLabel={t("ask")}
            pendingLabel={t("asking")}
            fields={[
              { name: "role", label: t("role"), kind: "select", required: true, options: [{ value: "", label: t("choose") }, ...roleOptions] },
              { name: "message", label: t("message"), kind: "textarea", hint: t("messageHint") },
            ]}
          />
        </>
      )}
    </section>
  );
}
