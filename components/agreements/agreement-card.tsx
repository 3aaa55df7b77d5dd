import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { Badge } from "@/components/ui/badge";
import type { PublicAgreementSummary } from "@/lib/domain/agreements/list-public-agreements";
import { calendarDate } from "@/lib/platform/format/dates";

export async function AgreementCard({ agreement }: { agreement: PublicAgreementSummary }) {
  const [t, tCard, tStatus, format] = await Promise.all([getTranslations("Home"), getTranslations("AgreementCard"), getTranslations("AgreementStatus"), getFormatter()]);
  const date = agreement.inForceOn ?? agreement.signedOn;
  const year = (day: Date) => format.dateTime(day, { year: "numeric", timeZone: "UTC" });
  // A terminated agreement is no longer in force: "since" would contradict its status. It is said
  // from–to when its end is recorded, else its end is said in words.
  const when = !date
    ? null
    : agreement.status === "TERMINATED" && agreement.inForceOn
      ? agreement.terminatedOn
        ? tCard("inForceFromTo", { from: year(agreement.inForceOn), to: year(agreement.terminatedOn) })
        : tCard("inForceUntilTerminated", { from: year(agreement.inForceOn) })
      : t(agreement.inForceOn ? "inForceSince" : "signedOn", { date: format.dateTime(date, calendarDate("long")) });
  return (
    <article className="card" aria-labelledby={`agreement-${agreement.id}`}>
      <h2 id={`agreement-${agreement.id}`}>
        <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link>
      </h2>
      <p>
        <Badge>{agreement.shortName}</Badge> <Badge>{tStatus(agreement.status)}</Badge>
      </p>
      {when && <p className="muted">{when}</p>}
      <p>
        <strong>{t("parties")}:</strong> {agreement.parties.map((party) => party.name).join(", ")}
      </p>
      <p className="muted">
        {t("programs", { count: agreement.publishedPrograms })} · {t("provisions", { count: agreement.provisions })}
      </p>
    </article>
  );
}
