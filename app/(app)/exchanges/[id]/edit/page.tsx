import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/lib/platform/i18n/server";
import { ExchangeForm } from "@/components/exchanges/exchange-form";
import { requireUser } from "@/lib/platform/auth/session";
import { listExchangeChoices } from "@/lib/domain/exchanges/exchange-choices";
import { findExchange } from "@/lib/domain/exchanges/get-exchange";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ExchangeForm"))("editTitle") };
}

export default async function EditExchangePage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/exchanges/${encodeURIComponent(id)}/edit`);
  const exchange = await findExchange(actor, id);
  // The server checks again on saving. Not found outside what the reader may see; seen but not
  // theirs to change, a refusal that says who can (403).
  if (!exchange) notFound();
  if (!exchange.mayChange) forbidden();
  const [choices, t] = await Promise.all([listExchangeChoices(actor), getTranslations("ExchangeForm")]);
  return (
    <>
      <p>
        <Link href={`/exchanges/${exchange.id}`}>← {t("backTo", { title: exchange.title })}</Link>
      </p>
      <h1>{t("editTitle")}</h1>
      <p className="muted">{t("versionNote", { version: exchange.version })}</p>
      <ExchangeForm
        choices={choices}
        ownCountry={actor.role === "GOVERNMENT" ? actor.countryCode : null}
        exchange={{
          id: exchange.id,
          agreementId: exchange.agreement.id,
          fromCountryCode: exchange.fromCountry.code,
          toCountryCode: exchange.toCountry?.code ?? "",
          kind: exchange.kind,
          date: exchange.date.toISOString().slice(0, 10),
          title: exchange.title,
          summary: exchange.summary,
          link: exchange.link ?? "",
          isPublic: exchange.isPublic,
          provisionIds: exchange.provisions.map((provision) => provision.id),
          languages: { language: exchange.language, translations: exchange.translations },
          version: exchange.version,
        }}
      />
    </>
  );
}
