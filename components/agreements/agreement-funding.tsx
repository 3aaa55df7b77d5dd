import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { formatMoney } from "@/lib/platform/format/numbers";
import type { LoadedAgreement } from "./loaded-agreement";
import { TableScroll } from "@/components/ui/table-scroll";

/** The money committed, disbursed and spent under the agreement, by program type and currency. */
export async function AgreementFunding({ agreement }: { agreement: LoadedAgreement }) {
  const [t, tType, locale] = await Promise.all([getTranslations("Agreement"), getTranslations("ProgramType"), getLocale()]);
  const money = ({ amount, currency }: { amount: string; currency: string }) => formatMoney(amount, currency, locale);
  return (
    <>
      <h2>{t("funding")}</h2>
      {agreement.funding.length === 0 ? (
        <p>{t("noFunding")}</p>
      ) : (
        <TableScroll label={t("fundingCaption")}>
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
        </TableScroll>
      )}
    </>
  );
}
