import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { LanguageTag, Localized } from "@/components/i18n/record-text";
import { Badge } from "@/components/ui/badge";
import { can, type Viewer } from "@/lib/platform/authz";
import { recordText } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import type { LoadedAgreement } from "./loaded-agreement";
import { calendarDate } from "@/lib/platform/format/dates";
import { ProgramLink } from "@/components/programs/program-link";

// The programs, plans and exchanges under the agreement: the first of each, with a link to all.

type Props = { agreement: LoadedAgreement };

/** Says how many of how many are shown, when not all are. */
async function Capped({ shown, total }: { shown: number; total: number }) {
  const t = await getTranslations("Agreement");
  return shown < total && <p className="muted">{t("showing", { shown, total })}</p>;
}

export async function AgreementPrograms({ agreement }: Props) {
  const [t, tType, tProgramStatus] = await Promise.all([getTranslations("Agreement"), getTranslations("ProgramType"), getTranslations("ProgramStatus")]);
  return (
    <>
      <h2>{t("programs")}</h2>
      {agreement.programs.total === 0 ? (
        <p>{t("noPrograms")}</p>
      ) : (
        <>
          <ul>
            {agreement.programs.data.map((program) => (
              <li key={program.id}>
                <ProgramLink program={program} /> <span className="muted">({program.identifier})</span> — {tType(program.type)}, {tProgramStatus(program.status)}
                {program.visibility === "DRAFT" && <> <Badge>{t("draft")}</Badge></>}
              </li>
            ))}
          </ul>
          <Capped shown={agreement.programs.data.length} total={agreement.programs.total} />
          <p>
            <Link href={`/programs?agreement=${agreement.id}`}>{t("allPrograms")}</Link>
          </p>
        </>
      )}
    </>
  );
}

export async function AgreementPlans({ agreement }: Props) {
  const [t, tPlanStatus, tPlanKind, locale] = await Promise.all([getTranslations("Agreement"), getTranslations("PlanStatus"), getTranslations("PlanKind"), requestLocale()]);
  return (
    <>
      <h2>{t("plans")}</h2>
      {agreement.plans.total === 0 ? (
        <p>{t("noPlans")}</p>
      ) : (
        <>
          <ul>
            {agreement.plans.data.map((plan) => {
              const title = recordText(plan, "title", plan.title, locale);
              return (
                <li key={plan.id}>
                  <Link href={`/plans/${plan.id}`}>
                    <Localized text={title} />
                  </Link>
                  <LanguageTag text={title} locale={locale} /> — {tPlanKind(plan.kind)}, {plan.country.name}, {tPlanStatus(plan.status)}
                </li>
              );
            })}
          </ul>
          <Capped shown={agreement.plans.data.length} total={agreement.plans.total} />
        </>
      )}
    </>
  );
}

export async function AgreementExchanges({ viewer, agreement }: Props & { viewer: Viewer }) {
  const [t, tExchange, format, locale] = await Promise.all([getTranslations("Agreement"), getTranslations("ExchangeKind"), getFormatter(), requestLocale()]);
  return (
    <>
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
            {agreement.exchanges.data.map((exchange) => {
              const title = recordText(exchange, "title", exchange.title, locale);
              return (
                <li key={exchange.id}>
                  {format.dateTime(exchange.date, calendarDate())}:{" "}
                  <Link href={`/exchanges/${exchange.id}`}>
                    <Localized text={title} />
                  </Link>
                  <LanguageTag text={title} locale={locale} /> — {tExchange(exchange.kind)}, {t("fromTo", { from: exchange.fromCountry.name, to: exchange.toCountry?.name ?? t("allParties") })}
                </li>
              );
            })}
          </ul>
          <Capped shown={agreement.exchanges.data.length} total={agreement.exchanges.total} />
        </>
      )}
    </>
  );
}
