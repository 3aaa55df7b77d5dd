import { getTranslations } from "@/lib/platform/i18n/server";
import { RecordForm, type FieldSpec } from "@/components/ui/record-form";
import { moveSubmissionAction } from "@/lib/domain/submissions/actions";
import type { SubmissionView } from "@/lib/domain/submissions/get-submission";
import type { SubmissionStatus } from "@/lib/platform/db/generated/enums";

/** What each move asks for beside the click. */
function fieldsFor(to: SubmissionStatus, t: (key: string) => string): FieldSpec[] {
  switch (to) {
    case "DECLINED":
      return [{ name: "reason", label: t("reason"), hint: t("reasonHint"), kind: "textarea", required: true }];
    case "REPORTED":
      return [
        { name: "findings", label: t("findings"), kind: "textarea", required: true },
        { name: "recommendations", label: t("recommendations"), hint: t("recommendationsHint"), kind: "textarea" },
      ];
    case "FILED":
      return [];
    default:
      return [{ name: "note", label: to === "ACCEPTED" ? t("acceptNote") : t("note"), kind: "textarea" }];
  }
}

/** The moves the viewer may make now: filing for its organisation, the contact point's steps for its ministry. */
export async function SubmissionMoves({ submission }: { submission: SubmissionView }) {
  if (!submission.may.moves.length) return null;
  const t = await getTranslations("SubmissionActions");
  return (
    <section aria-labelledby="moves-title" className="card">
      <h2 id="moves-title">{t("movesTitle")}</h2>
      {submission.may.moves.map((to) => (
        <RecordForm
          key={to}
          formId={`move-${to}`}
          action={moveSubmissionAction}
          hidden={{ submissionId: submission.id, version: String(submission.version), to }}
          label={t(`move.${to}`)}
          submitLabel={t(`move.${to}`)}
          pendingLabel={t("saving")}
          fields={fieldsFor(to, t)}
        />
      ))}
    </section>
  );
}
