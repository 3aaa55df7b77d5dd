"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Badge } from "@/components/ui/badge";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/platform/actions/form-state";
import type { ChangeLines } from "@/lib/domain/iati/import/change-lines";
import type { ActivityPreview } from "@/lib/domain/iati/resolve/types";
import { TableScroll } from "@/components/ui/table-scroll";

const TIERS = ["critical", "error", "warning"] as const;

type Props = {
  importId: string;
  /** Without their changes, which come said in `changes`. */
  activities: Omit<ActivityPreview, "changes">[];
  /** What each update changes, by the activity's position, said on the server. */
  changes: (ChangeLines | null)[];
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** An IATI file's activities are found by their line; a spreadsheet's programs by their row. */
  source: "iati" | "spreadsheet";
  /** When the preview has more than this page: how many can be imported in all, offered as one choice. */
  importableInAll?: number;
};

/**
 * Step 3 and 4 of an import: every activity (an IATI activity, or a program of a spreadsheet) with
 * what importing it would do and its problems; tick, then confirm. An update shows what it changes;
 * one that would change nothing is marked so and left unticked.
 */
export function ImportPreviewForm({ importId, activities, changes, action: confirm, source, importableInAll }: Props) {
  const t = useTranslations("Iati");
  const tSheet = useTranslations("SpreadsheetImportForm");
  const [state, action] = useActionState(confirm, IDLE);
  const importable = Boolean(importableInAll) || activities.some((activity) => activity.action !== "skip");
  // What is said of activities for an IATI file is said of programs for a spreadsheet.
  const own = (key: "caption" | "confirmHint" | "confirm" | "nothingToImport" | "scopeTicked", values?: { count: number }) => (source === "iati" ? t(key, values) : tSheet(key, values));
  const caption = own("caption");
  const place = (line: number) => (source === "iati" ? t("line", { line }) : tSheet("row", { row: line }));
  return (
    <form action={action} aria-labelledby="preview-title">
      <FormMessage state={state} />
      <input type="hidden" name="importId" value={importId} />
      <TableScroll label={caption}>
        {/* On a phone each activity is a block of labelled cells (table-stack): each cell's content is one block beside its label. */}
        <table className="table table-stack">
          <caption className="visually-hidden">{caption}</caption>
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
            {activities.map((activity, position) => (
              <tr key={activity.identifier || activity.line}>
                <td data-label={t("choose")}>
                  <div>
                    {activity.action !== "skip" && (
                      <>
                        <input type="checkbox" name="activity" value={activity.identifier} defaultChecked={!activity.unchanged} aria-label={t("chooseActivity", { identifier: activity.identifier })} />
                        {/* What is unticked on this page is left out of "all". */}
                        <input type="hidden" name="shown" value={activity.identifier} />
                      </>
                    )}
                  </div>
                </td>
                <td data-label={t("identifier")}>
                  <div>
                    <strong>{activity.title || "—"}</strong>
                    <br />
                    <span className="muted">
                      {activity.identifier || "—"} · {place(activity.line)}
                    </span>
                  </div>
                </td>
                <td data-label={t("action")}>
                  <div>
                    <Badge>{t(`actionName.${activity.action}`)}</Badge>
                    {activity.unchanged && (
                      <>
                        {" "}
                        <Badge>{t("unchangedBadge")}</Badge>
                      </>
                    )}
                  </div>
                </td>
                <td data-label={t("contents")}>
                  <div>
                    {t("contentsSummary", activity.counts)}
                    {activity.replaces && <p className="muted">{t("replaces", activity.replaces)}</p>}
                    {activity.newOrganisations.length > 0 && <p className="muted">{t("creates", { names: activity.newOrganisations.join(", ") })}</p>}
                    {activity.unchanged ? <p>{t("unchangedActivity")}</p> : changes[position] && <ActivityChanges lines={changes[position]} />}
                  </div>
                </td>
                <td data-label={t("problems")}>
                  <div>
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
                              {problem.line ? ` (${place(problem.line)})` : ""}: {problem.message}
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {importable ? (
        <>
          {importableInAll !== undefined && (
            <fieldset className="field">
              <legend>{t("scopeLegend")}</legend>
              <label className="field-checkbox">
                <input type="radio" name="scope" value="all" defaultChecked /> {source === "iati" ? t("scopeAll", { count: importableInAll }) : tSheet("scopeAll", { count: importableInAll })}
              </label>
              <label className="field-checkbox">
                <input type="radio" name="scope" value="ticked" /> {own("scopeTicked")}
              </label>
            </fieldset>
          )}
          <p className="field-hint">{own("confirmHint")}</p>
          <SubmitButton pendingLabel={t("confirming")}>{own("confirm")}</SubmitButton>
        </>
      ) : (
        <p role="status">{own("nothingToImport")}</p>
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
