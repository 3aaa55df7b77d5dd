import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { decideParticipationAction, withdrawParticipationAction } from "@/lib/domain/participation/actions";
import { Badge } from "@/components/ui/badge";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { RecordForm } from "@/components/ui/record-form";
import type { Actor } from "@/lib/platform/authz";
import type { ParticipationRequestView } from "@/lib/domain/participation/requests/request-rules";

/**
 * One request to take part: who asked, for which role, and the answer; while it is pending, the
 * program's ministries decide on it and the organisation that asked may withdraw it.
 */
export async function ParticipationRequestCard({ request, viewer, mayDecide }: { request: ParticipationRequestView; viewer: Actor; mayDecide: boolean }) {
  const [t, tRole, format] = await Promise.all([getTranslations("Participation"), getTranslations("ParticipantRole"), getFormatter()]);
  const pending = request.status === "PENDING";
  return (
    <li className="card">
      <p>
        <strong>{request.organisation.name}</strong> · {tRole(request.role)} · <Badge>{t(`status.${request.status}`)}</Badge>
      </p>
      <p className="comment-meta">{t("askedBy", { name: request.requestedBy.name, date: format.dateTime(request.createdAt, { dateStyle: "medium" }) })}</p>
      {request.message && <p className="multiline">{request.message}</p>}
      {!pending && request.decidedBy && (
        <p>
          {t("decidedBy", { name: request.decidedBy.name, date: format.dateTime(request.decidedAt!, { dateStyle: "medium" }) })}
          {request.decisionReason && <span className="multiline"> {t("reason", { reason: request.decisionReason })}</span>}
        </p>
      )}
      {pending && mayDecide && (
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
      {pending && request.organisation.id === viewer.organisationId && (
        <InlineActionButton
          action={withdrawParticipationAction}
          fields={{ requestId: request.id, version: String(request.version) }}
          label={t("withdraw")}
          accessibleName={t("withdrawNamed", { role: tRole(request.role) })}
          pendingLabel={t("withdrawing")}
        />
      )}
    </li>
  );
}
