"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveNotificationPreferencesAction } from "@/lib/domain/notifications/actions";
import { DELIVERIES, type Delivery, type PreferenceKind } from "@/lib/domain/notifications/kinds";
import { IDLE } from "@/lib/platform/actions/form-state";
import styles from "./notification-preferences-form.module.css";

type Labels = {
  formLabel: string;
  save: string;
  saving: string;
  kinds: Record<PreferenceKind, { legend: string; suggested: string }>;
  deliveries: Record<Delivery, string>;
};

/** Ids of this form's parts: unique on the page, whatever else it holds. */
const FORM_KEY = "notification-preferences";
const idOf = (...parts: string[]) => [FORM_KEY, ...parts].join("-").toLowerCase();

const isDelivery = (value: string | undefined): value is Delivery => (DELIVERIES as readonly string[]).includes(value ?? "");

/**
 * The account page's choice, per kind of notification, of an email for each, the daily digest, or
 * the app only: a group of radios for each kind, its errors under its legend. After a refusal the
 * choices made are kept.
 */
export function NotificationPreferencesForm({ kinds, current, labels }: { kinds: readonly PreferenceKind[]; current: Record<PreferenceKind, Delivery>; labels: Labels }) {
  const [state, action] = useActionState(saveNotificationPreferencesAction, IDLE);
  const shown = (kind: PreferenceKind): Delivery => {
    const sent = state.values?.[kind];
    return isDelivery(sent) ? sent : current[kind];
  };
  return (
    <form action={action} className="form" aria-label={labels.formLabel}>
      <FormMessage state={state} />
      {kinds.map((kind) => {
        const errors = state.fieldErrors?.[kind];
        const hintId = idOf(kind, "hint");
        const errorId = idOf(kind, "error");
        return (
          // Mounted again after each submission, so that the radios show what was saved or sent.
          <fieldset key={`${kind}-${state.status}-${shown(kind)}`} className={styles.kind} aria-describedby={[hintId, errors?.length && errorId].filter(Boolean).join(" ")}>
            <legend>{labels.kinds[kind].legend}</legend>
            <p id={hintId} className="field-hint">
              {labels.kinds[kind].suggested}
            </p>
            {errors?.length ? (
              <p id={errorId} className="field-error">
                {errors.join(" ")}
              </p>
            ) : null}
            <div className={styles.choices}>
              {DELIVERIES.map((delivery) => (
                <div key={delivery} className={styles.choice}>
                  <input type="radio" id={idOf(kind, delivery)} name={kind} value={delivery} defaultChecked={shown(kind) === delivery} required />
                  <label htmlFor={idOf(kind, delivery)}>{labels.deliveries[delivery]}</label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div>
        <SubmitButton pendingLabel={labels.saving}>{labels.save}</SubmitButton>
      </div>
    </form>
  );
}
