import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listAgreementOptions } from "@/lib/domain/agreements/list-agreement-options";
import { DEFAULT_PAGE_SIZE, ZPageQuery } from "@/lib/platform/api/pagination";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can, roleMay } from "@/lib/platform/authz";
import { InstitutionKind } from "@/lib/platform/db/generated/enums";
import { listInstitutions } from "@/lib/domain/institutions/list-institutions";
import { listCountries } from "@/lib/domain/organisations/list-countries";
import { ZInstitutionFilter } from "@/lib/domain/agreements/schemas";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-field";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Institutions"))("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** A website's host name, a link text that tells one row's website from another's. */
function siteName(url: string) {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export default async function InstitutionsPage({ searchParams }: Props) {
  const params = await searchParams;
  const [viewer, t, tKind] = await Promise.all([getCurrentUser(), getTranslations("Institutions"), getTranslations("InstitutionKind")]);
  const raw = { agreement: first(params.agreement), country: first(params.country), kind: first(params.kind), q: first(params.q) };
  const parsed = ZInstitutionFilter.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const paging = ZPageQuery.safeParse({ limit: first(params.limit), cursor: first(params.cursor) });
  const [page, countries, agreements] = await Promise.all([
    listInstitutions(viewer, filter, paging.success && /^\d*$/.test(paging.data.cursor ?? "") ? paging.data : { limit: DEFAULT_PAGE_SIZE }),
    listCountries(),
    listAgreementOptions(),
  ]);
  // The first and next page links keep the filters and a page size given in the URL.
  const kept = { ...raw, limit: paging.success && params.limit ? String(paging.data.limit) : undefined };
  const query = new URLSearchParams(Object.entries(kept).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const next = new URLSearchParams(query);
  if (page.page.nextCursor) next.set("cursor", page.page.nextCursor);
  // A ministry adds its own country's contact point, for the agreement being looked at if any.
  const ownContactPoint = viewer && !roleMay(viewer.role, "institution.manage") && can(viewer, "contactPoint.manage") && viewer.countryCode;
  const contactPointPresets = new URLSearchParams({
    ...(parsed.success && parsed.data.agreement && { agreement: parsed.data.agreement }),
    kind: "CONTACT_POINT",
    country: viewer?.countryCode ?? "",
  });

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {can(viewer, "institution.manage") && (
        <p>
          <Link href="/institutions/new" className="button">
            {t("new")}
          </Link>
        </p>
      )}
      {ownContactPoint && (
        <p>
          <Link href={`/institutions/new?${contactPointPresets.toString()}`} className="button">
            {t("newContactPoint")}
          </Link>
        </p>
      )}

      <FilterForm
        label={t("filters")}
        clearHref="/institutions"
        applyLabel={t("apply")}
        clearLabel={t("clear")}
        problems={parsed.success ? undefined : t("invalidFilter", { problems: parsed.error.issues.map((issue) => issue.message).join(" ") })}
      >
        <FilterSelect
          form="institutions"
          name="agreement"
          label={t("filter.agreement")}
          value={raw.agreement}
          any={t("any")}
          options={agreements.map((agreement) => ({ value: agreement.id, label: agreement.shortName }))}
        />
        <FilterSelect
          form="institutions"
          name="country"
          label={t("filter.country")}
          value={raw.country}
          any={t("any")}
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
        />
        <FilterSelect
          form="institutions"
          name="kind"
          label={t("filter.kind")}
          value={raw.kind}
          any={t("any")}
          options={Object.values(InstitutionKind).map((kind) => ({ value: kind, label: tKind(kind) }))}
        />
        <FilterInput form="institutions" name="q" label={t("filter.q")} value={raw.q} />
      </FilterForm>

      {page.data.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("agreement")}</th>
              <th scope="col">{t("institution")}</th>
              <th scope="col">{t("serves")}</th>
              <th scope="col">{t("host")}</th>
              <th scope="col">{t("contact")}</th>
            </tr>
          </thead>
          <tbody>
            {page.data.map((institution) => (
              <tr key={institution.id}>
                <td>
                  <Link href={`/agreements/${institution.agreement.id}`}>{institution.agreement.shortName}</Link>
                </td>
                <td>
                  <Link href={`/institutions/${institution.id}`}>{institution.name}</Link>
                  <br />
                  <span className="muted">{tKind(institution.kind)}</span>
                </td>
                <td>{institution.country?.name ?? t("allParties")}</td>
                <td>{institution.hostOrganisation?.name ?? "—"}</td>
                <td>
                  {institution.contactName && <div>{institution.contactName}</div>}
                  {institution.contactEmail && (
                    <div>
                      <a href={`mailto:${institution.contactEmail}`}>{institution.contactEmail}</a>
                    </div>
                  )}
                  {institution.contactPhone && <div>{institution.contactPhone}</div>}
                  {institution.website && (
                    <div>
                      <a href={institution.website} rel="noopener noreferrer">
                        {siteName(institution.website)}
                      </a>
                    </div>
                  )}
                  {!institution.contactName && !institution.contactEmail && !institution.contactPhone && !institution.website && "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {paging.success && paging.data.cursor && <Link href={`/institutions?${query.toString()}`}>{t("first")}</Link>}{" "}
        {page.page.nextCursor && <Link href={`/institutions?${next.toString()}`}>{t("next")}</Link>}
      </p>
    </>
  );
}
