import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { Badge } from "@/components/ui/badge";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { can, roleMay } from "@/lib/platform/authz";
import { getInstitution } from "@/lib/domain/institutions/get-institution";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const loadInstitution = cache(async (id: string) => getInstitution(await getCurrentUser(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadInstitution((await params).id))?.name };
}

export default async function InstitutionPage({ params }: Props) {
  const institution = await loadInstitution((await params).id);
  if (!institution) notFound();
  const [viewer, t, tKind, tMeasure, format] = await Promise.all([
    getCurrentUser(),
    getTranslations("Institution"),
    getTranslations("InstitutionKind"),
    getTranslations("MeasureStatus"),
    getFormatter(),
  ]);
  const parties = institution.agreement.parties.map((party) => party.countryCode);
  // The server checks again on saving; these only decide which links to offer.
  const mayEdit =
    (viewer && roleMay(viewer.role, "institution.manage")) ||
    (institution.kind === "CONTACT_POINT" && viewer?.countryCode === institution.countryCode && can(viewer, "contactPoint.manage", { countries: parties }));
  const mayRecordMeetings = can(viewer, "meeting.manage", { countries: parties });

  return (
    <>
      <p>
        <Link href={`/institutions?agreement=${institution.agreement.id}`}>← {t("back", { agreement: institution.agreement.shortName })}</Link>
      </p>
      <h1>{institution.name}</h1>
      <p>
        <Badge>{tKind(institution.kind)}</Badge> <Link href={`/agreements/${institution.agreement.id}`}>{institution.agreement.title}</Link>
      </p>
      {mayEdit && (
        <p>
          <Link href={`/institutions/${institution.id}/edit`} className="button button-secondary">
            {t("edit")}
          </Link>
        </p>
      )}
      <dl className="facts">
        <dt>{t("serves")}</dt>
        <dd>{institution.country?.name ?? t("allParties")}</dd>
        <dt>{t("host")}</dt>
        <dd>{institution.hostOrganisation?.name ?? "—"}</dd>
        <dt>{t("contactName")}</dt>
        <dd>{institution.contactName ?? "—"}</dd>
        <dt>{t("contactEmail")}</dt>
        <dd>{institution.contactEmail ? <a href={`mailto:${institution.contactEmail}`}>{institution.contactEmail}</a> : "—"}</dd>
        <dt>{t("contactPhone")}</dt>
        <dd>{institution.contactPhone ?? "—"}</dd>
        <dt>{t("address")}</dt>
        <dd>{institution.address ?? "—"}</dd>
        <dt>{t("website")}</dt>
        <dd>
          {institution.website ? (
            <a href={institution.website} rel="noopener noreferrer">
              {institution.website}
            </a>
          ) : (
            "—"
          )}
        </dd>
      </dl>
      {institution.mandate && (
        <>
          <h2>{t("mandate")}</h2>
          <p className="multiline">{institution.mandate}</p>
        </>
      )}

      <h2>{t("meetings")}</h2>
      {mayRecordMeetings && (
        <p>
          <Link href={`/institutions/${institution.id}/meetings/new`}>{t("recordMeeting")}</Link>
        </p>
      )}
      {institution.meetings.length === 0 && <p>{t("noMeetings")}</p>}
      {institution.meetings.map((meeting) => {
        const title = t("meetingTitle", { date: format.dateTime(meeting.date, { dateStyle: "long", timeZone: "UTC" }), place: meeting.place });
        return (
          <section key={meeting.id} id={`meeting-${meeting.id}`} className="card" aria-labelledby={`meeting-${meeting.id}-title`}>
            <h3 id={`meeting-${meeting.id}-title`}>{title}</h3>
            {viewer && <Badge>{meeting.isPublic ? t("public") : t("notPublic")}</Badge>}
            {meeting.summary && <p className="multiline">{meeting.summary}</p>}
            {meeting.decisions.length > 0 && (
              <>
                <h4>{t("decisions")}</h4>
                <ol>
                  {meeting.decisions.map((decision) => (
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
            )}
            {mayRecordMeetings && (
              <p>
                <Link href={`/meetings/${meeting.id}/edit`}>
                  {t("editMeeting")}
                  <span className="visually-hidden">: {title}</span>
                </Link>
              </p>
            )}
          </section>
        );
      })}
    </>
  );
}
