import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { currencyOptions, defaultCurrency } from "@/components/ui/currency-choice";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { RecordForm } from "@/components/ui/record-form";
import { requireUser } from "@/lib/platform/auth/session";
import { can } from "@/lib/platform/authz";
import { listCurrencies } from "@/lib/domain/funding/exchange-rates/list-currencies";
import { listExchangeRates } from "@/lib/domain/funding/exchange-rates/list-exchange-rates";
import { createExchangeRateAction, deleteExchangeRateAction } from "@/lib/domain/funding/actions";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ExchangeRates"))("title") };
}

export default async function ExchangeRatesPage() {
  const actor = await requireUser("/admin/exchange-rates");
  if (!can(actor, "exchangeRate.manage")) notFound();
  const [t, tChoice, format, rates, currencies] = await Promise.all([
    getTranslations("ExchangeRates"),
    getTranslations("Forms"),
    getFormatter(),
    listExchangeRates({ limit: 100 }).then((page) => page.data),
    listCurrencies(),
  ]);
  const options = currencyOptions(currencies);
  // A new rate starts on the pair of the latest one; the first one on a currency the administrator picks.
  const from = defaultCurrency(currencies, rates[0]?.currencyCode);
  const fromOptions = from ? options : [{ value: "", label: tChoice("chooseCurrency") }, ...options];
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {rates.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <TableScroll label={t("title")}>
          <table className="table">
            <caption className="visually-hidden">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("validOn")}</th>
                <th scope="col">{t("rate")}</th>
                <th scope="col">{t("source")}</th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((rate) => (
                <tr key={rate.id}>
                  <td>{format.dateTime(rate.validOn, { dateStyle: "long", timeZone: "UTC" })}</td>
                  <td>
                    1 {rate.currencyCode} = {rate.rate.toString()} {rate.quoteCurrencyCode}
                  </td>
                  <td>{rate.source || "—"}</td>
                  <td>
                    <InlineActionButton
                      action={deleteExchangeRateAction}
                      fields={{ id: rate.id }}
                      label={t("remove")}
                      accessibleName={t("removeNamed", { pair: `${rate.currencyCode}/${rate.quoteCurrencyCode}`, date: rate.validOn.toISOString().slice(0, 10) })}
                      pendingLabel={t("removing")}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2>{t("add")}</h2>
      <RecordForm
        formId="exchange-rate"
        action={createExchangeRateAction}
        hidden={{}}
        fields={[
          { name: "currencyCode", label: t("from"), kind: "select", required: true, options: fromOptions, defaultValue: from },
          { name: "quoteCurrencyCode", label: t("to"), kind: "select", required: true, options, defaultValue: defaultCurrency(currencies, rates[0]?.quoteCurrencyCode, "USD") },
          { name: "rate", label: t("rateLabel"), kind: "number", required: true, hint: t("rateHint") },
          { name: "validOn", label: t("validOn"), kind: "date", required: true },
          { name: "source", label: t("source"), kind: "text", hint: t("sourceHint") },
        ]}
        label={t("add")}
        submitLabel={t("add")}
        pendingLabel={t("saving")}
      />
    </>
  );
}
