"use client";

import { useTranslations } from "next-intl";
import { createMeetingAction, updateMeetingAction } from "@/lib/domain/institutions/actions";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/field";
import { VersionedForm } from "@/components/ui/versioned-form";

export type EditableMeeting = { id: string; date: string; place: string; summary: string; isPublic: boolean; decisions: string; version: number };

/** Records a meeting of `institutionId`, or edits `meeting` when given; decisions are one per line. */
export function MeetingForm({ institutionId, meeting }: { institutionId: string; meeting?: EditableMeeting }) {
  const t = useTranslations("MeetingForm");
  return (
    <VersionedForm
      action={{ create: createMeetingAction, update: updateMeetingAction }}
      record={meeting}
      messages={t}
      hidden={meeting ? {} : { institutionId }}
      hiddenErrors={["institutionId", "version"]}
    >
      {({ errors, value, values }) => (
        <>
          <TextField name="date" type="date" label={t("date")} required defaultValue={value("date", meeting?.date)} errors={errors.date} />
          <TextField name="place" label={t("place")} required defaultValue={value("place", meeting?.place)} errors={errors.place} />
          <TextAreaField name="summary" label={t("summary")} defaultValue={value("summary", meeting?.summary)} errors={errors.summary} />
          <TextAreaField name="decisions" label={t("decisions")} hint={t("decisionsHint")} defaultValue={value("decisions", meeting?.decisions)} errors={errors.decisions} />
          <CheckboxField name="isPublic" label={t("isPublic")} defaultChecked={values ? values.isPublic === "on" : (meeting?.isPublic ?? false)} />
        </>
      )}
    </VersionedForm>
  );
}
