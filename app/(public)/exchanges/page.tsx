import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-field";
import { listAgreementOptions } from "@/lib/domain/agreements/list-agreement-options";
import { readListQuery } from "@/lib/platform/api/list-query";
import { DEFAULT_PAGE_SIZE } from "@/lib/platform/api/pagination";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { ExchangeKind } from "@/lib/platform/db/generated/enums";
import { listPartyCountries } from "@/lib/domain/exchanges/list-party-countries";
import { listExchanges } from "@/lib/domain/exchanges/list-exchanges";
import { EXCHANGE_SORTS, EXCHANGE_VISIBILITIES, ZExchangeFilter } from "@/lib/domain/exchanges/schemas";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Exchanges"))("title") };
}

const FILTERS = ["q", "agreementId", "kind", "from", "to", "year", "visibility", "sort"] as const;

export default async function ExchangesPage({ searchParams }: Props) {
  const params = await searchParams;
  const [viewer, t, tKind, format] = await Promise.all([getCurrentUser(), getTranslations("Exchanges"), getTranslations("ExchangeKind"), getFormatter()]);
  const list = readListQuery(params, FILTERS, ZExchangeFilter);
  const { filter, query } = list;
  const [page, agreements, countries] = await Promise.all([
    listExchanges(viewer, filter, list.page ?? { limit: DEFAULT_PAGE_SIZE }),
    listAgreementOptions(),
    listPartyCountries(),
  ]);

  // Links carry the filters that apply, never the ones that were refused.
  if (list.page && list.limitAsked) query.set("limit", String(page.page.limit));
  const next = new URLSearchParams(query);
  if (page.page.nextCursor) next.set("cursor", page.page.nextCursor);
  const offset = Number(list.page?.cursor ?? 0);
  const countryOptions = countries.map((country) => ({ value: country.code, label: country.name }));

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {can(viewer, "exchange.log") && (
        <p>
          <Link href="/exchanges/new" className="button">
            {t("new")}
          </Link>
        </p>
      )}

      <FilterForm
        label={t("filters")}
        clearHref="/exchanges"
        applyLabel={t("apply")}
        clearLabel={t("clear")}
        search
        problems={list.problems && t("invalidFilter", { problems: list.problems })}
      >
        <FilterInput form="exchanges" name="q" label={t("filter.q")} value={filter.q} />
        <FilterSelect
          form="exchanges"
          name="agreementId"
          label={t("filter.agreementId")}
          value={filter.agreementId}
          any={t("any")}
          options={agreements.map((agreement) => ({ value: agreement.id, label: agreement.shortName }))}
        />
        <FilterSelect
          form="exchanges"
          name="kind"
          label={t("filter.kind")}
          value={filter.kind}
          any={t("any")}
          options={Object.values(ExchangeKind).map((kind) => ({ value: kind, label: tKind(kind) }))}
        />
        <FilterSelect form="exchanges" name="from" label={t("filter.from")} value={filter.from} any={t("any")} options={countryOptions} />
        <FilterSelect form="exchanges" name="to" label={t("filter.to")} value={filter.to} any={t("any")} options={countryOptions} />
        <FilterInput form="exchanges" name="year" type="number" min={1950} max={2100} label={t("filter.year")} value={filter.year} />
        {viewer && (
          <FilterSelect
            form="exchanges"
            name="visibility"
            label={t("filter.visibility")}
            value={filter.visibility}
            any={t("any")}
            options={EXCHANGE_VISIBILITIES.map((visibility) => ({ value: visibility, label: t(visibility) }))}
          />
        )}
        <FilterSelect
          form="exchanges"
          name="sort"
          label={t("filter.sort")}
          value={filter.sort === "-date" ? undefined : filter.sort}
          any={t("sort.-date")}
          options={EXCHANGE_SORTS.filter((sort) => sort !== "-date").map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
        />
      </FilterForm>
      {!list.page && (
        <p role="alert" className="form-message form-message-error">
          {t("invalidPage")}
        </p>
      )}

      <p role="status">{t("count", { total: page.total })}</p>
      {page.data.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("exchange")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("fromTo")}</th>
                <th scope="col">{t("agreement")}</th>
                <th scope="col">{t("provisions")}</th>
                <th scope="col">{t("visibility")}</th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((exchange) => (
                <tr key={exchange.id}>
                  <td>
                    <time dateTime={exchange.date.toISOString().slice(0, 10)}>{format.dateTime(exchange.date, { dateStyle: "medium" })}</time>
                  </td>
                  <td>
                    <Link href={`/exchanges/${exchange.id}`}>{exchange.title}</Link>
                  </td>
                  <td>{tKind(exchange.kind)}</td>
                  <td>
                    {exchange.fromCountry.name} → {exchange.toCountry?.name ?? t("allParties")}
                  </td>
                  <td>
                    <Link href={`/agreements/${exchange.agreement.id}`}>{exchange.agreement.shortName}</Link>
                  </td>
                  <td>{format.number(exchange.provisionCount)}</td>
                  <td>
                    <Badge>{exchange.isPublic ? t("public") : t("restricted")}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pages")}>
        {offset > 0 && <Link href={`/exchanges?${query.toString()}`}>{t("first")}</Link>}{" "}
        {page.page.nextCursor && <Link href={`/exchanges?${next.toString()}`}>{t("next")}</Link>}
      </nav>
    </>
  );
}
