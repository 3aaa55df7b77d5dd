import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DEFAULT_PAGE_SIZE, ZPageQuery } from "@/lib/platform/api/pagination";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { OrganisationKind } from "@/lib/platform/db/generated/enums";
import { listCountries } from "@/lib/domain/organisations/list-countries";
import { listOrganisations } from "@/lib/domain/organisations/list-organisations";
import { ZOrganisationFilter } from "@/lib/domain/organisations/schemas";
import { FilterForm } from "@/components/ui/filter-field";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminOrganisations"))("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export default async function AdminOrganisationsPage({ searchParams }: Props) {
  const actor = await requireUser("/admin/organisations");
  if (!can(actor, "organisation.manage")) notFound();
  const params = await searchParams;
  const [t, tKind] = await Promise.all([getTranslations("AdminOrganisations"), getTranslations("OrganisationKind")]);

  const raw = { q: first(params.q), kind: first(params.kind), country: first(params.country) };
  const parsed = ZOrganisationFilter.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const paging = ZPageQuery.safeParse({ limit: first(params.limit), cursor: first(params.cursor) });
  const [page, countries] = await Promise.all([
    listOrganisations(actor, filter, paging.success ? paging.data : { limit: DEFAULT_PAGE_SIZE }),
    listCountries(),
  ]);

  const query = new URLSearchParams(Object.entries(raw).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const next = new URLSearchParams(query);
  if (page.page.nextCursor) next.set("cursor", page.page.nextCursor);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>
        <Link href="/admin/organisations/new" className="button">
          {t("newOrganisation")}
        </Link>
      </p>

      <FilterForm
        label={t("filters")}
        clearHref="/admin/organisations"
        applyLabel={t("apply")}
        clearLabel={t("clear")}
        problems={parsed.success ? undefined : t("invalidFilter", { problems: parsed.error.issues.map((issue) => issue.message).join(" ") })}
      >
        <div className="field">
          <label htmlFor="organisations-q">{t("filter.q")}</label>
          <input id="organisations-q" name="q" type="search" defaultValue={raw.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="organisations-kind">{t("filter.kind")}</label>
          <select id="organisations-kind" name="kind" defaultValue={raw.kind ?? ""}>
            <option value="">{t("anyKind")}</option>
            {Object.values(OrganisationKind).map((kind) => (
              <option key={kind} value={kind}>
                {tKind(kind)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="organisations-country">{t("filter.country")}</label>
          <select id="organisations-country" name="country" defaultValue={raw.country ?? ""}>
            <option value="">{t("anyCountry")}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
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
              <th scope="col">{t("acronym")}</th>
              <th scope="col">{t("kind")}</th>
              <th scope="col">{t("country")}</th>
              <th scope="col">{t("iatiIdentifier")}</th>
              <th scope="col">{t("users")}</th>
            </tr>
          </thead>
          <tbody>
            {page.data.map((organisation) => (
              <tr key={organisation.id}>
                <td>
                  <Link href={`/admin/organisations/${organisation.id}`}>{organisation.name}</Link>
                </td>
                <td>{organisation.acronym ?? "—"}</td>
                <td>{tKind(organisation.kind)}</td>
                <td>{organisation.country?.name ?? "—"}</td>
                <td>{organisation.iatiIdentifier ? <code>{organisation.iatiIdentifier}</code> : "—"}</td>
                <td>
                  {organisation._count.users > 0 ? (
                    <Link href={`/admin/users?organisation=${encodeURIComponent(organisation.id)}`}>{organisation._count.users}</Link>
                  ) : (
                    0
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {paging.success && paging.data.cursor && <Link href={`/admin/organisations?${query.toString()}`}>{t("first")}</Link>}{" "}
        {page.page.nextCursor && <Link href={`/admin/organisations?${next.toString()}`}>{t("next")}</Link>}
      </p>
    </>
  );
}
