"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { chooseTimeZoneAction } from "@/lib/domain/users/time-zone-actions";
import { IDLE } from "@/lib/platform/actions/form-state";
import { FormIdScope } from "@/components/ui/form-id";

type Labels = { label: string; hint: string; save: string; saving: string };

/** The account page's time zone: every zone, with its offset from UTC today, in the reader's words (`labels`). */
export function TimeZoneForm({ zones, current, labels }: { zones: { value: string; label: string }[]; current: string; labels: Labels }) {
  const [state, action] = useActionState(chooseTimeZoneAction, IDLE);
  const shown = state.result?.timeZone ?? state.values?.timeZone ?? current;
  return (
    <form id="time-zone" action={action} className="form" aria-label={labels.label}>
      <FormIdScope id="time-zone">
      <FormMessage state={state} />
      {/* A select takes its defaultValue when it mounts only: the key mounts it again with the zone just saved. */}
      <SelectField key={shown} name="timeZone" label={labels.label} hint={labels.hint} options={zones} defaultValue={shown} errors={state.fieldErrors?.timeZone} required />
      <div>
        <SubmitButton pendingLabel={labels.saving}>{labels.save}</SubmitButton>
      </div>
      </FormIdScope>
    </form>
  );
}
