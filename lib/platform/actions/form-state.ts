import type { FieldErrors, StaleChanges } from "@/lib/platform/errors/app-error";

/** What a form shows after a submission: a message, the errors next to each field, the input kept. */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  /** After a stale edit: what others changed meanwhile, so the user can decide what to keep. */
  stale?: StaleChanges;
  /** The submitted values (never passwords), so that a refused form keeps what the user typed. */
  values?: Record<string, string>;
  /** Something to show once on success, e.g. a new API token. */
  result?: Record<string, string>;
};

/** The state of a form that has not been submitted yet (safe to import from client components). */
export const IDLE: FormState = { status: "idle" };
