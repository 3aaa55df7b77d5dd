import type { FormState } from "@/lib/platform/actions/form-state";

/** An organisation as a choice in a select. */
export type OrganisationOption = { id: string; name: string; acronym: string | null; countryCode: string | null };

export function organisationLabel(organisation: OrganisationOption): string {
  const acronym = organisation.acronym ? ` (${organisation.acronym})` : "";
  const country = organisation.countryCode ? ` · ${organisation.countryCode}` : "";
  return `${organisation.name}${acronym}${country}`;
}

/**
 * A key that remounts a form when what it should show changes. React resets a form after its
 * action, and a select resets to the option it was mounted with: remounting makes the reset land on
 * the submitted values after a refusal, and on the saved record (a new version) after a success.
 */
export function formKey(state: FormState, ...parts: (string | number | undefined)[]): string {
  return JSON.stringify([state.status, state.values ?? null, state.result ?? null, ...parts]);
}

/** Several lists' options in one, without duplicates, by label: every agreement's, before one is chosen. */
export function unionOf<T extends { value: string; label: string }>(lists: T[][]): T[] {
  const byValue = new Map(lists.flat().map((choice) => [choice.value, choice]));
  return [...byValue.values()].sort((a, b) => a.label.localeCompare(b.label, "en"));
}
