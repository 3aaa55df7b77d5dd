import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { SearchForm } from "@/components/dashboard/search-form";
import { ProgramLink } from "@/components/programs/program-link";
import { listPublicAgreements } from "@/lib/domain/agreements/list-public-agreements";
import { getPortal } from "@/lib/domain/dashboard/portal";
import { formatPercent } from "@/lib/platform/format/numbers";

export const dynamic = "force-dynamic";

/** The public portal: key figures, a search of the register, the latest published programs and the agreements. */
export default async function HomePage() {
  const [t, tApp, tPortal, tType, format, locale, agreements, portal] = await Promise.all([
    getTranslations("Home"),
    getTranslations("App"),
    getTranslations("Portal"),
    getTranslations("ProgramType"),
    getFormatter(),
    getLocale(),
    listPublicAgreements(),
    getPortal(),
  ]);
  const share = formatPercent(portal.civilSociety.involved, portal.civilSociety.total, locale, 0);
  return (
    <>
      <h1>{tPortal("title")}</h1>
      <p className="lead">{tApp("tagline")}</p>

      <ul className="figures" aria-label={tPortal("keyFigures")}>
        <li className="card">
          <span className="figure-value">{format.number(portal.programs)}</span>
          <Link href="/programs">{tPortal("programs")}</Link>
        </li>
        <li className="card">
          <span className="figure-value">{format.number(portal.agreements)}</span>
          <Link href="/agreements">{tPortal("agreements")}</Link>
        </li>
        <li className="card">
          <span className="figure-value">{format.number(portal.exchanges)}</span>
          <Link href="/exchanges">{tPortal("exchanges")}</Link>
        </li>
        <li className="card">
          <span className="figure-value">{share}</span>
          <Link href="/dashboard">{tPortal("civilSociety")}</Link>
        </li>
      </ul>
      <p>
        <Link href="/dashboard">{tPortal("dashboard")}</Link> · <Link href="/evidence">{tPortal("evidence")}</Link>
      </p>

      <section aria-labelledby="search-title">
        <h2 id="search-title">{tPortal("searchTitle")}</h2>
        <SearchForm label={tPortal("searchLabel")} submit={tPortal("search")} />
      </section>

      <section aria-labelledby="recent-title">
        <h2 id="recent-title">{tPortal("recentTitle")}</h2>
        {portal.latest.length === 0 ? (
          <p>{tPortal("noRecent")}</p>
        ) : (
          <ul>
            {portal.latest.map((program) => (
              <li key={program.id}>
                <ProgramLink program={program} />{" "}
                <span className="muted">
                  ({program.agreement.shortName}, {tType(program.type)}
                  {program.publishedAt && `, ${format.dateTime(program.publishedAt, { dateStyle: "medium" })}`})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <h2>{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      {agreements.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="card-list" aria-label={t("title")}>
          {agreements.map((agreement) => (
            <li key={agreement.id}>
              <AgreementCard agreement={agreement} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
