import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { organisationLabel } from "@/components/ui/options";
import { DEFAULT_PAGE_SIZE, ZPageQuery } from "@/lib/platform/api/pagination";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { Role } from "@/lib/platform/db/generated/enums";
import { listOrganisationOptions } from "@/lib/domain/organisations/list-organisation-options";
import { listUsers } from "@/lib/domain/users/list-users";
import { ZUserFilter } from "@/lib/domain/users/schemas";
import { FilterForm } from "@/components/ui/filter-field";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminUsers"))("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function AdminUsersPage({ searchParams }: Props) {
  const actor = await requireUser("/admin/users");
  if (!can(actor, "user.manage")) notFound();
  const params = await searchParams;
  const [t, tRole, format] = await Promise.all([getTranslations("AdminUsers"), getTranslations("Role"), getFormatter()]);

  // The filters live in the query string, so that a filtered list can be bookmarked and shared.
  const raw = { q: first(params.q), role: first(params.role), organisation: first(params.organisation), status: first(params.status) };
  const parsed = ZUserFilter.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const paging = ZPageQuery.safeParse({ limit: first(params.limit), cursor: first(params.cursor) });
  const [page, organisations] = await Promise.all([
    listUsers(actor, filter, paging.success ? paging.data : { limit: DEFAULT_PAGE_SIZE }),
    listOrganisationOptions(actor),
  ]);

  const query = new URLSearchParams(Object.entries(raw).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const next = new URLSearchParams(query);
  if (page.page.nextCursor) next.set("cursor", page.page.nextCursor);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>
        <Link href="/admin/users/new" className="button">
          {t("newUser")}
        </Link>
      </p>

      <FilterForm
        label={t("filters")}
        clearHref="/admin/users"
        applyLabel={t("apply")}
        clearLabel={t("clear")}
        problems={parsed.success ? undefined : t("invalidFilter", { problems: parsed.error.issues.map((issue) => issue.message).join(" ") })}
      >
        <div className="field">
          <label htmlFor="users-q">{t("filter.q")}</label>
          <input id="users-q" name="q" type="search" defaultValue={raw.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="users-role">{t("filter.role")}</label>
          <select id="users-role" name="role" defaultValue={raw.role ?? ""}>
            <option value="">{t("anyRole")}</option>
            {Object.values(Role).map((role) => (
              <option key={role} value={role}>
                {tRole(role)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-organisation">{t("filter.organisation")}</label>
          <select id="users-organisation" name="organisation" defaultValue={raw.organisation ?? ""}>
            <option value="">{t("anyOrganisation")}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisationLabel(organisation)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-status">{t("filter.status")}</label>
          <select id="users-status" name="status" defaultValue={raw.status ?? ""}>
            <option value="">{t("anyStatus")}</option>
            <option value="active">{t("status.active")}</option>
            <option value="disabled">{t("status.disabled")}</option>
          </select>
        </div>
      </FilterForm>

      {page.data.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
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
            {page.data.map((user) => (
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
      )}
      <p>
        {paging.success && paging.data.cursor && <Link href={`/admin/users?${query.toString()}`}>{t("first")}</Link>}{" "}
        {page.page.nextCursor && <Link href={`/admin/users?${next.toString()}`}>{t("next")}</Link>}
      </p>
    </>
  );
}
