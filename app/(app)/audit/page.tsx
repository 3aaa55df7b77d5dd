import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { AUDIT_LIST } from "@/components/lists/audit-list";
import { AuditEventTable } from "@/components/lists/audit-event-table";
import { ListFilters } from "@/components/lists/list-filters";
import { Pager } from "@/components/lists/pager";
import { loadListPage, readList, type SearchParams } from "@/lib/platform/api/list-query";
import { listAuditEvents, listAuditSubjects } from "@/lib/platform/audit/list-audit-events";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Audit"))("title") };
}

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser("/audit");
  if (!can(user, "audit.read")) notFound();
  const list = readList(AUDIT_LIST, await searchParams);
  const [t, page] = await Promise.all([getTranslations("Audit"), loadListPage(list, (page) => listAuditEvents(user, list.filter, page))]);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <ListFilters list={AUDIT_LIST} read={list} choices={{}} />
      <AuditEventTable events={page.data} subjects={await listAuditSubjects(user, page.data)} />
      <Pager list={AUDIT_LIST} read={list} nextCursor={page.page.nextCursor} />
    </>
  );
}
