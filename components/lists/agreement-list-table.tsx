import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { partyNames } from "@/components/agreements/party-names";
import { Badge } from "@/components/ui/badge";
import type { AgreementListItem } from "@/lib/domain/agreements/list-agreements";
import { ListTable, type ListColumn } from "./list-table";
import { calendarDate } from "@/lib/platform/format/dates";

/** One page of the agreement list. */
export async function AgreementListTable({ agreements }: { agreements: AgreementListItem[] }) {
  const [t, tStatus, tKind, format, locale] = await Promise.all([
    getTranslations("Agreements"),
    getTranslations("AgreementStatus"),
    getTranslations("AgreementKind"),
    getFormatter(),
    getLocale(),
  ]);
  const date = (value: Date | null) => (value ? format.dateTime(value, calendarDate()) : "—");
  const columns: ListColumn<AgreementListItem>[] = [
    { label: t("agreement"), cell: (agreement) => <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link> },
    { label: t("shortName"), cell: (agreement) => <Badge>{agreement.shortName}</Badge> },
    { label: t("status"), cell: (agreement) => tStatus(agreement.status) },
    { label: t("kind"), cell: (agreement) => tKind(agreement.kind) },
    { label: t("parties"), cell: (agreement) => partyNames(agreement.parties, locale) },
    { label: t("signed"), cell: (agreement) => date(agreement.signedOn) },
    { label: t("inForce"), cell: (agreement) => date(agreement.inForceOn) },
    { label: t("provisions"), cell: (agreement) => agreement.provisionCount },
    { label: t("programs"), cell: (agreement) => agreement.programCount },
  ];
  return <ListTable rows={agreements} columns={columns} caption={t("caption")} none={t("none")} scroll />;
}
