import type { FormKit } from "@/components/ui/versioned-form";
import type { FormState } from "@/lib/platform/actions/form-state";
import type { ProgramRecord } from "@/lib/domain/programs/program-record";

/** The program form's id: its fields' ids are `program-<name>`, so a link can open the form at a field (`edit#program-summary`). */
export const PROGRAM_FORM_ID = "program";

export type ProgramTextField = Exclude<keyof ProgramRecord, "topics" | "beneficiaryCountries" | "provisionIds" | "version" | "translations">;
export type ProgramListField = "topics" | "beneficiaryCountries" | "provisionIds";

/** What the program form's fields start from. */
export type ProgramValues = {
  /** A field of the program: what was sent (merged with a stale edit's changes), else the saved value. */
  current: (field: ProgramTextField) => string;
  list: (field: ProgramListField) => string[];
  /** A field that is not the program's (a reason, the new program's reporter): what was sent, or nothing. */
  sent: (name: string) => string;
  /** The languages the program has translations in: those sent after a refusal, else those saved. */
  translationLanguages: () => string[];
  /** A field's saved translation into `language` (what was sent is read with `sent`). */
  translation: (field: "title" | "summary" | "objectives", language: string) => string;
  errorsFor: FormKit["errorsFor"];
};

/** A stored value as the form sends it: lists joined by commas, in a stable order; nothing as "". */
function asFormValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  return Array.isArray(value) ? value.map(String).sort().join(",") : String(value);
}

const sortedList = (value: string) => value.split(",").filter(Boolean).sort().join(",");

/** The fields of a stale edit where the user's input differs from the value at their version: both changed them. */
export function keptFields(state: FormState, values: Record<string, string> | undefined): string[] {
  return (state.stale?.changes ?? []).filter((change) => sortedList(values?.[change.field] ?? "") !== sortedList(asFormValue(change.then))).map((change) => change.field);
}

/** The submitted values, with the fields others changed meanwhile and the user did not, taken from the current version. */
function mergeStale(state: FormState, values: Record<string, string> | undefined): Record<string, string | undefined> {
  if (!values) return {};
  const merged: Record<string, string | undefined> = { ...values };
  const kept = keptFields(state, values);
  for (const change of state.stale?.changes ?? []) {
    if (!kept.includes(change.field)) merged[change.field] = asFormValue(change.now);
  }
  return merged;
}

/**
 * The values the form shows. After a stale edit, a field the user left as it was takes the value
 * someone else gave it meanwhile; a field both changed keeps the user's input.
 */
export function programValues({ state, values, errorsFor }: FormKit, program?: ProgramRecord): ProgramValues {
  const merged = mergeStale(state, values);
  return {
    current: (field) => merged[field] ?? program?.[field] ?? "",
    list: (field) => (values ? (merged[field] ?? "").split(",").filter(Boolean) : (program?.[field] ?? [])),
    sent: (name) => values?.[name] ?? "",
    translationLanguages: () => {
      const codes = values
        ? Object.keys(values).flatMap((name) => /^translations\.\w+\.([a-z]{2})$/.exec(name)?.[1] ?? [])
        : Object.values(program?.translations ?? {}).flatMap((byLanguage) => Object.keys(byLanguage));
      return [...new Set(codes)].sort();
    },
    translation: (field, language) => (values ? "" : (program?.translations[field]?.[language] ?? "")),
    errorsFor,
  };
}
