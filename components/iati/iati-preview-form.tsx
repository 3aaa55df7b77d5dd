"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmIatiAction } from "@/lib/domain/iati/actions";
import { Badge } from "@/components/ui/badge";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import type { IatiImportView } from "@/lib/domain/iati/import/view";
import { TableScroll } from "@/components/ui/table-scroll";

const TIERS = ["critical", "error", "warning"] as const;

/** Step 3 and 4: every activity with what importing it would do and its problems; tick, then confirm. */
export function IatiPreviewForm({ preview }: { preview: IatiImportView }) {
  const t = useTranslations("Iati");
  const [state, action] = useActionState(confirmIatiAction, IDLE);
  const importable = preview.activities.some((activity) => activity.action !== "skip");
  return (
    <form action={action} aria-labelledby="preview-title">
      <FormMessage state={state} />
      <input type="hidden" name="importId" value={preview.id} />
      <TableScroll label={t("caption")}>
        <table className="table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("choose")}</th>
              <th scope="col">{t("identifier")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("contents")}</th>
              <th scope="col">{t("problems")}</th>
            </tr>
          </thead>
          <tbody>
            {preview.activities.map((activity) => (
              <tr key={activity.identifier || activity.line}>
                <td>
                  {activity.action !== "skip" && (
                    <input type="checkbox" name="activity" value={activity.identifier} defaultChecked aria-label={t("chooseActivity", { identifier: activity.identifier })} />
                  )}
                </td>
                <td>
                  <strong>{activity.title || "—"}</strong>
                  <br />
                  <span className="muted">
                    {activity.identifier || "—"} · {t("line", { line: activity.line })}
                  </span>
                </td>
                <td>
                  <Badge>{t(`actionName.${activity.action}`)}</Badge>
                </td>
                <td>
                  {t("contentsSummary", activity.counts)}
                  {activity.replaces && <p className="muted">{t("replaces", activity.replaces)}</p>}
                  {activity.newOrganisations.length > 0 && <p className="muted">{t("creates", { names: activity.newOrganisations.join(", ") })}</p>}
                </td>
                <td>
                  {activity.problems.length === 0 ? (
                    t("noProblems")
                  ) : (
                    <details open={activity.problems.some((problem) => problem.tier === "critical")}>
                      <summary>
                        {t("showProblems", { count: activity.problems.length })}:{" "}
                        {t("problemCounts", Object.fromEntries(TIERS.map((tier) => [tier, activity.problems.filter((problem) => problem.tier === tier).length])))}
                      </summary>
                      <ul>
                        {activity.problems.map((problem, index) => (
                          <li key={index}>
                            <Badge>{t(`tier.${problem.tier}`)}</Badge> <code>{problem.where}</code>
                            {problem.line ? ` (${t("line", { line: problem.line })})` : ""}: {problem.message}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {importable ? (
        <>
          <p className="field-hint">{t("confirmHint")}</p>
          <SubmitButton pendingLabel={t("confirming")}>{t("confirm")}</SubmitButton>
        </>
      ) : (
        <p role="status">{t("nothingToImport")}</p>
      )}
    </form>
  );
}
