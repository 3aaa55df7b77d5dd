import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { ExportLinks } from "@/components/exports/export-links";
import { loadListChoices } from "@/components/lists/list-choices";
import { ListFilters } from "@/components/lists/list-filters";
import { Pager } from "@/components/lists/pager";
import { PLAN_LIST } from "@/components/lists/plan-list";
import { PlanListTable } from "@/components/lists/plan-list-table";
import { listPlans } from "@/lib/domain/plans/list-plans";
import { readList, type SearchParams } from "@/lib/platform/api/list-query";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Plans"))("title") };
}

export default async function PlansPage({ searchParams }: Props) {
  const list = readList(PLAN_LIST, await searchParams);
  const viewer = await getCurrentUser();
  const [t, page, choices] = await Promise.all([getTranslations("Plans"), listPlans(viewer, list.filter, list.page), loadListChoices(PLAN_LIST, list, viewer)]);

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

      <ListFilters list={PLAN_LIST} read={list} choices={choices} />
      <p role="status">{t("count", { total: page.total })}</p>
      <PlanListTable plans={page.data} awaiting={Boolean(list.filter.awaiting)} />
      <Pager list={PLAN_LIST} read={list} nextCursor={page.page.nextCursor} total={{ count: page.total, capped: false }} />
      <ExportLinks datasets={["plans"]} query={list.query.toString()} />
    </>
  );
}
