import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { ExchangeForm } from "@/components/exchanges/exchange-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { listExchangeChoices } from "@/lib/domain/exchanges/exchange-choices";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ExchangeForm"))("newTitle") };
}

export default async function NewExchangePage({ searchParams }: Props) {
  const actor = await requireUser("/exchanges/new");
  if (!can(actor, "exchange.log")) notFound();
  const [choices, t, params] = await Promise.all([listExchangeChoices(actor), getTranslations("ExchangeForm"), searchParams]);
  // `?agreement=` preselects an agreement, e.g. from the agreement's page; an unknown one is ignored.
  const requested = typeof params.agreement === "string" ? params.agreement : undefined;
  const initialAgreementId = choices.some((choice) => choice.value === requested) ? requested : undefined;
  return (
    <>
      <p>
        <Link href="/exchanges">← {t("backToList")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      {choices.length === 0 ? (
        <p>{t("noAgreements")}</p>
      ) : (
        <ExchangeForm choices={choices} ownCountry={actor.role === "GOVERNMENT" ? actor.countryCode : null} initialAgreementId={initialAgreementId} />
      )}
    </>
  );
}
