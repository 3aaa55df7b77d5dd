import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { SearchForm } from "@/components/dashboard/search-form";
import { ProgramLink } from "@/components/programs/program-link";
import { listAgreements } from "@/lib/domain/agreements/list-agreements";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { listExchanges } from "@/lib/domain/exchanges/list-exchanges";
import { listPrograms } from "@/lib/domain/programs/list-programs";
import { listSubmissions } from "@/lib/domain/submissions/list-submissions";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Search"))("title") };
}

const RESULTS = 10;

/**
 * One search across the published (or, signed in, readable) programs, the agreements, the
 * information exchanges and the public submissions (their titles and summaries, never their
 * submitters' names).
 */
export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? "";
  const [viewer, t, tPortal] = await Promise.all([getCurrentUser(), getTranslations("Search"), getTranslations("Portal")]);
  const [programs, agreements, exchanges, submissions] = q
    ? await Promise.all([
        listPrograms(viewer, { q, sort: "relevance" }, { limit: RESULTS }),
        listAgreements(viewer, { q, sort: "title" }, { limit: RESULTS }),
        listExchanges(viewer, { q, sort: "-date" }, { limit: RESULTS }),
        listSubmissions(viewer, { q, sort: "-filed" }, { limit: RESULTS }),
      ])
    : [null, null, null, null];
  const encoded = encodeURIComponent(q);
  return (
    <>
      <h1>{q ? t("results", { q }) : t("title")}</h1>
      <SearchForm label={tPortal("searchLabel")} submit={tPortal("search")} value={q} />
      {!q && <p>{t("empty")}</p>}
      {programs && (
        <section aria-labelledby="programs-title">
          <h2 id="programs-title">{t("programs")}</h2>
          {programs.data.length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <ul>
              {programs.data.map((program) => (
                <li key={program.id}>
                  <ProgramLink program={program} /> <span className="muted">{program.identifier}</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href={`/programs?q=${encoded}&sort=relevance`}>{t("more", { what: t("programs").toLowerCase() })}</Link>
          </p>
        </section>
      )}
      {agreements && (
        <section aria-labelledby="agreements-title">
          <h2 id="agreements-title">{t("agreements")}</h2>
          {agreements.data.length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <ul>
              {agreements.data.map((agreement) => (
                <li key={agreement.id}>
                  <Link href={`/agreements/${agreement.id}`}>{agreement.shortName}</Link> — {agreement.title}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {exchanges && (
        <section aria-labelledby="exchanges-title">
          <h2 id="exchanges-title">{t("exchanges")}</h2>
          {exchanges.data.length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <ul>
              {exchanges.data.map((exchange) => (
                <li key={exchange.id}>
                  <Link href={`/exchanges/${exchange.id}`}>{exchange.title}</Link> <span className="muted">({exchange.agreement.shortName})</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href={`/exchanges?q=${encoded}`}>{t("more", { what: t("exchanges").toLowerCase() })}</Link>
          </p>
        </section>
      )}
      {submissions && (
        <section aria-labelledby="submissions-title">
          <h2 id="submissions-title">{t("submissions")}</h2>
          {submissions.data.length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <ul>
              {submissions.data.map((submission) => (
                <li key={submission.id}>
                  <Link href={`/submissions/${submission.id}`}>{submission.title}</Link> <span className="muted">({submission.agreement.shortName})</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href={`/submissions?q=${encoded}`}>{t("more", { what: t("submissions").toLowerCase() })}</Link>
          </p>
        </section>
      )}
    </>
  );
}
