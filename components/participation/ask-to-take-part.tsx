import { getTranslations } from "@/lib/platform/i18n/server";
import { requestParticipationAction } from "@/lib/domain/participation/actions";
import { RecordForm } from "@/components/ui/record-form";
import type { Actor } from "@/lib/platform/authz";
import { REQUESTABLE_ROLES } from "@/lib/domain/participation/schemas";

/** The form a civil-society user sends to ask, for their organisation, to take part in the program. */
export async function AskToTakePart({ programId, viewer }: { programId: string; viewer: Actor }) {
  const [t, tRole] = await Promise.all([getTranslations("Participation"), getTranslations("ParticipantRole")]);
  const roleOptions = REQUESTABLE_ROLES.map((role) => ({ value: role, label: tRole(role) }));
  return (
    <>
      <h3>{t("askTitle")}</h3>
      <p>{t("askIntro", { organisation: viewer.organisationName })}</p>
      <RecordForm
        action={requestParticipationAction}
        hidden={{ programId }}
        label={t("askTitle")}
        submitLabel={t("ask")}
        pendingLabel={t("asking")}
        fields={[
          { name: "role", label: t("role"), kind: "select", required: true, options: [{ value: "", label: t("choose") }, ...roleOptions] },
          { name: "message", label: t("message"), kind: "textarea", hint: t("messageHint") },
        ]}
      />
    </>
  );
}
