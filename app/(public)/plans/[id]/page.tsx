import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Comments } from "@/components/participation/comments";
import { PlanHeader } from "@/components/plans/plan-header";
import { PlanMeasures } from "@/components/plans/plan-measures";
import { PlanReviews } from "@/components/plans/plan-reviews";
import { PlanTimeline } from "@/components/plans/plan-timeline";
import { PlanWorkflow } from "@/components/plans/plan-workflow";
import { ZPageQuery } from "@/lib/platform/api/pagination";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { recordText } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { findPlan } from "@/lib/domain/plans/get-plan";
import { planTimeline } from "@/lib/domain/plans/plan-timeline";
import { FlashMessage } from "@/components/flash/flash-message";
import { FollowsRecommendations } from "@/components/submissions/follows-recommendations";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadPlan = cache(async (id: string) => findPlan(await getCurrentUser(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await loadPlan((await params).id);
  return { title: plan && recordText(plan, "title", plan.title, await requestLocale()).text };
}

export default async function PlanPage({ params, searchParams }: Props) {
  const plan = await loadPlan((await params).id);
  const query = await searchParams;
  const cursorFrom = (name: string) => {
    const raw = query[name];
    return ZPageQuery.shape.cursor.safeParse(Array.isArray(raw) ? raw[0] : raw).data;
  };
  const cursor = cursorFrom("cursor");
  const timelineCursor = cursorFrom("timeline");
  if (!plan) notFound();
  const viewer = await getCurrentUser();
  const timeline = viewer ? await planTimeline(viewer, plan.id, { limit: 100, cursor: timelineCursor }) : null;

  const page = (
    <>
      <FlashMessage />
      <PlanHeader plan={plan} />
      <FollowsRecommendations viewer={viewer} target={{ planId: plan.id }} />
      <PlanWorkflow plan={plan} />
      <PlanMeasures viewer={viewer} plan={plan} />
      <PlanReviews plan={plan} />
      {timeline && <PlanTimeline events={timeline.data} laterHref={timeline.page.nextCursor ? `/plans/${plan.id}?timeline=${timeline.page.nextCursor}#timeline-title` : null} />}
      {viewer && <Comments viewer={viewer} target={{ planId: plan.id }} cursor={cursor} laterHref={(next) => `/plans/${plan.id}?cursor=${next}#comments-title`} />}
    </>
  );
  // The forms to add evidence and edit the plan are there for signed-in readers only.
  return viewer ? <ClientMessages>{page}</ClientMessages> : page;
}
