import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/exports/export-links";
import { Badge } from "@/components/ui/badge";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-field";
import { listAgreementOptions } from "@/lib/domain/agreements/list-agreement-options";
import { readListQuery } from "@/lib/platform/api/list-query";
import { DEFAULT_PAGE_SIZE } from "@/lib/platform/api/pagination";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { LabourTopic, ProgramStatus, ProgramType } from "@/lib/platform/db/generated/enums";
import { listBeneficiaryCountries } from "@/lib/domain/programs/list-beneficiary-countries";
import { listPrograms } from "@/lib/domain/programs/list-programs";
import { listParticipatingOrganisations } from "@/lib/domain/programs/list-participating-organisations";
import { programHealth } from "@/lib/domain/monitoring/program-health";
import { HEALTH_FILTERS, HEALTH_FLAGS, PROGRAM_SORTS, ZProgramFilter } from "@/lib/domain/programs/schemas";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Programs"))("title") };
}

const FILTERS = ["q", "agreement", "type", "status", "country", "topic", "organisation", "year", "visibility", "health", "sort"] as const;

export default async function ProgramsPage({ searchParams }: Props) {
  const params = await searchParams;
  const [viewer, t, tIati, tType, tStatus, tTopic, tHealth, format] = await Promise.all([
    getCurrentUser(),
    getTranslations("Programs"),
    getTranslations("Iati"),
    getTranslations("ProgramType"),
    getTranslations("ProgramStatus"),
    getTranslations("LabourTopic"),
    getTranslations("Health"),
    getFormatter(),
  ]);
  const list = readListQuery(params, FILTERS, ZProgramFilter);
  const { filter, query } = list;
  const [page, agreements, countries, organisations] = await Promise.all([
    listPrograms(viewer, filter, list.page ?? { limit: DEFAULT_PAGE_SIZE }),
    listAgreementOptions(),
    listBeneficiaryCountries(filter.country),
    listParticipatingOrganisations(),
  ]);

  const health = await programHealth(page.data.map((program) => program.id));

  // Links carry the filters that apply, never the ones that were refused.
  if (list.page && list.limitAsked) query.set("limit", String(page.page.limit));
  const next = new URLSearchParams(query);
  if (page.page.nextCursor) next.set("cursor", page.page.nextCursor);
  const exportQuery = new URLSearchParams(query);
  exportQuery.delete("limit");
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "—");
  const offset = Number(list.page?.cursor ?? 0);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {can(viewer, "program.create") && (
        <p>
          <Link href="/programs/new" className="button">
            {t("new")}
          </Link>{" "}
          <Link href="/iati/import">{tIati("importLink")}</Link>
        </p>
      )}

      <FilterForm
        label={t("filters")}
        clearHref="/programs"
        applyLabel={t("apply")}
        clearLabel={t("clear")}
        search
        problems={list.problems && t("invalidFilter", { problems: list.problems })}
      >
        <FilterInput form="programs" name="q" label={t("filter.q")} value={filter.q} />
        <FilterSelect
          form="programs"
          name="agreement"
          label={t("filter.agreement")}
          value={filter.agreement}
          any={t("any")}
          options={agreements.map((agreement) => ({ value: agreement.id, label: agreement.shortName }))}
        />
        <FilterSelect
          form="programs"
          name="type"
          label={t("filter.type")}
          value={filter.type}
          any={t("any")}
          options={Object.values(ProgramType).map((type) => ({ value: type, label: tType(type) }))}
        />
        <FilterSelect
          form="programs"
          name="status"
          label={t("filter.status")}
          value={filter.status}
          any={t("any")}
          options={Object.values(ProgramStatus).map((status) => ({ value: status, label: tStatus(status) }))}
        />
        <FilterSelect
          form="programs"
          name="country"
          label={t("filter.country")}
          value={filter.country}
          any={t("any")}
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
        />
        <FilterSelect
          form="programs"
          name="topic"
          label={t("filter.topic")}
          value={filter.topic}
          any={t("any")}
          options={Object.values(LabourTopic).map((topic) => ({ value: topic, label: tTopic(topic) }))}
        />
        <FilterSelect
          form="programs"
          name="organisation"
          label={t("filter.organisation")}
          value={filter.organisation}
          any={t("any")}
          options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
        />
        <FilterInput form="programs" name="year" type="number" min={1950} max={2100} label={t("filter.year")} value={filter.year} />
        {viewer && (
          <FilterSelect
            form="programs"
            name="visibility"
            label={t("filter.visibility")}
            value={filter.visibility}
            any={t("any")}
            options={[
              { value: "DRAFT", label: t("draft") },
              { value: "PUBLISHED", label: t("published") },
            ]}
          />
        )}
        <FilterSelect
          form="programs"
          name="health"
          label={t("filter.health")}
          value={filter.health}
          any={t("any")}
          options={HEALTH_FILTERS.map((flag) => ({ value: flag, label: tHealth(flag) }))}
        />
        <FilterSelect form="programs" name="sort" label={t("filter.sort")} value={filter.sort} options={PROGRAM_SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))} />
      </FilterForm>
      <p>
        <Link href="/programs?health=moneyWithoutMonitoring">{t("healthLink")}</Link>
      </p>
      {!list.page && (
        <p role="alert" className="form-message form-message-error">
          {t("invalidPage")}
        </p>
      )}

      <p role="status">
        {page.total === null ? t("noMore") : page.totalCapped ? t("countCapped", { total: page.total }) : t("count", { total: page.total })}{" "}
        <a href={`/api/v1/programs.csv?${exportQuery.toString()}`} download>
          {t("exportCsv")}
        </a>{" "}
        ·{" "}
        <a href={`/api/v1/iati/activities.xml?${exportQuery.toString()}`} download>
          {tIati("exportList")}
        </a>
      </p>
      {page.data.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("program")}</th>
                <th scope="col">{t("agreement")}</th>
                <th scope="col">{t("type")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("countries")}</th>
                <th scope="col">{t("start")}</th>
                <th scope="col">{t("end")}</th>
                <th scope="col">{t("health")}</th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((program) => (
                <tr key={program.id}>
                  <td>
                    <Link href={`/programs/${program.id}`}>{program.title}</Link>
                    <br />
                    <span className="muted">{program.identifier}</span> {program.visibility === "DRAFT" && <Badge>{t("draft")}</Badge>}
                  </td>
                  <td>{program.agreement.shortName}</td>
                  <td>{tType(program.type)}</td>
                  <td>{tStatus(program.status)}</td>
                  <td>{program.beneficiaries.map((beneficiary) => beneficiary.countryCode).join(", ") || "—"}</td>
                  <td>{date(program.actualStart ?? program.plannedStart)}</td>
                  <td>{date(program.actualEnd ?? program.plannedEnd)}</td>
                  <td>
                    {HEALTH_FLAGS.filter((flag) => health.get(program.id)?.[flag]).map((flag) => (
                      <Badge key={flag}>{tHealth(flag)}</Badge>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pages")}>
        {offset > 0 && <Link href={`/programs?${query.toString()}`}>{t("first")}</Link>}{" "}
        {page.page.nextCursor && <Link href={`/programs?${next.toString()}`}>{t("next")}</Link>}
      </nav>
      <ExportLinks datasets={["programs", "transactions", "indicators", "events"]} query={exportQuery.toString()} />
    </>
  );
}
