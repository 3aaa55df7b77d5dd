import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { PublicAgreementSummary } from "@/lib/domain/agreements/list-public-agreements";
import { calendarDate } from "@/lib/platform/format/dates";

export async function AgreementCard({ agreement }: { agreement: PublicAgreementSummary }) {
  const t = await getTranslations("Home");
  const tStatus = await getTranslations("AgreementStatus");
  const format = await getFormatter();
  const date = agreement.inForceOn ?? agreement.signedOn;
  return (
    <article className="card" aria-labelledby={`agreement-${agreement.id}`}>
      <h2 id={`agreement-${agreement.id}`}>
        <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link>
      </h2>
      <p>
        <Badge>{agreement.shortName}</Badge> <Badge>{tStatus(agreement.status)}</Badge>
      </p>
      {date && (
        <p className="muted">
          {t(agreement.inForceOn ? "inForceSince" : "signedOn", { date: format.dateTime(date, calendarDate("long")) })}
        </p>
      )}
      <p>
        <strong>{t("parties")}:</strong> {agreement.parties.map((party) => party.name).join(", ")}
      </p>
      <p className="muted">
        {t("programs", { count: agreement.publishedPrograms })} · {t("provisions", { count: agreement.provisions })}
      </p>
    </article>
  );
}
