import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { OVERDUE_MEASURE_LIST } from "@/components/lists/overdue-measure-list";
import { OverdueMeasureTable } from "@/components/lists/overdue-measure-table";
import { Pager } from "@/components/lists/pager";
import { listOverdueMeasures } from "@/lib/domain/plans/measures/list-overdue-measures";
import { readList, type SearchParams } from "@/lib/platform/api/list-query";
import { offsetFromCursor } from "@/lib/platform/api/pagination";
import { getCurrentUser } from "@/lib/platform/auth/session";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("OverdueMeasures"))("title") };
}

/** Every measure past its due date and not met, across the plans the viewer may read, the longest overdue first. */
export default async function OverdueMeasuresPage({ searchParams }: Props) {
  const list = readList(OVERDUE_MEASURE_LIST, await searchParams);
  const [viewer, t] = await Promise.all([getCurrentUser(), getTranslations("OverdueMeasures")]);
  const page = await listOverdueMeasures(viewer, { limit: list.page.limit, offset: offsetFromCursor(list.page.cursor) });
  return (
    <>
      <p>
        <Link href="/plans">← {t("backToPlans")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p role="status">{t("count", { total: page.total })}</p>
      <OverdueMeasureTable measures={page.data} />
      <Pager list={OVERDUE_MEASURE_LIST} read={list} nextCursor={page.page.nextCursor} total={{ count: page.total, capped: false }} />
    </>
  );
}
