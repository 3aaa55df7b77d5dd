import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { Badge } from "@/components/ui/badge";
import type { listUsers } from "@/lib/domain/users/list-users";
import { ListTable, type ListColumn } from "./list-table";

type User = Awaited<ReturnType<typeof listUsers>>["data"][number];

/** One page of the user list. */
export async function UserListTable({ users }: { users: User[] }) {
  const [t, tRole, format] = await Promise.all([getTranslations("AdminUsers"), getTranslations("Role"), getFormatter()]);
  const organisation = (user: User) => (
    <>
      {user.organisation.name}
      <br />
      <span className="muted">{user.organisation.country?.name ?? t("noCountry")}</span>
    </>
  );
  const columns: ListColumn<User>[] = [
    { label: t("name"), cell: (user) => <Link href={`/admin/users/${user.id}`}>{user.name}</Link> },
    { label: t("email"), cell: (user) => user.email },
    { label: t("role"), cell: (user) => tRole(user.role) },
    { label: t("organisation"), cell: organisation },
    { label: t("state"), cell: (user) => (user.disabled ? <Badge>{t("status.disabled")}</Badge> : t("status.active")) },
    { label: t("lastSignIn"), cell: (user) => (user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")) },
  ];
  return <ListTable rows={users} columns={columns} caption={t("caption")} none={t("none")} />;
}
