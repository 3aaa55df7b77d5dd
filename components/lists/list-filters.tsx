import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-field";
import type { ListDefinition, ListFilter, ListRead } from "@/lib/platform/api/list-query";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { ListChoices } from "./list-choices";

type Props = { list: ListDefinition; read: ListRead; choices: ListChoices };

/**
 * A list's GET filter form, drawn from its definition: a search or other input, a select with an
 * "any" choice, or the order, per filter, each labelled `filter.<name>` in the list's messages;
 * then what was refused, and whether the page link was.
 */
export async function ListFilters({ list, read, choices }: Props) {
  const t = await getTranslations(list.namespace);
  const { messages } = list;
  const problems = read.problems?.((await getLocale()) as Locale);
  const filter: Record<string, unknown> = read.filter;
  const field = (name: string, spec: ListFilter) => {
    const common = { key: name, form: list.form, name, label: t(`filter.${name}`) };
    const value = filter[name] as string | number | undefined;
    if (spec.kind === "text") return <FilterInput {...common} type={spec.type} min={spec.min} max={spec.max} value={value} />;
    if (spec.kind === "choice") {
      const options = choices[name];
      return options && <FilterSelect {...common} value={value} any={t(spec.any)} options={options} />;
    }
    const options = spec.values.filter((order) => order !== spec.blank).map((order) => ({ value: order, label: t(spec.key(order)) }));
    return <FilterSelect {...common} value={value === spec.blank ? undefined : value} any={spec.blank && t(spec.key(spec.blank))} options={options} />;
  };
  return (
    <>
      <FilterForm
        label={t(messages.filters)}
        clearHref={list.path}
        applyLabel={t(messages.apply)}
        clearLabel={t(messages.clear)}
        search={list.search}
        problems={problems && (messages.invalidFilter ? t(messages.invalidFilter, { problems }) : problems)}
      >
        {Object.entries<ListFilter>(list.filters).map(([name, spec]) => field(name, spec))}
      </FilterForm>
      {read.pageRefused && messages.invalidPage && (
        <p role="alert" className="form-message form-message-error">
          {t(messages.invalidPage)}
        </p>
      )}
    </>
  );
}
