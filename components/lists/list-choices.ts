import "server-only";
import { getTranslations } from "@/lib/platform/i18n/server";
import type { ListDefinition, ListFilter, ListOption, ListRead } from "@/lib/platform/api/list-query";
import type { Viewer } from "@/lib/platform/authz";

/** Each select filter's choices, by filter name; null where the viewer is not shown the filter. */
export type ListChoices = Record<string, readonly ListOption[] | null>;

/**
 * The choices of a list's select filters, fixed ones labelled and loaded ones fetched, all at once:
 * a page loads them beside its rows, not after them.
 */
export async function loadListChoices(list: ListDefinition, read: Pick<ListRead, "filter">, viewer: Viewer): Promise<ListChoices> {
  const t = await getTranslations(list.namespace);
  const filter: Record<string, unknown> = read.filter;
  const choices = await Promise.all(
    Object.entries<ListFilter>(list.filters).map(async ([name, field]): Promise<[string, readonly ListOption[] | null]> => {
      if (field.kind !== "choice" || (field.signedIn && !viewer)) return [name, null];
      if (field.load) return [name, await field.load({ viewer, chosen: typeof filter[name] === "string" ? filter[name] : undefined })];
      const labels = field.labels ?? ((value: string) => value);
      const label = typeof labels === "function" ? (value: string) => t(labels(value)) : await getTranslations(labels.namespace);
      return [name, (field.values ?? []).map((value) => ({ value, label: label(value) }))];
    }),
  );
  return Object.fromEntries(choices);
}
