import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache, Fragment } from "react";
import { attachDocumentAction, removeDocumentAction, removeParticipantAction } from "@/app/(app)/programs/actions";
import { AttachDocumentForm } from "@/components/programs/document-forms";
import { AddParticipantForm, AssignReporterForm } from "@/components/programs/participant-forms";
import { ProgramHistory } from "@/components/programs/program-history";
import { EventsTab } from "@/components/participation/events-tab";
import { ParticipationRequests } from "@/components/participation/participation-requests";
import { Comments } from "@/components/participation/comments";
import { FundingTab, MonitoringTab } from "@/components/programs/program-tabs";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Badge } from "@/components/ui/badge";
import { InlineActionButton } from "@/components/ui/inline-action-button";
import { ZPageQuery } from "@/lib/api/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/file-rules";
import { formatDecimal } from "@/lib/format/numbers";
import { ACTIVITY_DOCUMENT_CATEGORIES, documentCategoryName } from "@/lib/iati/document-categories";
import { listProgramChoices } from "@/lib/programs/program-choices";
import { findProgram } from "@/lib/programs/find-program";
import { programHealth } from "@/lib/monitoring/program-health";
import { listProgramHistory } from "@/lib/programs/program-tabs";
import { HEALTH_FLAGS } from "@/lib/validation/programs";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const TABS = ["overview", "participants", "funding", "monitoring", "events", "documents", "comments", "history"] as const;
type Tab = (typeof TABS)[number];

const loadProgram = cache(async (id: string) => findProgram(await getCurrentUser(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadProgram((await params).id))?.title };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
/** A paging cursor from the URL, or none when it is not one the app gives out. */
const cursorOf = (value: string | undefined) => ZPageQuery.shape.cursor.safeParse(value).data;

export default async function ProgramPage({ params, searchParams }: Props) {
  const program = await loadProgram((await params).id);
  if (!program) notFound();
  const query = await searchParams;
  const [viewer, t, tIati, tType, tStatus, tTopic, tRole, tParts, tHealth, health, format] = await Promise.all([
    getCurrentUser(),
    getTranslations("Program"),
    getTranslations("Iati"),
    getTranslations("ProgramType"),
    getTranslations("ProgramStatus"),
    getTranslations("LabourTopic"),
    getTranslations("ParticipantRole"),
    getTranslations("ProgramParts"),
    getTranslations("Health"),
    programHealth([program.id]),
    getFormatter(),
  ]);
  // Comments and the history are for signed-in readers; anyone else asking for them sees the overview.
  const tabs = TABS.filter((tab) => (tab !== "history" && tab !== "comments") || viewer);
  const requested = first(query.tab);
  const tab: Tab = tabs.find((candidate) => candidate === requested) ?? "overview";
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long", timeZone: "UTC" }) : "—");
  const { translations } = program;
  const amount = (value: string, currency: string) => `${formatDecimal(value, 4)} ${currency}`;

  const page = (
    <>
      <p>
        <Link href="/programs">← {t("backToList")}</Link>
      </p>
      <h1>{program.title}</h1>
      <p className="muted">
        {program.identifier} · <Link href={`/agreements/${program.agreement.id}`}>{program.agreement.shortName}</Link> · {tType(program.type)} ·{" "}
        {tStatus(program.status)} {program.visibility === "DRAFT" ? <Badge>{t("draft")}</Badge> : <Badge>{t("published")}</Badge>}
      </p>
      <p>
        {program.mayEdit && (
          <>
            <Link href={`/programs/${program.id}/edit`} className="button">
              {t("edit")}
            </Link>{" "}
          </>
        )}
        <a href={`/api/v1/programs/${program.id}/iati.xml`} download>
          {tIati("exportProgram")}
        </a>
      </p>

      <section aria-labelledby="health-title" className="card">
        <h2 id="health-title">{tHealth("title")}</h2>
        {HEALTH_FLAGS.some((flag) => health.get(program.id)?.[flag]) ? (
          <ul>
            {HEALTH_FLAGS.filter((flag) => health.get(program.id)?.[flag]).map((flag) => (
              <li key={flag}>
                <Link href={`/programs?health=${flag}`}>{tHealth(flag)}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{tHealth("ok")}</p>
        )}
      </section>

      <nav className="tabs" aria-label={t("sections")}>
        {tabs.map((candidate) => (
          <Link key={candidate} href={candidate === "overview" ? `/programs/${program.id}` : `/programs/${program.id}?tab=${candidate}`} aria-current={candidate === tab ? "page" : undefined}>
            {t(`tab.${candidate}`)}
          </Link>
        ))}
      </nav>

      {tab === "overview" && (
        <section aria-labelledby="overview-title">
          <h2 id="overview-title">{t("tab.overview")}</h2>
          {program.summary && <p className="lead multiline">{program.summary}</p>}
          {Object.keys(translations).length > 0 && (
            <details>
              <summary>
                {tIati("otherLanguages")}: {[...new Set(Object.values(translations).flatMap((texts) => Object.keys(texts)))].sort().join(", ")}
              </summary>
              <dl className="facts">
                {(["title", "summary", "objectives"] as const).flatMap((field) =>
                  Object.entries(translations[field] ?? {}).map(([language, text]) => (
                    <Fragment key={`${field}-${language}`}>
                      <dt>
                        {tIati(`field.${field}`)} ({language})
                      </dt>
                      <dd lang={language} className="multiline">
                        {text}
                      </dd>
                    </Fragment>
                  )),
                )}
              </dl>
            </details>
          )}
          <dl className="facts">
            <dt>{t("agreement")}</dt>
            <dd>
              <Link href={`/agreements/${program.agreement.id}`}>{program.agreement.title}</Link>
            </dd>
            <dt>{t("leadInstitution")}</dt>
            <dd>{program.leadInstitution ? <Link href={`/institutions/${program.leadInstitution.id}`}>{program.leadInstitution.name}</Link> : "—"}</dd>
            <dt>{t("type")}</dt>
            <dd>{tType(program.type)}</dd>
            <dt>{t("reportingOrganisation")}</dt>
            <dd>
              {program.reportingOrganisation.name}
              {program.reportingOrganisation.acronym && ` (${program.reportingOrganisation.acronym})`}
              {program.reportingOrganisation.countryCode && ` · ${program.reportingOrganisation.countryCode}`}
            </dd>
            {program.type === "FINANCIAL_ASSISTANCE" && (
              <>
                <dt>{t("funder")}</dt>
                <dd>{program.funder?.name ?? "—"}</dd>
                <dt>{t("fundingAmount")}</dt>
                <dd>{program.fundingAmount ? amount(program.fundingAmount, program.currencyCode) : "—"}</dd>
              </>
            )}
            {program.type === "TECHNICAL_COOPERATION" && (
              <>
                <dt>{t("expertiseArea")}</dt>
                <dd>{program.expertiseArea ?? "—"}</dd>
              </>
            )}
            {program.type === "JOINT_RESEARCH" && (
              <>
                <dt>{t("researchQuestions")}</dt>
                <dd className="multiline">{program.researchQuestions ?? "—"}</dd>
                <dt>{t("researchOutputs")}</dt>
                <dd className="multiline">{program.researchOutputs ?? "—"}</dd>
              </>
            )}
            {program.type === "INFORMATION_SHARING" && (
              <>
                <dt>{t("exchangeSubject")}</dt>
                <dd className="multiline">{program.exchangeSubject ?? "—"}</dd>
                <dt>{t("exchangeBetween")}</dt>
                <dd>{program.exchangeBetween ?? "—"}</dd>
              </>
            )}
            <dt>{t("status")}</dt>
            <dd>{tStatus(program.status)}</dd>
            <dt>{t("planned")}</dt>
            <dd>
              {date(program.plannedStart ? new Date(program.plannedStart) : null)} – {date(program.plannedEnd ? new Date(program.plannedEnd) : null)}
            </dd>
            <dt>{t("actual")}</dt>
            <dd>
              {date(program.actualStart ? new Date(program.actualStart) : null)} – {date(program.actualEnd ? new Date(program.actualEnd) : null)}
            </dd>
            <dt>{t("currency")}</dt>
            <dd>
              {program.currency.code} — {program.currency.name}
            </dd>
            <dt>{t("topics")}</dt>
            <dd>{program.topics.map((topic) => tTopic(topic)).join(", ") || "—"}</dd>
            <dt>{t("beneficiaries")}</dt>
            <dd>{program.beneficiaries.map((country) => country.name).join(", ") || "—"}</dd>
            <dt>{t("published")}</dt>
            <dd>{program.publishedAt ? format.dateTime(program.publishedAt, { dateStyle: "long" }) : t("notPublished")}</dd>
          </dl>
          {program.objectives && (
            <>
              <h3>{t("objectives")}</h3>
              <p className="multiline">{program.objectives}</p>
            </>
          )}
          <h3>{t("provisions")}</h3>
          {program.provisions.length === 0 ? (
            <p>{t("noProvisions")}</p>
          ) : (
            <ul>
              {program.provisions.map((provision) => (
                <li key={provision.id}>
                  <Link href={`/agreements/${program.agreement.id}#provision-${provision.id}`}>
                    {provision.article} — {provision.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {tab === "participants" && (
        <section aria-labelledby="participants-title">
          <h2 id="participants-title">{t("tab.participants")}</h2>
          {program.participants.length === 0 ? (
            <p>{t("noParticipants")}</p>
          ) : (
            <div className="table-scroll">
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
            </div>
          )}
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
      )}

      {tab === "funding" && <FundingTab viewer={viewer} programId={program.id} mayEdit={program.mayEdit} conversion={{ convert: first(query.convert), on: first(query.on) }} />}
      {tab === "monitoring" && <MonitoringTab viewer={viewer} programId={program.id} mayEdit={program.mayEdit} />}
      {tab === "events" && <EventsTab viewer={viewer} programId={program.id} mayEdit={program.mayEdit} page={first(query.page)} />}

      {tab === "documents" && (
        <section aria-labelledby="documents-title">
          <h2 id="documents-title">{t("tab.documents")}</h2>
          {program.documents.length === 0 ? (
            <p>{t("noDocuments")}</p>
          ) : (
            <ul className="card-list">
              {program.documents.map((document) => (
                <li key={document.id} className="card">
                  <h3>
                    {document.fileName ? (
                      <a href={`/api/v1/documents/${document.id}/file`}>{document.title}</a>
                    ) : (
                      <a href={document.url ?? "#"} rel="noopener noreferrer nofollow" target="_blank">
                        {document.title}
                      </a>
                    )}
                  </h3>
                  <p className="muted">
                    {document.category} · {documentCategoryName(document.category)}
                    {document.languageCode && ` · ${document.languageCode}`}
                    {document.documentDate && ` · ${date(document.documentDate)}`}
                    {document.fileName && ` · ${document.fileName} · ${format.number(Math.ceil((document.sizeBytes ?? 0) / 1024))} KB`}
                  </p>
                  {document.checksum && (
                    <p className="muted">
                      SHA-256 <code>{document.checksum}</code>
                    </p>
                  )}
                  {program.mayEdit && (
                    <InlineActionButton
                      action={removeDocumentAction}
                      fields={{ programId: program.id, documentId: document.id }}
                      label={tParts("remove")}
                      accessibleName={tParts("removeNamed", { name: document.title })}
                      pendingLabel={tParts("removing")}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {program.mayEdit && (
            <>
              <h3>{t("attachDocument")}</h3>
              <AttachDocumentForm
                action={attachDocumentAction}
                hidden={{ programId: program.id }}
                maxBytes={MAX_DOCUMENT_BYTES}
                categories={ACTIVITY_DOCUMENT_CATEGORIES.map((category) => ({ value: category.code, label: `${category.code} — ${category.name}` }))}
              />
            </>
          )}
        </section>
      )}

      {tab === "comments" && viewer && <Comments viewer={viewer} target={{ programId: program.id }} cursor={cursorOf(first(query.cursor))} laterHref={(cursor) => `/programs/${program.id}?tab=comments&cursor=${cursor}`} />}

      {tab === "history" && viewer && (
        <ProgramHistory
          programId={program.id}
          page={await listProgramHistory(viewer, program.id, ZPageQuery.safeParse({ cursor: first(query.cursor) }).data ?? { limit: 25 })}
        />
      )}
    </>
  );
  // The forms to add participants and documents are there for those who may edit it.
  return program.mayEdit ? <ClientMessages>{page}</ClientMessages> : page;
}
