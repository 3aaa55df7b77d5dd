import { getTranslations } from "@/lib/platform/i18n/server";
import { LocalizedTitle } from "@/components/i18n/record-text";
import type { MyWork } from "@/lib/domain/my-work/load-my-work";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { WorkSection } from "./work-section";

type Work = Extract<MyWork, { role: "ANALYST" }>;

/** An analyst's review queue: the plans submitted or under review, longest waiting first. */
export async function AnalystWork({ work }: { work: Work }) {
  const [t, tStatus, locale] = await Promise.all([getTranslations("MyWork"), getTranslations("PlanStatus"), requestLocale()]);
  const { reviewQueue } = work;
  return (
    <WorkSection id="my-review-queue" title={t("reviewQueue", { count: reviewQueue.total })} count={reviewQueue.total} empty={t("reviewQueueEmpty")} more={{ href: "/plans?awaiting=review", label: t("allReviewQueue") }}>
      {reviewQueue.data.map((plan) => (
        <li key={plan.id}>
          <LocalizedTitle record={plan} href={`/plans/${plan.id}`} locale={locale} /> · {tStatus(plan.status)} · {plan.agreement.shortName}
        </li>
      ))}
    </WorkSection>
  );
}
