import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/platform/i18n/server";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { HealthSection, PlansSection, ProgramsSection } from "@/components/dashboard/dashboard-sections";
import { FundingSection } from "@/components/dashboard/funding-section";
import { KeyFigures } from "@/components/dashboard/key-figures";
import { SubmissionsSection } from "@/components/dashboard/submissions-section";
import { ExportLinks } from "@/components/exports/export-links";
import { BalanceChart } from "@/components/participation/balance-chart";
import { DASHBOARD_LIST } from "@/components/lists/dashboard-list";
import { readList, type SearchParams } from "@/lib/platform/api/list-query";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { getDashboardFigures } from "@/lib/domain/dashboard/dashboard";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Dashboard"))("title") };
}

/**
 * What the register says, in figures: money committed, disbursed and spent; programs by status and
 * type; how far civil society takes part; plans and overdue measures; the funded programs that
 * lack monitoring; and how the public submissions fare, the overdue ones flagged. Every figure is
 * computed in the database over what the viewer may read.
 */
export default async function DashboardPage({ searchParams }: Props) {
  const list = readList(DASHBOARD_LIST, await searchParams);
  const { filter, query } = list;
  const viewer = await getCurrentUser();
  const [t, format, { value: dashboard, computedAt }] = await Promise.all([getTranslations("Dashboard"), getFormatter(), getDashboardFigures(viewer, filter)]);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{viewer ? t("introSignedIn") : t("introPublic")}</p>
      <p className="muted">
        <time dateTime={computedAt.toISOString()}>{t("computedAt", { time: format.dateTime(computedAt, { timeStyle: "short", timeZone: "UTC" }) })}</time>
      </p>

      <DashboardFilters list={list} />
      <KeyFigures dashboard={dashboard} query={query} filter={filter} />
      <FundingSection dashboard={dashboard} />
      <ProgramsSection dashboard={dashboard} query={query} />
      <HealthSection dashboard={dashboard} query={query} />

      <BalanceChart balance={dashboard.balance} headingId="dashboard-balance-title" title={t("balanceTitle")} />

      <ExportLinks datasets={["programs", "transactions", "indicators", "events"]} query={query.toString()} />

      <PlansSection dashboard={dashboard} />
      <SubmissionsSection dashboard={dashboard} />
    </>
  );
}
