import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { listUsers } from "@/lib/domain/users/list-users";

/** One page of the user list. */
export async function UserListTable({ users }: { users: Awaited<ReturnType<typeof listUsers>>["data"] }) {
  const [t, tRole, format] = await Promise.all([getTranslations("AdminUsers"), getTranslations("Role"), getFormatter()]);
  if (users.length === 0) return <p>{t("none")}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("name")}</th>
          <th scope="col">{t("email")}</th>
          <th scope="col">{t("role")}</th>
          <th scope="col">{t("organisation")}</th>
          <th scope="col">{t("state")}</th>
          <th scope="col">{t("lastSignIn")}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <td>
              <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
            </td>
            <td>{user.email}</td>
            <td>{tRole(user.role)}</td>
            <td>
              {user.organisation.name}
              <br />
              <span className="muted">{user.organisation.country?.name ?? t("noCountry")}</span>
            </td>
            <td>{user.disabled ? <Badge>{t("status.disabled")}</Badge> : t("status.active")}</td>
            <td>{user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
