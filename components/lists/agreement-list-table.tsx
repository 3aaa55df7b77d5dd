import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { partyNames } from "@/components/agreements/party-names";
import { Badge } from "@/components/ui/badge";
import type { AgreementListItem } from "@/lib/domain/agreements/list-agreements";

/** One page of the agreement list. */
export async function AgreementListTable({ agreements }: { agreements: AgreementListItem[] }) {
  const [t, tStatus, tKind, format, locale] = await Promise.all([
    getTranslations("Agreements"),
    getTranslations("AgreementStatus"),
    getTranslations("AgreementKind"),
    getFormatter(),
    getLocale(),
  ]);
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "—");
  if (agreements.length === 0) return <p>{t("none")}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("agreement")}</th>
            <th scope="col">{t("shortName")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("kind")}</th>
            <th scope="col">{t("parties")}</th>
            <th scope="col">{t("signed")}</th>
            <th scope="col">{t("inForce")}</th>
            <th scope="col">{t("provisions")}</th>
            <th scope="col">{t("programs")}</th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((agreement) => (
            <tr key={agreement.id}>
              <td>
                <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link>
              </td>
              <td>
                <Badge>{agreement.shortName}</Badge>
              </td>
              <td>{tStatus(agreement.status)}</td>
              <td>{tKind(agreement.kind)}</td>
              <td>{partyNames(agreement.parties, locale)}</td>
              <td>{date(agreement.signedOn)}</td>
              <td>{date(agreement.inForceOn)}</td>
              <td>{agreement.provisionCount}</td>
              <td>{agreement.programCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
