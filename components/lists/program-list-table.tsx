import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { programHealth } from "@/lib/domain/monitoring/program-health";
import type { ProgramListItem } from "@/lib/domain/programs/list-programs";
import { HEALTH_FLAGS } from "@/lib/domain/programs/schemas";

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
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "—");
  if (programs.length === 0) return <p>{t("none")}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("program")}</th>
            <th scope="col">{t("agreement")}</th>
            <th scope="col">{t("type")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("countries")}</th>
            <th scope="col">{t("start")}</th>
            <th scope="col">{t("end")}</th>
            <th scope="col">{t("health")}</th>
          </tr>
        </thead>
        <tbody>
          {programs.map((program) => (
            <tr key={program.id}>
              <td>
                <Link href={`/programs/${program.id}`}>{program.title}</Link>
                <br />
                <span className="muted">{program.identifier}</span> {program.visibility === "DRAFT" && <Badge>{t("draft")}</Badge>}
              </td>
              <td>{program.agreement.shortName}</td>
              <td>{tType(program.type)}</td>
              <td>{tStatus(program.status)}</td>
              <td>{program.beneficiaries.map((beneficiary) => beneficiary.countryCode).join(", ") || "—"}</td>
              <td>{date(program.actualStart ?? program.plannedStart)}</td>
              <td>{date(program.actualEnd ?? program.plannedEnd)}</td>
              <td>
                {HEALTH_FLAGS.filter((flag) => health.get(program.id)?.[flag]).map((flag) => (
                  <Badge key={flag}>{tHealth(flag)}</Badge>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
