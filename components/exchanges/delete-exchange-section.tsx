import { getTranslations } from "@/lib/platform/i18n/server";
import { ConfirmDeleteForm } from "@/components/ui/confirm-delete-form";
import { deleteExchangeAction } from "@/lib/domain/exchanges/actions";
import type { ExchangeDetail } from "@/lib/domain/exchanges/get-exchange";

/** Deleting the exchange, confirmed, for those who may change it. */
export async function DeleteExchangeSection({ exchange }: { exchange: Pick<ExchangeDetail, "id" | "version"> }) {
  const t = await getTranslations("Exchange");
  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">{t("deleteTitle")}</h2>
      <p>{t("deleteHint")}</p>
      <ConfirmDeleteForm action={deleteExchangeAction} id={exchange.id} version={exchange.version} labels={{ form: t("deleteTitle"), confirm: t("deleteConfirm"), submit: t("delete"), pending: t("deleting") }} />
    </section>
  );
}
