import { getTranslations } from "next-intl/server";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-field";
import { listAgreementOptions } from "@/lib/domain/agreements/list-agreement-options";
import type { ZDashboardFilter } from "@/lib/domain/dashboard/dashboard";
import { ProgramType } from "@/lib/platform/db/generated/enums";
import { listPartyCountries } from "@/lib/domain/exchanges/list-party-countries";
import type { z } from "zod";

/** The form that narrows the dashboard to an agreement, a country, a program type or a year. */
export async function DashboardFilters({ filter, problems }: { filter: z.infer<typeof ZDashboardFilter>; problems?: string }) {
  const [t, tType, agreements, countries] = await Promise.all([getTranslations("Dashboard"), getTranslations("ProgramType"), listAgreementOptions(), listPartyCountries()]);
  return (
    <FilterForm
      label={t("filters")}
      clearHref="/dashboard"
      applyLabel={t("apply")}
      clearLabel={t("clear")}
      problems={problems && t("invalidFilter", { problems })}
    >
      <FilterSelect form="dashboard" name="agreement" label={t("filter.agreement")} value={filter.agreement} any={t("any")} options={agreements.map((agreement) => ({ value: agreement.id, label: agreement.shortName }))} />
      <FilterSelect form="dashboard" name="country" label={t("filter.country")} value={filter.country} any={t("any")} options={countries.map((country) => ({ value: country.code, label: country.name }))} />
      <FilterSelect form="dashboard" name="type" label={t("filter.type")} value={filter.type} any={t("any")} options={Object.values(ProgramType).map((type) => ({ value: type, label: tType(type) }))} />
      <FilterInput form="dashboard" name="year" type="number" min={1990} max={2100} label={t("filter.year")} value={filter.year} />
    </FilterForm>
  );
}
