import type { Metadata } from "next";
import { getTranslations } from "@/lib/platform/i18n/server";
import { MyAttendanceSection } from "@/components/participation/my-attendance-section";
import { MyMeasuresSection } from "@/components/participation/my-measures-section";
import { MyProgramsSection } from "@/components/participation/my-programs-section";
import { MyRequestsSection } from "@/components/participation/my-requests-section";
import { requireUser } from "@/lib/platform/auth/session";
import { getMyOrganisation, MY_ORGANISATION_ROWS } from "@/lib/domain/organisations/my-organisation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("MyOrganisation"))("title") };
}

/**
 * The signed-in user's organisation and its involvement, program by program: where it takes part
 * and in which role, the events it attended, the measures it answers for, and its requests to take
 * part (with, for a ministry, those awaiting its answer).
 */
export default async function MyOrganisationPage() {
  const actor = await requireUser("/my-organisation");
  const [mine, t] = await Promise.all([getMyOrganisation(actor), getTranslations("MyOrganisation")]);

  return (
    <>
      <h1>
        {mine.organisation.name}
        {mine.organisation.acronym && ` (${mine.organisation.acronym})`}
      </h1>
      <p className="lead">{t("intro")}</p>
      <MyProgramsSection programs={mine.programs} total={mine.programCount} />
      <MyAttendanceSection attendance={mine.attendance} total={mine.attendanceCount} />
      <MyMeasuresSection measures={mine.measures} total={mine.measureCount} />
      <MyRequestsSection requests={mine.requests} />
      <p className="muted">{t("limit", { rows: MY_ORGANISATION_ROWS })}</p>
    </>
  );
}
