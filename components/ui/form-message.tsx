import type { FormState } from "@/lib/platform/actions/form-state";

/** The outcome of a form submission, announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  const error = state.status === "error";
  return (
    <p role={error ? "alert" : "status"} className={error ? "form-message form-message-error" : "form-message"}>
      {state.message}
    </p>
  );
}
