import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { loadListChoices } from "@/components/lists/list-choices";
import { ListFilters } from "@/components/lists/list-filters";
import { Pager } from "@/components/lists/pager";
import { USER_LIST } from "@/components/lists/user-list";
import { UserListTable } from "@/components/lists/user-list-table";
import { listUsers } from "@/lib/domain/users/list-users";
import { loadListPage, readList, type SearchParams } from "@/lib/platform/api/list-query";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminUsers"))("title") };
}

export default async function AdminUsersPage({ searchParams }: Props) {
  const actor = await requireUser("/admin/users");
  if (!can(actor, "user.manage")) notFound();
  const list = readList(USER_LIST, await searchParams);
  const [t, page, choices] = await Promise.all([getTranslations("AdminUsers"), loadListPage(list, (page) => listUsers(actor, list.filter, page)), loadListChoices(USER_LIST, list, actor)]);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>
        <Link href="/admin/users/new" className="button">
          {t("newUser")}
        </Link>
      </p>

      <ListFilters list={USER_LIST} read={list} choices={choices} />
      <UserListTable users={page.data} />
      <Pager list={USER_LIST} read={list} nextCursor={page.page.nextCursor} />
    </>
  );
}
