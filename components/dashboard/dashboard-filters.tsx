import { DASHBOARD_LIST } from "@/components/lists/dashboard-list";
import { loadListChoices } from "@/components/lists/list-choices";
import { ListFilters } from "@/components/lists/list-filters";
import type { ListRead } from "@/lib/platform/api/list-query";

/** The form that narrows the dashboard to an agreement, a country, a program type or a year. */
export async function DashboardFilters({ list }: { list: ListRead<typeof DASHBOARD_LIST.schema> }) {
  // The choices are the same for everyone: public reference data.
  const choices = await loadListChoices(DASHBOARD_LIST, list, null);
  return <ListFilters list={DASHBOARD_LIST} read={list} choices={choices} />;
}
