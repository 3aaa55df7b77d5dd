import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/exports/export-links";
import { Badge } from "@/components/ui/badge";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-field";
import { listAgreementOptions } from "@/lib/domain/agreements/list-agreement-options";
import { readListQuery } from "@/lib/platform/api/list-query";
import { DEFAULT_PAGE_SIZE } from "@/lib/platform/api/pagination";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { PlanKind, PlanStatus } from "@/lib/platform/db/generated/enums";
import { listPartyCountries } from "@/lib/domain/exchanges/list-party-countries";
import { listPlans } from "@/lib/domain/plans/list-plans";
import { PLAN_SORTS, ZPlanFilter } from "@/lib/domain/plans/schemas";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Plans"))("title") };
}

const FILTERS = ["q", "status", "kind", "agreement", "country", "awaiting", "sort"] as const;

export default async function PlansPage({ searchParams }: Props) {
  const params = await searchParams;
  const [viewer, t, tKind, tStatus, format] = await Promise.all([getCurrentUser(), getTranslations("Plans"), getTranslations("PlanKind"), getTranslations("PlanStatus"), getFormatter()]);
  const list = readListQuery(params, FILTERS, ZPlanFilter);
  const { filter, query } = list;
  const [page, agreements, countries] = await Promise.all([
    listPlans(viewer, filter, list.page ?? { limit: DEFAULT_PAGE_SIZE }),
    listAgreementOptions(),
    listPartyCountries(),
  ]);
  const next = new URLSearchParams(query);
  if (page.page.nextCursor) next.set("cursor", page.page.nextCursor);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>
        <Link href="/plans?awaiting=review">{t("awaitingReview")}</Link> · <Link href="/plans/overdue">{t("overdueMeasures")}</Link>
        {can(viewer, "plan.create") && (
          <>
            {" · "}
            <Link href="/plans/new" className="button">
              {t("new")}
            </Link>
          </>
        )}
      </p>

      <FilterForm
        label={t("filters")}
        clearHref="/plans"
        applyLabel={t("apply")}
        clearLabel={t("clear")}
        search
        problems={list.problems && t("invalidFilter", { problems: list.problems })}
      >
        <FilterInput form="plans" name="q" label={t("filter.q")} value={filter.q} />
        <FilterSelect form="plans" name="status" label={t("filter.status")} value={filter.status} any={t("any")} options={Object.values(PlanStatus).map((status) => ({ value: status, label: tStatus(status) }))} />
        <FilterSelect form="plans" name="kind" label={t("filter.kind")} value={filter.kind} any={t("any")} options={Object.values(PlanKind).map((kind) => ({ value: kind, label: tKind(kind) }))} />
        <FilterSelect
          form="plans"
          name="agreement"
          label={t("filter.agreement")}
          value={filter.agreement}
          any={t("any")}
          options={agreements.map((agreement) => ({ value: agreement.id, label: agreement.shortName }))}
        />
        <FilterSelect form="plans" name="country" label={t("filter.country")} value={filter.country} any={t("any")} options={countries.map((country) => ({ value: country.code, label: country.name }))} />
        <FilterSelect form="plans" name="awaiting" label={t("filter.awaiting")} value={filter.awaiting} any={t("any")} options={[{ value: "review", label: t("awaitingReview") }]} />
        <FilterSelect
          form="plans"
          name="sort"
          label={t("filter.sort")}
          value={filter.sort}
          any={t("sort.default")}
          options={PLAN_SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
        />
      </FilterForm>

      <p role="status">{t("count", { total: page.total })}</p>
      {page.data.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("plan")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("country")}</th>
                <th scope="col">{t("owner")}</th>
                <th scope="col">{t("measures")}</th>
                <th scope="col">{filter.awaiting ? t("submitted") : t("updated")}</th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((plan) => (
                <tr key={plan.id}>
                  <td>
                    <Link href={`/plans/${plan.id}`}>{plan.title}</Link> <span className="muted">({tKind(plan.kind)}, {plan.agreement.shortName})</span>
                  </td>
                  <td>{tStatus(plan.status)}</td>
                  <td>{plan.country.name}</td>
                  <td>{plan.ownerOrganisation.name}</td>
                  <td>
                    {plan.measureCount} {plan.overdueCount > 0 && <Badge>{t("overdueCount", { count: plan.overdueCount })}</Badge>}
                  </td>
                  <td>{format.dateTime((filter.awaiting ? plan.submittedAt : null) ?? plan.updatedAt, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.page.nextCursor && (
        <nav aria-label={t("pages")}>
          <Link href={`/plans?${next.toString()}`}>{t("next")}</Link>
        </nav>
      )}
      <ExportLinks datasets={["plans"]} query={query.toString()} />
    </>
  );
}
