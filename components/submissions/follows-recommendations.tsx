import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { LocalizedTitle } from "@/components/i18n/record-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { followedRecommendations } from "@/lib/domain/submissions/followed-recommendations";
import type { Viewer } from "@/lib/platform/authz";

/** On a plan's or a program's page: the public submissions' recommendations it follows, each linked to its submission. */
export async function FollowsRecommendations({ viewer, target }: { viewer: Viewer; target: { planId: string } | { programId: string } }) {
  const followed = await followedRecommendations(viewer, target);
  if (!followed.length) return null;
  const [t, locale] = await Promise.all([getTranslations("Submission"), requestLocale()]);
  return (
    <section aria-labelledby="follows-title">
      <h2 id="follows-title">{t("followsTitle")}</h2>
      <ul>
        {followed.map((entry) => (
          <li key={entry.id}>
            <Link href={`/submissions/${entry.submission.id}#recommendation-${entry.position}`}>{t("recommendationNumber", { position: entry.position })}</Link> {t("ofSubmission")}{" "}
            <LocalizedTitle record={entry.submission} href={`/submissions/${entry.submission.id}`} locale={locale} />: <q>{entry.text}</q>
          </li>
        ))}
      </ul>
    </section>
  );
}
