"use client";

import { createContext, useContext, useId, type ReactNode } from "react";

// Every id on a page must be unique: two forms often share field names (a transaction's and a
// budget's "amount"), so a field's ids are derived from its form's id, given once per form, and
// never from the field's name alone.

const FormIdContext = createContext<string | null>(null);

/** The fields (and the error summary) inside it take their ids from `id`, the form's own. */
export function FormIdScope({ id, children }: { id: string; children: ReactNode }) {
  return <FormIdContext value={id}>{children}</FormIdContext>;
}

/** An id React makes unique on the page, in letters, digits and hyphens (it is used in `href="#…"`). */
function useUniqueId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^A-Za-z0-9]/g, "")}`;
}

/** A form's id: the one its caller gives (readable, for links and tests), else one unique on the page. */
export function useFormId(given?: string): string {
  const made = useUniqueId("form");
  return given ?? made;
}

/** The id of the control of the field `name` in the form `formId`. */
export const fieldId = (formId: string, name: string) => `${formId}-${name}`;

/**
 * The ids of a field's control, hint and error message, from its form's id; a field outside any
 * form (FormIdScope) gets one of its own.
 */
export function useFieldIds(name: string) {
  const formId = useContext(FormIdContext);
  const own = useUniqueId("field");
  const control = formId ? fieldId(formId, name) : `${own}-${name}`;
  return { control, hint: `${control}-hint`, error: `${control}-error` };
}

/** The id of the form the component is in, if any. */
export function useScopeFormId(): string | null {
  return useContext(FormIdContext);
}
