import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import { Localized, UntranslatedNote } from "@/components/i18n/record-text";
import { Badge } from "@/components/ui/badge";
import { recordText } from "@/lib/platform/i18n/localized-text";
import { requestLocale } from "@/lib/platform/i18n/request-locale";
import { planDate, type LoadedPlan } from "./loaded-plan";
import { ProgramLink } from "@/components/programs/program-link";

/** The plan's title line, the overdue warning, the edit link, the facts about it and its objectives. */
export async function PlanHeader({ plan }: { plan: LoadedPlan }) {
  const [t, tKind, tStatus, tOrigin, date, locale] = await Promise.all([
    getTranslations("Plan"),
    getTranslations("PlanKind"),
    getTranslations("PlanStatus"),
    getTranslations("PlanOrigin"),
    planDate(),
    requestLocale(),
  ]);
  const title = recordText(plan, "title", plan.title, locale);
  const objectives = recordText(plan, "objectives", plan.objectives, locale);
  const overdue = plan.measures.filter((measure) => measure.overdue).length;
  return (
    <>
      <p>
        <Link href="/plans">← {t("backToList")}</Link>
      </p>
      <h1>
        <Localized text={title} />
      </h1>
      <UntranslatedNote text={title} locale={locale} />
      <p className="muted">
        {tKind(plan.kind)} · <Link href={`/agreements/${plan.agreement.id}`}>{plan.agreement.shortName}</Link> · {plan.country.name} · <Badge>{tStatus(plan.status)}</Badge>
      </p>
      {overdue > 0 && (
        <p role="status" className="form-message form-message-error">
          {t("overdueSummary", { count: overdue })}
        </p>
      )}
      {plan.mayEdit && (
        <p>
          <Link href={`/plans/${plan.id}/edit`} className="button button-secondary">
            {t("edit")}
          </Link>
        </p>
      )}

      <dl className="facts">
        <dt>{t("owner")}</dt>
        <dd>{plan.ownerOrganisation.name}</dd>
        <dt>{t("origin")}</dt>
        <dd>
          {tOrigin(plan.origin)}
          {plan.originDetail && <span className="multiline"> — {plan.originDetail}</span>}
        </dd>
        <dt>{t("program")}</dt>
        <dd>{plan.program ? <ProgramLink program={plan.program} /> : "—"}</dd>
        <dt>{t("drafted")}</dt>
        <dd>
          {date.moment(plan.createdAt)}
          {plan.createdBy && ` · ${plan.createdBy.name}`}
        </dd>
        <dt>{t("submitted")}</dt>
        <dd>{plan.submittedAt ? date.moment(plan.submittedAt) : "—"}</dd>
      </dl>
      {objectives.text && (
        <>
          <h2>{t("objectives")}</h2>
          <p className="multiline" lang={objectives.language}>
            {objectives.text}
          </p>
          <UntranslatedNote text={objectives} locale={locale} />
        </>
      )}
    </>
  );
}
