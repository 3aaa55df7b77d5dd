import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { Localized, UntranslatedNote } from "@/components/i18n/record-text";
import { Badge } from "@/components/ui/badge";
import { recordText } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import type { ExchangeDetail } from "@/lib/domain/exchanges/get-exchange";

/** The exchange's title, its kind and visibility, and the edit link for those who may change it. */
export async function ExchangeHeader({ exchange }: { exchange: ExchangeDetail }) {
  const [t, tKind, locale] = await Promise.all([getTranslations("Exchange"), getTranslations("ExchangeKind"), requestLocale()]);
  const title = recordText(exchange, "title", exchange.title, locale);
  return (
    <>
      <p>
        <Link href="/exchanges">← {t("back")}</Link>
      </p>
      <h1>
        <Localized text={title} />
      </h1>
      <UntranslatedNote text={title} locale={locale} />
      <p>
        <Badge>{tKind(exchange.kind)}</Badge> <Badge>{exchange.isPublic ? t("public") : t("restricted")}</Badge>
      </p>
      {exchange.mayChange && (
        <p>
          <Link href={`/exchanges/${exchange.id}/edit`} className="button button-secondary">
            {t("edit")}
          </Link>
        </p>
      )}
    </>
  );
}
