import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ExchangeDetail } from "@/lib/domain/exchanges/get-exchange";

/** The exchange's title, its kind and visibility, and the edit link for those who may change it. */
export async function ExchangeHeader({ exchange }: { exchange: ExchangeDetail }) {
  const [t, tKind] = await Promise.all([getTranslations("Exchange"), getTranslations("ExchangeKind")]);
  return (
    <>
      <p>
        <Link href="/exchanges">← {t("back")}</Link>
      </p>
      <h1>{exchange.title}</h1>
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
