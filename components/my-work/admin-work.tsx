import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { AuditEventTable } from "@/components/lists/audit-event-table";
import type { MyWork } from "@/lib/domain/my-work/load-my-work";
import { WorkSection } from "./work-section";

type Work = Extract<MyWork, { role: "ADMIN" }>;

/** An administrator's work: invitations not yet taken up, and the latest changes to the register. */
export async function AdminWork({ work }: { work: Work }) {
  const [t, format] = await Promise.all([getTranslations("MyWork"), getFormatter()]);
  const { invitations, activity } = work;
  return (
    <>
      <WorkSection id="my-invitations" title={t("invitations", { count: invitations.total })} count={invitations.total} empty={t("invitationsEmpty")} more={{ href: "/admin/users", label: t("allUsers") }}>
        {invitations.data.map((invitation) => (
          <li key={invitation.id}>
            <Link href={`/admin/users/${invitation.user.id}`}>{invitation.user.name}</Link> ({invitation.user.email}) · {t("expires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </li>
        ))}
      </WorkSection>
      <section aria-labelledby="my-activity">
        <h2 id="my-activity">{t("activity")}</h2>
        {activity.data.length === 0 ? <p>{t("activityEmpty")}</p> : <AuditEventTable events={activity.data} />}
        <p>
          <Link href="/audit">{t("allActivity")}</Link>
        </p>
      </section>
    </>
  );
}
