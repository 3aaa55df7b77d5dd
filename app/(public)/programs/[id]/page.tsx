import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { cache } from "react";
import { EventsTab } from "@/components/participation/events-tab";
import { Comments } from "@/components/participation/comments";
import { DocumentsTab } from "@/components/programs/documents-tab";
import { FundingTab } from "@/components/programs/funding-tab";
import { HistoryTab } from "@/components/programs/history-tab";
import { MonitoringTab } from "@/components/programs/monitoring-tab";
import { OverviewTab } from "@/components/programs/overview-tab";
import { FollowsRecommendations } from "@/components/submissions/follows-recommendations";
import { ParticipantsTab } from "@/components/programs/participants-tab";
import { ProgramHeader } from "@/components/programs/program-header";
import { FlashMessage } from "@/components/flash/flash-message";
import { FormWordsMessages } from "@/components/ui/form-words-messages";
import { ZPageQuery } from "@/lib/platform/api/pagination";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { findProgram } from "@/lib/domain/programs/find-program";
import { localizeProgram } from "@/lib/domain/programs/localize-program";
import { firstParam } from "@/lib/platform/api/list-query";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const TABS = ["overview", "participants", "funding", "monitoring", "events", "documents", "comments", "history"] as const;
type Tab = (typeof TABS)[number];

const loadProgram = cache(async (id: string) => findProgram(await getCurrentUser(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const program = await loadProgram((await params).id);
  return { title: program ? localizeProgram(program, await getLocale()).title.text : undefined };
}

/** A paging cursor from the URL, or none when it is not one the app gives out. */
const cursorOf = (value: string | undefined) => ZPageQuery.shape.cursor.safeParse(value).data;

export default async function ProgramPage({ params, searchParams }: Props) {
  const program = await loadProgram((await params).id);
  if (!program) notFound();
  const query = await searchParams;
  const [viewer, t] = await Promise.all([getCurrentUser(), getTranslations("Program")]);
  // Comments and the history are for signed-in readers; anyone else asking for them sees the overview.
  const tabs = TABS.filter((tab) => (tab !== "history" && tab !== "comments") || viewer);
  const requested = firstParam(query.tab);
  const tab: Tab = tabs.find((candidate) => candidate === requested) ?? "overview";

  const page = (
    <>
      <FlashMessage />
      <ProgramHeader program={program} />

      <nav className="tabs" aria-label={t("sections")}>
        {tabs.map((candidate) => (
          <Link key={candidate} href={candidate === "overview" ? `/programs/${program.id}` : `/programs/${program.id}?tab=${candidate}`} aria-current={candidate === tab ? "page" : undefined}>
            {t(`tab.${candidate}`)}
          </Link>
        ))}
      </nav>

      {tab === "overview" && (
        <>
          <OverviewTab program={program} />
          <FollowsRecommendations viewer={viewer} target={{ programId: program.id }} />
        </>
      )}
      {tab === "participants" && <ParticipantsTab viewer={viewer} program={program} />}
      {tab === "funding" && <FundingTab viewer={viewer} programId={program.id} currencyCode={program.currencyCode} mayEdit={program.mayEdit} conversion={{ convert: firstParam(query.convert), on: firstParam(query.on) }} />}
      {tab === "monitoring" && <MonitoringTab viewer={viewer} programId={program.id} mayEdit={program.mayEdit} />}
      {tab === "events" && <EventsTab viewer={viewer} programId={program.id} mayEdit={program.mayEdit} page={firstParam(query.page)} />}
      {tab === "documents" && <DocumentsTab program={program} />}
      {tab === "comments" && viewer && <Comments viewer={viewer} target={{ programId: program.id }} cursor={cursorOf(firstParam(query.cursor))} laterHref={(cursor) => `/programs/${program.id}?tab=comments&cursor=${cursor}`} />}
      {tab === "history" && viewer && <HistoryTab viewer={viewer} programId={program.id} cursor={firstParam(query.cursor)} />}
    </>
  );
  // The forms are there for those who may edit it. They take their words from the server, so the
  // page sends no messages and no message formatting library to the browser, only the forms' shared words.
  return program.mayEdit ? <FormWordsMessages>{page}</FormWordsMessages> : page;
}
