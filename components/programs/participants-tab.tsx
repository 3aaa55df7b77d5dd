import { getTranslations } from "@/lib/platform/i18n/server";
import { removeParticipantAction } from "@/lib/domain/programs/actions";
import { ParticipationRequests } from "@/components/participation/participation-requests";
import { AddParticipantForm, AssignReporterForm } from "@/components/programs/participant-forms";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { can, type Viewer } from "@/lib/platform/authz";
import { listProgramChoices } from "@/lib/domain/programs/program-choices";
import type { LoadedProgram } from "./tab-helpers";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = { viewer: Viewer | null; program: LoadedProgram };

/** The organisations taking part, the forms to change them and the requests to take part. */
export async function ParticipantsTab({ viewer, program }: Props) {
  const [t, tParts] = await Promise.all([getTranslations("Program"), getTranslations("ProgramParts")]);
  return (
    <section aria-labelledby="participants-title">
      <h2 id="participants-title">{t("tab.participants")}</h2>
      {program.participants.length === 0 ? <p>{t("noParticipants")}</p> : <ParticipantTable program={program} />}
      {program.mayEdit && viewer && (
        <>
          <h3>{t("addParticipant")}</h3>
          <AddParticipantForm programId={program.id} organisations={(await listProgramChoices(viewer)).organisations} />
        </>
      )}
      {viewer && can(viewer, "program.assignReporter") && (
        <>
          <h3>{tParts("moveReporter")}</h3>
          <AssignReporterForm programId={program.id} version={program.version} organisations={(await listProgramChoices(viewer)).organisations} />
        </>
      )}
      <ParticipationRequests viewer={viewer} program={program} />
    </section>
  );
}

async function ParticipantTable({ program }: { program: LoadedProgram }) {
  const [t, tRole, tParts] = await Promise.all([getTranslations("Program"), getTranslations("ParticipantRole"), getTranslations("ProgramParts")]);
  return (
    <TableScroll label={t("tab.participants")}>
      <table className="table">
        <caption className="visually-hidden">{t("tab.participants")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("organisation")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("country")}</th>
            {program.mayEdit && <th scope="col">{t("actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {program.participants.map((participant) => (
            <tr key={participant.id}>
              <td>
                {participant.organisation.name}
                {participant.organisation.acronym && ` (${participant.organisation.acronym})`}
              </td>
              <td>{tRole(participant.role)}</td>
              <td>{participant.organisation.countryCode ?? "—"}</td>
              {program.mayEdit && (
                <td>
                  <InlineActionButton
                    action={removeParticipantAction}
                    fields={{ programId: program.id, participantId: participant.id }}
                    label={tParts("remove")}
                    accessibleName={tParts("removeNamed", { name: `${participant.organisation.name}, ${tRole(participant.role)}` })}
                    pendingLabel={tParts("removing")}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
