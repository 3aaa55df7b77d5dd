import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { ExportLinks } from "@/components/exports/export-links";
import { FlashMessage } from "@/components/flash/flash-message";
import { loadListChoices } from "@/components/lists/list-choices";
import { ListFilters } from "@/components/lists/list-filters";
import { Pager } from "@/components/lists/pager";
import { PROGRAM_LIST } from "@/components/lists/program-list";
import { ProgramListTable } from "@/components/lists/program-list-table";
import { listPrograms } from "@/lib/domain/programs/list-programs";
import { readList, type SearchParams } from "@/lib/platform/api/list-query";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Programs"))("title") };
}

export default async function ProgramsPage({ searchParams }: Props) {
  const list = readList(PROGRAM_LIST, await searchParams);
  const viewer = await getCurrentUser();
  const [t, tIati, tSheet, tList, page, choices] = await Promise.all([
    getTranslations("Programs"),
    getTranslations("Iati"),
    getTranslations("SpreadsheetImport"),
    getTranslations("ProgramList"),
    listPrograms(viewer, list.filter, list.page, { money: true }),
    loadListChoices(PROGRAM_LIST, list, viewer),
  ]);
  // Exports take the filters that apply, never the paging.
  const exportQuery = list.query.toString();

  return (
    <>
      <FlashMessage />
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {can(viewer, "program.create") && (
        <p>
          <Link href="/programs/new" className="button">
            {t("new")}
          </Link>{" "}
          <Link href="/programs/import">{tSheet("importLink")}</Link> · <Link href="/iati/import">{tIati("importLink")}</Link>
        </p>
      )}

      <ListFilters list={PROGRAM_LIST} read={list} choices={choices} />
      <p>
        <Link href="/programs?health=moneyWithoutMonitoring">{t("healthLink")}</Link>
      </p>

      <p role="status">
        {page.total === null ? t("noMore") : page.totalCapped ? t("countCapped", { total: page.total }) : t("count", { total: page.total })}{" "}
        <a href={`/api/v1/programs.csv?${exportQuery}`} download>
          {t("exportCsv")}
        </a>{" "}
        ·{" "}
        <a href={`/api/v1/iati/activities.xml?${exportQuery}`} download>
          {tIati("exportList")}
        </a>
      </p>
      <ProgramListTable programs={page.data} />
      <Pager
        list={PROGRAM_LIST}
        read={list}
        nextCursor={page.page.nextCursor}
        total={page.total === null ? null : { count: page.total, capped: page.totalCapped }}
        items={page.total === null ? undefined : tList(page.totalCapped ? "itemsCapped" : "items", { total: page.total })}
      />
      <ExportLinks datasets={["programs", "transactions", "indicators", "events"]} query={exportQuery} />
    </>
  );
}
