import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { partyNames } from "@/components/agreements/party-names";
import { BalanceChart } from "@/components/participation/balance-chart";
import { Badge } from "@/components/ui/badge";
import { getAgreement } from "@/lib/agreements/get-agreement";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { LabourTopic, ProvisionCategory } from "@/lib/db/generated/enums";
import { socialDialogueBalance } from "@/lib/events/social-dialogue";
import { formatMoney } from "@/lib/format/numbers";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const loadAgreement = cache(async (id: string) => getAgreement(await getCurrentUser(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const agreement = await loadAgreement((await params).id);
  return { title: agreement?.shortName };
}

export default async function AgreementPage({ params }: Props) {
  const agreement = await loadAgreement((await params).id);
  if (!agreement) notFound();

  const [viewer, balance, t, tStatus, tKind, tCategory, tTopic, tInstitution, tType, tProgramStatus, tPlanStatus, tPlanKind, tExchange, format, locale] =
    await Promise.all([
      getCurrentUser(),
      getCurrentUser().then((viewer) => socialDialogueBalance(viewer, { agreementId: agreement.id })),
      getTranslations("Agreement"),
      getTranslations("AgreementStatus"),
      getTranslations("AgreementKind"),
      getTranslations("ProvisionCategory"),
      getTranslations("LabourTopic"),
      getTranslations("InstitutionKind"),
      getTranslations("ProgramType"),
      getTranslations("ProgramStatus"),
      getTranslations("PlanStatus"),
      getTranslations("PlanKind"),
      getTranslations("ExchangeKind"),
      getFormatter(),
      getLocale(),
    ]);
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long" }) : t("notYet"));
  const money = ({ amount, currency }: { amount: string; currency: string }) => formatMoney(amount, currency, locale);
  const mayWriteProvisions = can(viewer, "provision.manage", { countries: agreement.parties.map((party) => party.code) });
  // The labour chapter by category, then topic, in the order the enums declare them; articles in
  // their natural order (Art. 2 before Art. 10).
  const byArticle = [...agreement.provisions].sort((a, b) => a.article.localeCompare(b.article, locale, { numeric: true }));
  const categories = Object.values(ProvisionCategory)
    .map((category) => ({
      category,
      topics: Object.values(LabourTopic)
        .map((topic) => ({ topic, provisions: byArticle.filter((provision) => provision.category === category && provision.topic === topic) }))
        .filter((group) => group.provisions.length > 0),
    }))
    .filter((group) => group.topics.length > 0);
  const capped = (shown: number, total: number) => shown < total && <p className="muted">{t("showing", { shown, total })}</p>;

  return (
    <>
      <p>
        <Link href="/agreements">← {t("back")}</Link>
      </p>
      <h1>{agreement.title}</h1>
      <p>
        <Badge>{agreement.shortName}</Badge> <Badge>{tStatus(agreement.status)}</Badge> <Badge>{tKind(agreement.kind)}</Badge>
      </p>
      {can(viewer, "agreement.manage") && (
        <p>
          <Link href={`/agreements/${agreement.id}/edit`} className="button button-secondary">
            {t("edit")}
          </Link>
        </p>
      )}
      {agreement.summary && <p className="lead multiline">{agreement.summary}</p>}
      <dl className="facts">
        <dt>{t("parties")}</dt>
        <dd>{partyNames(agreement.parties, locale)}</dd>
        <dt>{t("signed")}</dt>
        <dd>{date(agreement.signedOn)}</dd>
        <dt>{t("inForce")}</dt>
        <dd>{date(agreement.inForceOn)}</dd>
      </dl>
      {agreement.website && (
        <p>
          <a href={agreement.website} rel="noopener noreferrer">
            {t("website")}
          </a>
        </p>
      )}

      <h2>{t("provisions")}</h2>
      {mayWriteProvisions && (
        <p>
          <Link href={`/agreements/${agreement.id}/provisions/new`}>{t("addProvision")}</Link>
        </p>
      )}
      {categories.length === 0 && <p>{t("noProvisions")}</p>}
      {categories.map(({ category, topics }) => (
        <section key={category} aria-labelledby={`category-${category}`}>
          <h3 id={`category-${category}`}>{tCategory(category)}</h3>
          {topics.map(({ topic, provisions }) => (
            <section key={topic} aria-label={`${tCategory(category)}: ${tTopic(topic)}`}>
              <h4>{tTopic(topic)}</h4>
              {provisions.map((provision) => (
                <div key={provision.id} id={`provision-${provision.id}`} className="provision">
                  <h5>
                    {provision.article} — {provision.title}
                  </h5>
                  <p className="multiline">{provision.text}</p>
                  {mayWriteProvisions && <Link href={`/provisions/${provision.id}/edit`}>{t("editProvision", { article: provision.article })}</Link>}
                </div>
              ))}
            </section>
          ))}
        </section>
      ))}

      <h2>{t("institutions")}</h2>
      <p>
        <Link href={`/institutions?agreement=${agreement.id}`}>{t("whomToContact")}</Link>
      </p>
      {agreement.institutions.length === 0 ? (
        <p>{t("noInstitutions")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("institutions")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("institution")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("country")}</th>
                <th scope="col">{t("host")}</th>
                <th scope="col">{t("contact")}</th>
                <th scope="col">{t("meetings")}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.institutions.map((institution) => (
                <tr key={institution.id}>
                  <td>
                    <Link href={`/institutions/${institution.id}`}>{institution.name}</Link>
                  </td>
                  <td>{tInstitution(institution.kind)}</td>
                  <td>{institution.country?.name ?? t("allParties")}</td>
                  <td>{institution.hostOrganisation?.name ?? "—"}</td>
                  <td>
                    {institution.contactName ?? ""}
                    {institution.contactEmail && (
                      <>
                        {institution.contactName && <br />}
                        <a href={`mailto:${institution.contactEmail}`}>{institution.contactEmail}</a>
                      </>
                    )}
                    {!institution.contactName && !institution.contactEmail && "—"}
                  </td>
                  <td>{institution._count.meetings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t("programs")}</h2>
      {agreement.programs.total === 0 ? (
        <p>{t("noPrograms")}</p>
      ) : (
        <>
          <ul>
            {agreement.programs.data.map((program) => (
              <li key={program.id}>
                <Link href={`/programs/${program.id}`}>{program.title}</Link> <span className="muted">({program.identifier})</span> — {tType(program.type)}, {tProgramStatus(program.status)}
                {program.visibility === "DRAFT" && <> <Badge>{t("draft")}</Badge></>}
              </li>
            ))}
          </ul>
          {capped(agreement.programs.data.length, agreement.programs.total)}
          <p>
            <Link href={`/programs?agreement=${agreement.id}`}>{t("allPrograms")}</Link>
          </p>
        </>
      )}

      <h2>{t("funding")}</h2>
      {agreement.funding.length === 0 ? (
        <p>{t("noFunding")}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption>{t("fundingCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("programType")}</th>
                <th scope="col">{t("programCount")}</th>
                <th scope="col">{t("currency")}</th>
                <th scope="col">{t("committed")}</th>
                <th scope="col">{t("disbursed")}</th>
                <th scope="col">{t("spent")}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.funding.flatMap((row) =>
                (row.currencies.length ? row.currencies : [null]).map((currency, index) => (
                  <tr key={`${row.programType}-${currency?.currency ?? "none"}`}>
                    {index === 0 && (
                      <>
                        <th scope="row" rowSpan={Math.max(row.currencies.length, 1)}>
                          {tType(row.programType)}
                        </th>
                        <td rowSpan={Math.max(row.currencies.length, 1)}>{row.programs}</td>
                      </>
                    )}
                    {currency ? (
                      <>
                        <td>{currency.currency}</td>
                        <td>{money(currency.committed)}</td>
                        <td>{money(currency.disbursed)}</td>
                        <td>{money(currency.spent)}</td>
                      </>
                    ) : (
                      <td colSpan={4}>{t("noTransactions")}</td>
                    )}
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}

      <BalanceChart balance={balance} headingId="balance-title" title={t("balanceTitle")} />

      <h2>{t("plans")}</h2>
      {agreement.plans.total === 0 ? (
        <p>{t("noPlans")}</p>
      ) : (
        <>
          <ul>
            {agreement.plans.data.map((plan) => (
              <li key={plan.id}>
                <Link href={`/plans/${plan.id}`}>{plan.title}</Link> — {tPlanKind(plan.kind)}, {plan.country.name}, {tPlanStatus(plan.status)}
              </li>
            ))}
          </ul>
          {capped(agreement.plans.data.length, agreement.plans.total)}
        </>
      )}

      <h2>{t("exchanges")}</h2>
      <p>
        <Link href={`/exchanges?agreementId=${agreement.id}`}>{t("allExchanges")}</Link>
        {can(viewer, "exchange.log", { countries: agreement.parties.map((party) => party.code) }) && (
          <>
            {" · "}
            <Link href={`/exchanges/new?agreement=${agreement.id}`}>{t("logExchange")}</Link>
          </>
        )}
      </p>
      {agreement.exchanges.total === 0 ? (
        <p>{t("noExchanges")}</p>
      ) : (
        <>
          <ul>
            {agreement.exchanges.data.map((exchange) => (
              <li key={exchange.id}>
                {format.dateTime(exchange.date, { dateStyle: "medium" })}: <Link href={`/exchanges/${exchange.id}`}>{exchange.title}</Link> — {tExchange(exchange.kind)},{" "}
                {t("fromTo", { from: exchange.fromCountry.name, to: exchange.toCountry?.name ?? t("allParties") })}
              </li>
            ))}
          </ul>
          {capped(agreement.exchanges.data.length, agreement.exchanges.total)}
        </>
      )}
    </>
  );
}
