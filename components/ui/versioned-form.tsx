"use client";

import { useActionState, type ReactNode } from "react";
import { IDLE, type FormState } from "@/lib/platform/actions/form-state";
import type { FieldErrors, StaleChanges } from "@/lib/platform/errors/app-error";
import { FormIdScope, useFormId } from "./form-id";
import { FormMessage } from "./form-message";
import { formKey } from "./options";
import { SubmitButton } from "./submit-button";

/** What a form's fields read from the last submission. */
export type FormKit = {
  state: FormState;
  /** What the user sent, after a refusal only: a success shows the saved record (or a blank form). */
  values?: Record<string, string>;
  errors: FieldErrors;
  /** The problems with a field, including those with one of its list items ("topics.1"). */
  errorsFor: (name: string) => string[] | undefined;
  /** A field's value: what the user sent after a refusal, else the saved one. */
  value: (name: string, saved?: string | null) => string;
  /** A list field's values (sent joined by commas): what the user sent after a refusal, else the saved ones. */
  list: (name: string, saved?: string[]) => string[];
};

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** A form's messages by the keys create/edit forms share: newTitle, editTitle, create, save, saving. */
type FormMessages = (key: "newTitle" | "editTitle" | "create" | "save" | "saving") => string;

type Props = {
  /**
   * The form's id, from which its fields' ids derive (`<formId>-<field name>`): readable, and unique
   * on the page (a record's id in it when the page shows one form per record). One unique on the
   * page is made when none is given.
   */
  formId?: string;
  /** The action, or the one to create and the one to update, chosen by whether `record` is given. */
  action: Action | { create: Action; update: Action };
  /**
   * The record edited: its id and version go with the form, and after a refusal the version the
   * edit started from. A new record is created without it.
   */
  record?: { id: string; version: number };
  /** Other fields the form sends without showing them, e.g. the parent's id. */
  hidden?: Record<string, string>;
  /** The form's accessible name, its button's label and the label while it works, from `messages` unless given. */
  messages?: FormMessages;
  label?: string;
  /** A heading that names the form, instead of `label`. */
  heading?: { id: string; text: string };
  submitLabel?: ReactNode | ((state: FormState) => ReactNode);
  pendingLabel?: string;
  /** Hidden fields have no place of their own: their problems show above the button. */
  hiddenErrors?: string[];
  /**
   * What others changed meanwhile, after a stale edit. A form that shows it sends the current
   * version with the user's input, so that saving again applies their version; a form that does not
   * keeps the version it started from, and a stale edit stays refused until the page is reloaded.
   */
  staleNotice?: (stale: StaleChanges, kit: FormKit) => ReactNode;
  /** Shown under the form's message, e.g. a link to what was created. */
  notice?: (kit: FormKit) => ReactNode;
  /** Shown before the form, outside it (e.g. a secret shown once after a success). */
  before?: (kit: FormKit) => ReactNode;
  /** The form's message shows only refusals (when `before` shows the success). */
  messageOnError?: boolean;
  /** The button keeps its own width instead of spanning the form. */
  compactSubmit?: boolean;
  children: (kit: FormKit) => ReactNode;
};

/**
 * A create/edit form: the action's state, the record's id and version, the user's input kept after
 * a refusal, the stale-changes notice, the form's message and its submit button. It is remounted
 * after each submission, so that every field starts from what was submitted (after a refusal) or
 * from the saved record (after a success).
 */
export function VersionedForm(props: Props) {
  const { action: given, record, messages } = props;
  const [state, action] = useActionState(typeof given === "function" ? given : record ? given.update : given.create, IDLE);
  const formId = useFormId(props.formId);
  const labels = {
    label: props.label ?? messages?.(record ? "editTitle" : "newTitle"),
    submitLabel: props.submitLabel ?? messages?.(record ? "save" : "create"),
    pendingLabel: props.pendingLabel ?? messages?.("saving") ?? "",
  };
  return <VersionedFormBody key={formKey(state, record?.version)} {...props} {...labels} formId={formId} state={state} formAction={action} />;
}

function formKit(state: FormState): FormKit {
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  return {
    state,
    values,
    errors,
    errorsFor: (name) => {
      const found = Object.entries(errors).flatMap(([key, messages]) => (key === name || key.startsWith(`${name}.`) ? messages : []));
      return found.length ? [...new Set(found)] : undefined;
    },
    value: (name, saved) => values?.[name] ?? saved ?? "",
    list: (name, saved = []) => (values ? (values[name] ?? "").split(",").filter(Boolean) : saved),
  };
}

function VersionedFormBody({ state, formAction, formId, ...props }: Props & { formId: string; state: FormState; formAction: (form: FormData) => void }) {
  const { record, heading, hiddenErrors = ["version"] } = props;
  const kit = formKit(state);
  // After a stale edit shown field by field, the current version: saving again applies the user's version.
  const version = props.staleNotice && state.stale ? String(state.stale.currentVersion) : (kit.values?.version ?? String(record?.version ?? ""));
  const hidden = { ...(record ? { id: record.id } : {}), ...props.hidden };
  const problems = hiddenErrors.flatMap((name) => kit.errorsFor(name) ?? []);
  const submit = <SubmitButton pendingLabel={props.pendingLabel ?? ""}>{typeof props.submitLabel === "function" ? props.submitLabel(state) : props.submitLabel}</SubmitButton>;

  const form = (
    <form id={formId} action={formAction} className="form" aria-label={heading ? undefined : props.label} aria-labelledby={heading?.id}>
      <FormIdScope id={formId}>
      {heading && <h2 id={heading.id}>{heading.text}</h2>}
      {(!props.messageOnError || state.status === "error") && <FormMessage state={state} unlinked={[...Object.keys(hidden), ...hiddenErrors]} />}
      {props.staleNotice && state.stale && props.staleNotice(state.stale, kit)}
      {props.notice?.(kit)}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {record && <input type="hidden" name="version" value={version} />}
      {props.children(kit)}
      {problems.length > 0 && (
        <p className="field-error" role="alert">
          {problems.join(" ")}
        </p>
      )}
      {props.compactSubmit ? <div>{submit}</div> : submit}
      </FormIdScope>
    </form>
  );
  return props.before ? (
    <>
      {props.before(kit)}
      {form}
    </>
  ) : (
    form
  );
}
