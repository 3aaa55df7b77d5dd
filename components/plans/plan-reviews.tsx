import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import type { LoadedPlan } from "./loaded-plan";

/** The reviews the plan has had, oldest first. */
export async function PlanReviews({ plan }: { plan: LoadedPlan }) {
  const [t, tDecision, format] = await Promise.all([getTranslations("Plan"), getTranslations("ReviewDecision"), getFormatter()]);
  return (
    <section aria-labelledby="reviews-title">
      <h2 id="reviews-title">{t("reviews")}</h2>
      {plan.reviews.length === 0 ? (
        <p>{t("noReviews")}</p>
      ) : (
        <ol className="card-list">
          {plan.reviews.map((review) => (
            <li key={review.id} className="card">
              <p className="comment-meta">
                <strong>{tDecision(review.decision)}</strong> · {review.analyst.name} · {format.dateTime(review.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              <p className="multiline">{review.comment}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
