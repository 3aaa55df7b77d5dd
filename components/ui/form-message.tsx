"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/platform/actions/form-state";
import { fieldId, useScopeFormId } from "./form-id";
import { useFormWords } from "./form-words";
import styles from "./form-message.module.css";

type Props = {
  state: FormState;
  /** Fields the form sends without a control of their own (an id, a version): their problems are listed without a link. */
  unlinked?: readonly string[];
};

/**
 * The outcome of a form submission, announced to screen readers. A refusal with problems by field
 * starts the form with an error summary: every problem at once, each a link to its field, and the
 * summary focused so that a screen reader reads it out.
 */
export function FormMessage({ state, unlinked }: Props) {
  const problems = Object.entries(state.status === "error" ? (state.fieldErrors ?? {}) : {}).filter(([, messages]) => messages.length);
  if (problems.length) return <ErrorSummary state={state} problems={problems} unlinked={unlinked ?? []} />;
  if (!state.message) return null;
  const error = state.status === "error";
  return (
    <p role={error ? "alert" : "status"} className={error ? "form-message form-message-error" : "form-message"}>
      {state.message}
    </p>
  );
}

/** The control a problem's field name points at: a list item's ("topics.1") is its list's; a translation's is its own box. */
function controlName(name: string): string {
  return /^(translations|newTranslation)\./.test(name) ? name : name.split(".")[0]!;
}

function ErrorSummary({ state, problems, unlinked }: { state: FormState; problems: [string, string[]][]; unlinked: readonly string[] }) {
  const { problemTitle } = useFormWords();
  const formId = useScopeFormId();
  const ref = useRef<HTMLDivElement>(null);
  // Each refusal moves the focus here: the summary appears where a screen reader's user is not.
  useEffect(() => ref.current?.focus(), [state]);
  return (
    // As GOV.UK's: the box takes the focus, its content is an alert for readers that do not follow focus.
    <div ref={ref} tabIndex={-1} className={styles.summary}>
      <div role="alert">
        <h2 className={styles.title}>{problemTitle}</h2>
        {state.message && <p className={styles.message}>{state.message}</p>}
        <ul className={styles.list}>
          {problems.flatMap(([name, messages]) =>
            messages.map((message, index) => (
              <li key={`${name}-${index}`}>
                {formId && !unlinked.includes(name.split(".")[0]!) ? <ProblemLink target={fieldId(formId, controlName(name))}>{message}</ProblemLink> : message}
              </li>
            )),
          )}
        </ul>
      </div>
    </div>
  );
}

/** A link to the field in error that moves the focus into it, where the browser would only scroll. */
function ProblemLink({ target, children }: { target: string; children: string }) {
  return (
    <a
      href={`#${target}`}
      onClick={(event) => {
        const control = document.getElementById(target);
        if (!control) return;
        event.preventDefault();
        control.focus();
      }}
    >
      {children}
    </a>
  );
}
