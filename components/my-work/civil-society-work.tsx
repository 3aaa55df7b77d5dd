import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { MyMeasuresSection } from "@/components/participation/my-measures-section";
import { MyRequestsSection } from "@/components/participation/my-requests-section";
import type { MyWork } from "@/lib/domain/my-work/load-my-work";

type Work = Extract<MyWork, { role: "CIVIL_SOCIETY" }>;

/** A civil-society organisation's requests to take part and the measures it answers for, as on its organisation's page. */
export async function CivilSocietyWork({ work }: { work: Work }) {
  const t = await getTranslations("MyWork");
  return (
    <>
      <MyRequestsSection requests={work.requests} />
      <p>
        {work.requests.made.length === 0 && `${t("requestsEmpty")} `}
        <Link href="/programs">{t("findPrograms")}</Link>
      </p>
      <MyMeasuresSection measures={work.measures} total={work.measureCount} />
      <p>
        <Link href="/my-organisation">{t("allMine")}</Link>
      </p>
    </>
  );
}
