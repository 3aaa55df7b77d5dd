import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { Badge } from "@/components/ui/badge";
import type { InstitutionDetail } from "@/lib/domain/institutions/get-institution";

type Meeting = InstitutionDetail["meetings"][number];

/**
 * The institution's meetings, newest first, each with its decisions and the measures that follow
 * them up. `signedIn` shows whether each meeting is public; `mayRecord` offers the record and edit links.
 */
export async function InstitutionMeetings({ institution, signedIn, mayRecord }: { institution: InstitutionDetail; signedIn: boolean; mayRecord: boolean }) {
  const t = await getTranslations("Institution");
  return (
    <>
      <h2>{t("meetings")}</h2>
      {mayRecord && (
        <p>
          <Link href={`/institutions/${institution.id}/meetings/new`}>{t("recordMeeting")}</Link>
        </p>
      )}
      {institution.meetings.length === 0 && <p>{t("noMeetings")}</p>}
      {institution.meetings.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} signedIn={signedIn} mayEdit={mayRecord} />
      ))}
    </>
  );
}

async function MeetingCard({ meeting, signedIn, mayEdit }: { meeting: Meeting; signedIn: boolean; mayEdit: boolean }) {
  const [t, format] = await Promise.all([getTranslations("Institution"), getFormatter()]);
  const title = t("meetingTitle", { date: format.dateTime(meeting.date, { dateStyle: "long", timeZone: "UTC" }), place: meeting.place });
  return (
    <section id={`meeting-${meeting.id}`} className="card" aria-labelledby={`meeting-${meeting.id}-title`}>
      <h3 id={`meeting-${meeting.id}-title`}>{title}</h3>
      {signedIn && <Badge>{meeting.isPublic ? t("public") : t("notPublic")}</Badge>}
      {meeting.summary && <p className="multiline">{meeting.summary}</p>}
      {meeting.decisions.length > 0 && <MeetingDecisions decisions={meeting.decisions} />}
      {mayEdit && (
        <p>
          <Link href={`/meetings/${meeting.id}/edit`}>
            {t("editMeeting")}
            <span className="visually-hidden">: {title}</span>
          </Link>
        </p>
      )}
    </section>
  );
}

async function MeetingDecisions({ decisions }: { decisions: Meeting["decisions"] }) {
  const [t, tMeasure] = await Promise.all([getTranslations("Institution"), getTranslations("MeasureStatus")]);
  return (
    <>
      <h4>{t("decisions")}</h4>
      <ol>
        {decisions.map((decision) => (
          <li key={decision.id} value={decision.position}>
            {decision.text}
            {decision.measures.length > 0 && (
              <ul>
                {decision.measures.map((measure) => (
                  <li key={measure.id} className="muted">
                    <Link href={`/plans/${measure.plan.id}`}>{t("followedUpBy", { measure: measure.title, plan: measure.plan.title, status: tMeasure(measure.status) })}</Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
