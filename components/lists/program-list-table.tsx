import { getFormatter, getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { ProgramLink } from "@/components/programs/program-link";
import { Badge } from "@/components/ui/badge";
import { programHealth } from "@/lib/domain/monitoring/program-health";
import type { ProgramListItem } from "@/lib/domain/programs/list-programs";
import { HEALTH_FLAGS } from "@/lib/domain/programs/schemas";
import { formatMoney } from "@/lib/platform/format/numbers";
import { ListTable, type ListColumn } from "./list-table";
import styles from "./program-list-table.module.css";

/** Month and year, as a program's span reads at a glance ("Mar 2024"); calendar dates are read in UTC. */
const MONTH = { month: "short", year: "numeric", timeZone: "UTC" } as const;

/** One page of the program register, with each program's money, span and monitoring problems. */
export async function ProgramListTable({ programs }: { programs: ProgramListItem[] }) {
  const [t, tList, tType, tStatus, tHealth, format, locale, health] = await Promise.all([
    getTranslations("Programs"),
    getTranslations("ProgramList"),
    getTranslations("ProgramType"),
    getTranslations("ProgramStatus"),
    getTranslations("Health"),
    getFormatter(),
    getLocale(),
    programHealth(programs.map((program) => program.id)),
  ]);
  const span = (program: ProgramListItem) => {
    const start = program.actualStart ?? program.plannedStart;
    const end = program.actualEnd ?? program.plannedEnd;
    const text = start && end ? format.dateTimeRange(start, end, MONTH) : start ? tList("from", { date: format.dateTime(start, MONTH) }) : end ? tList("until", { date: format.dateTime(end, MONTH) }) : "—";
    return <span className={styles.line}>{text}</span>;
  };
  // One line per currency, in the same order in both columns.
  const amounts = (kind: "committed" | "disbursed") => (program: ProgramListItem) =>
    program.money?.length
      ? program.money.map((money) => (
          <span key={money.currency} className={styles.line}>
            {formatMoney(money[kind], money.currency, locale, { rounded: true })}
          </span>
        ))
      : "—";
  const title = (program: ProgramListItem) => (
    <>
      <ProgramLink program={program} />
      <br />
      <span className="muted">{program.identifier}</span> {program.visibility === "DRAFT" && <Badge>{t("draft")}</Badge>}
    </>
  );
  const flags = (program: ProgramListItem) => HEALTH_FLAGS.filter((flag) => health.get(program.id)?.[flag]).map((flag) => <Badge key={flag}>{tHealth(flag)}</Badge>);
  const columns: ListColumn<ProgramListItem>[] = [
    { label: t("program"), cell: title },
    { label: t("agreement"), cell: (program) => program.agreement.shortName },
    { label: t("type"), cell: (program) => tType(program.type) },
    { label: t("status"), cell: (program) => tStatus(program.status) },
    { label: t("countries"), cell: (program) => program.beneficiaries.map((beneficiary) => beneficiary.countryCode).join(", ") || "—" },
    { label: tList("dates"), cell: span },
    { label: tList("committed"), cell: amounts("committed") },
    { label: tList("disbursed"), cell: amounts("disbursed") },
    { label: t("health"), cell: flags },
  ];
  return <ListTable rows={programs} columns={columns} caption={t("caption")} none={t("none")} scroll />;
}
