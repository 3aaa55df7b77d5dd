import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { ExportLinks } from "@/components/exports/export-links";
import { FlashMessage } from "@/components/flash/flash-message";
import { loadListChoices } from "@/components/lists/list-choices";
import { ListFilters } from "@/components/lists/list-filters";
import { Pager } from "@/components/lists/pager";
import { SUBMISSION_LIST } from "@/components/lists/submission-list";
import { DocketTable } from "@/components/submissions/docket-table";
import { listSubmissions } from "@/lib/domain/submissions/list-submissions";
import { readList, type SearchParams } from "@/lib/platform/api/list-query";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Submissions"))("title") };
}

export default async function SubmissionsPage({ searchParams }: Props) {
  const list = readList(SUBMISSION_LIST, await searchParams);
  const viewer = await getCurrentUser();
  const [t, page, choices] = await Promise.all([getTranslations("Submissions"), listSubmissions(viewer, list.filter, list.page), loadListChoices(SUBMISSION_LIST, list, viewer)]);

  return (
    <>
      <FlashMessage />
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>
        <Link href="/submissions?deadline=overdue">{t("overdueLink")}</Link>
        {can(viewer, "submission.file") && (
          <>
            {" · "}
            <Link href="/submissions/new" className="button">
              {t("new")}
            </Link>
          </>
        )}
      </p>

      <ListFilters list={SUBMISSION_LIST} read={list} choices={choices} />
      <p role="status">{t("count", { total: page.total })}</p>
      <DocketTable entries={page.data} />
      <Pager list={SUBMISSION_LIST} read={list} nextCursor={page.page.nextCursor} total={{ count: page.total, capped: false }} />
      <ExportLinks datasets={["submissions"]} query={list.query.toString()} />
    </>
  );
}
