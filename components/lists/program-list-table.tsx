import { getFormatter, getTranslations } from "next-intl/server";
import { ProgramLink } from "@/components/programs/program-link";
import { Badge } from "@/components/ui/badge";
import { programHealth } from "@/lib/domain/monitoring/program-health";
import type { ProgramListItem } from "@/lib/domain/programs/list-programs";
import { HEALTH_FLAGS } from "@/lib/domain/programs/schemas";
import { ListTable, type ListColumn } from "./list-table";
import { calendarDate } from "@/lib/platform/format/dates";

/** One page of the program register, with each program's monitoring problems. */
export async function ProgramListTable({ programs }: { programs: ProgramListItem[] }) {
  const [t, tType, tStatus, tHealth, format, health] = await Promise.all([
    getTranslations("Programs"),
    getTranslations("ProgramType"),
    getTranslations("ProgramStatus"),
    getTranslations("Health"),
    getFormatter(),
    programHealth(programs.map((program) => program.id)),
  ]);
  const date = (value: Date | null) => (value ? format.dateTime(value, calendarDate()) : "—");
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
    { label: t("start"), cell: (program) => date(program.actualStart ?? program.plannedStart) },
    { label: t("end"), cell: (program) => date(program.actualEnd ?? program.plannedEnd) },
    { label: t("health"), cell: flags },
  ];
  return <ListTable rows={programs} columns={columns} caption={t("caption")} none={t("none")} scroll />;
}
