"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmIatiAction } from "@/lib/domain/iati/actions";
import { Badge } from "@/components/ui/badge";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";
import type { IatiImportView } from "@/lib/domain/iati/import/view";
import type { ChangeLines } from "@/lib/domain/iati/import/change-lines";
import { TableScroll } from "@/components/ui/table-scroll";

const TIERS = ["critical", "error", "warning"] as const;

/**
 * Step 3 and 4: every activity with what importing it would do and its problems; tick, then confirm.
 * An update shows what it changes (`changes`, by the activity's position, said on the server); one
 * that would change nothing is marked so and left unticked.
 */
export function IatiPreviewForm({ preview, changes }: { preview: IatiImportView; changes: (ChangeLines | null)[] }) {
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
            {preview.activities.map((activity, position) => (
              <tr key={activity.identifier || activity.line}>
                <td>
                  {activity.action !== "skip" && (
                    <input type="checkbox" name="activity" value={activity.identifier} defaultChecked={!activity.unchanged} aria-label={t("chooseActivity", { identifier: activity.identifier })} />
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
                  {activity.unchanged && (
                    <>
                      {" "}
                      <Badge>{t("unchangedBadge")}</Badge>
                    </>
                  )}
                </td>
                <td>
                  {t("contentsSummary", activity.counts)}
                  {activity.replaces && <p className="muted">{t("replaces", activity.replaces)}</p>}
                  {activity.newOrganisations.length > 0 && <p className="muted">{t("creates", { names: activity.newOrganisations.join(", ") })}</p>}
                  {activity.unchanged ? <p>{t("unchangedActivity")}</p> : changes[position] && <ActivityChanges lines={changes[position]} />}
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

/** What an update changes: the program's fields from → to, then each kind of record with a change. */
function ActivityChanges({ lines }: { lines: ChangeLines }) {
  const t = useTranslations("Iati");
  const sections = lines.records.filter((record) => record.lines.length > 0 || record.unlisted > 0);
  return (
    <details>
      <summary>
        {t("changesTitle")}: {t("changeSummary", { fields: lines.fields.length, unchanged: lines.unchangedFields })}
      </summary>
      {lines.fields.length > 0 && (
        <ul>
          {lines.fields.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      {sections.map((record) => (
        <section key={record.kind} aria-label={t(`section.${record.kind}`)}>
          <p>
            <strong>{t(`section.${record.kind}`)}</strong> <span className="muted">{t("recordsKept", { count: record.unchanged })}</span>
          </p>
          <ul>
            {record.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
          {record.unlisted > 0 && <p className="muted">{t("recordsUnlisted", { count: record.unlisted })}</p>}
        </section>
      ))}
    </details>
  );
}
