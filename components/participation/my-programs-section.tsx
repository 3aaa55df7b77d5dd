import { getTranslations } from "@/lib/platform/i18n/server";
import { Badge } from "@/components/ui/badge";
import type { getMyOrganisation } from "@/lib/domain/organisations/my-organisation";
import { CappedTableSection } from "./capped-table-section";
import { ProgramLink } from "@/components/programs/program-link";

type Programs = Awaited<ReturnType<typeof getMyOrganisation>>["programs"];

/** The programs the organisation takes part in, with its roles in each. */
export async function MyProgramsSection({ programs, total }: { programs: Programs; total: number }) {
  const [t, tRole, tStatus] = await Promise.all([getTranslations("MyOrganisation"), getTranslations("ParticipantRole"), getTranslations("ProgramStatus")]);
  return (
    <CappedTableSection
      id="programs-title"
      title={t("programs", { count: total })}
      empty={t("noPrograms")}
      columns={[t("program"), t("agreement"), t("roles"), t("status")]}
      shown={programs.length}
      total={total}
    >
      {programs.map((program) => (
        <tr key={program.id}>
          <td>
            <ProgramLink program={program} /> <span className="muted">{program.identifier}</span>
          </td>
          <td>{program.agreement.shortName}</td>
          <td>{program.roles.map((role) => tRole(role)).join(", ")}</td>
          <td>
            {tStatus(program.status)} {program.visibility === "DRAFT" && <Badge>{t("draft")}</Badge>}
          </td>
        </tr>
      ))}
    </CappedTableSection>
  );
}
