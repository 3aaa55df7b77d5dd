"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createMeetingAction, updateMeetingAction } from "@/lib/domain/institutions/actions";
import { formKey } from "@/components/ui/options";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/platform/actions/form-state";

export type EditableMeeting = { id: string; date: string; place: string; summary: string; isPublic: boolean; decisions: string; version: number };

/** Records a meeting of `institutionId`, or edits `meeting` when given; decisions are one per line. */
export function MeetingForm({ institutionId, meeting }: { institutionId: string; meeting?: EditableMeeting }) {
  const t = useTranslations("MeetingForm");
  const [state, action] = useActionState(meeting ? updateMeetingAction : createMeetingAction, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const current = (field: "date" | "place" | "summary" | "decisions") => values?.[field] ?? meeting?.[field] ?? "";
  const errors = state.fieldErrors ?? {};
  // The hidden fields have no place of their own: their problems show above the button.
  const hiddenErrors = [...(errors.institutionId ?? []), ...(errors.version ?? [])];

  return (
    <form key={formKey(state, meeting?.version)} action={action} className="form" aria-label={meeting ? t("editTitle") : t("newTitle")}>
      <FormMessage state={state} />
      {meeting ? (
        <>
          <input type="hidden" name="id" value={meeting.id} />
          <input type="hidden" name="version" value={values?.version ?? String(meeting.version)} />
        </>
      ) : (
        <input type="hidden" name="institutionId" value={institutionId} />
      )}
      <TextField name="date" type="date" label={t("date")} required defaultValue={current("date")} errors={errors.date} />
      <TextField name="place" label={t("place")} required defaultValue={current("place")} errors={errors.place} />
      <TextAreaField name="summary" label={t("summary")} defaultValue={current("summary")} errors={errors.summary} />
      <TextAreaField name="decisions" label={t("decisions")} hint={t("decisionsHint")} defaultValue={current("decisions")} errors={errors.decisions} />
      <CheckboxField name="isPublic" label={t("isPublic")} defaultChecked={values ? values.isPublic === "on" : (meeting?.isPublic ?? false)} />
      {hiddenErrors.length > 0 && (
        <p className="field-error" role="alert">
          {hiddenErrors.join(" ")}
        </p>
      )}
      <SubmitButton pendingLabel={t("saving")}>{meeting ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
