import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { partyNames } from "@/components/agreements/party-names";
import { Badge } from "@/components/ui/badge";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-field";
import { listAgreements } from "@/lib/domain/agreements/list-agreements";
import { readListQuery } from "@/lib/platform/api/list-query";
import { DEFAULT_PAGE_SIZE } from "@/lib/platform/api/pagination";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { AgreementKind, AgreementStatus } from "@/lib/platform/db/generated/enums";
import { listCountries } from "@/lib/domain/organisations/list-countries";
import { AGREEMENT_SORTS, ZAgreementFilter } from "@/lib/domain/agreements/schemas";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Agreements"))("title") };
}


export default async function AgreementsPage({ searchParams }: Props) {
  const params = await searchParams;
  const [viewer, t, tStatus, tKind, format, locale] = await Promise.all([
    getCurrentUser(),
    getTranslations("Agreements"),
    getTranslations("AgreementStatus"),
    getTranslations("AgreementKind"),
    getFormatter(),
    getLocale(),
  ]);
  // This list pages by offset: a cursor it did not give out starts again from the first page.
  const list = readListQuery(params, ["q", "party", "status", "kind", "sort"], ZAgreementFilter);
  const { filter, query } = list;

  const [page, countries] = await Promise.all([
    listAgreements(viewer, filter, list.page ?? { limit: DEFAULT_PAGE_SIZE }),
    listCountries(),
  ]);

  // Links to other pages carry the filters that apply, not the ones that were refused.
  if (list.page && list.limitAsked) query.set("limit", String(page.page.limit));
  const next = new URLSearchParams(query);
  if (page.page.nextCursor) next.set("cursor", page.page.nextCursor);
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "—");

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {can(viewer, "agreement.manage") && (
        <p>
          <Link href="/agreements/new" className="button">
            {t("new")}
          </Link>
        </p>
      )}

      <FilterForm
        label={t("filters")}
        clearHref="/agreements"
        applyLabel={t("apply")}
        clearLabel={t("clear")}
        problems={list.problems && t("invalidFilter", { problems: list.problems })}
      >
        <FilterInput form="agreements" name="q" label={t("filter.q")} value={filter.q} />
        <FilterSelect
          form="agreements"
          name="party"
          label={t("filter.party")}
          value={filter.party}
          any={t("any")}
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
        />
        <FilterSelect
          form="agreements"
          name="status"
          label={t("filter.status")}
          value={filter.status}
          any={t("any")}
          options={Object.values(AgreementStatus).map((status) => ({ value: status, label: tStatus(status) }))}
        />
        <FilterSelect
          form="agreements"
          name="kind"
          label={t("filter.kind")}
          value={filter.kind}
          any={t("any")}
          options={Object.values(AgreementKind).map((kind) => ({ value: kind, label: tKind(kind) }))}
        />
        <FilterSelect
          form="agreements"
          name="sort"
          label={t("filter.sort")}
          value={filter.sort}
          options={AGREEMENT_SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort.replace("-", "desc_")}`) }))}
        />
      </FilterForm>
      {!list.page && (
        <p role="alert" className="form-message form-message-error">
          {t("invalidPage")}
        </p>
      )}

      {page.data.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("agreement")}</th>
                <th scope="col">{t("shortName")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("parties")}</th>
                <th scope="col">{t("signed")}</th>
                <th scope="col">{t("inForce")}</th>
                <th scope="col">{t("provisions")}</th>
                <th scope="col">{t("programs")}</th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((agreement) => (
                <tr key={agreement.id}>
                  <td>
                    <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link>
                  </td>
                  <td>
                    <Badge>{agreement.shortName}</Badge>
                  </td>
                  <td>{tStatus(agreement.status)}</td>
                  <td>{tKind(agreement.kind)}</td>
                  <td>{partyNames(agreement.parties, locale)}</td>
                  <td>{date(agreement.signedOn)}</td>
                  <td>{date(agreement.inForceOn)}</td>
                  <td>{agreement.provisionCount}</td>
                  <td>{agreement.programCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pages")}>
        {list.page?.cursor && <Link href={`/agreements?${query.toString()}`}>{t("first")}</Link>}{" "}
        {page.page.nextCursor && <Link href={`/agreements?${next.toString()}`}>{t("next")}</Link>}
      </nav>
    </>
  );
}
