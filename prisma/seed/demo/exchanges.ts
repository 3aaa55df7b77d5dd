// Information exchanged between the Parties under the labour provisions (toCountry null = all
// Parties), with the provisions each one relates to and supporting documents.
import type { ExchangeKind } from "@/lib/platform/db/generated/enums";
import { createDocuments, createExchanges } from "@/prisma/seed/factories";
import { day, GOV_MX_EMAIL, GOV_US_EMAIL, newId, type SeedContext } from "./context";
import { doc, documentRows, type DocDef } from "./documents";
import { demoTranslations } from "./translations";

type ExchangeDef = {
  agreement: string;
  from: string;
  to: string | null;
  kind: ExchangeKind;
  date: string;
  title: string;
  summary: string;
  link?: string;
  isPublic: boolean;
  createdBy?: string;
  provisions: string[];
  documents?: DocDef[];
};

export const exchanges: ExchangeDef[] = [
  {
    agreement: "USMCA", from: "MX", to: null, kind: "LEGISLATION_UPDATE", date: "2021-04-23", isPublic: true, createdBy: GOV_MX_EMAIL,
    title: "Reform restricting labour subcontracting",
    summary: "Mexico notified the reform that prohibits subcontracting of personnel except for registered specialised services, and its effect on profit-sharing and social security.",
    link: "https://www.dof.gob.mx", provisions: ["usmca-23.3", "usmca-23-a"],
    documents: [doc("Decreto en materia de subcontratación laboral (DOF, 23/04/2021)", "A04", "https://www.dof.gob.mx", "es", "2021-04-23")],
  },
  {
    agreement: "USMCA", from: "US", to: "MX", kind: "INSPECTION_REPORT", date: "2024-05-06", isPublic: false, createdBy: GOV_US_EMAIL,
    title: "Preliminary findings of a Rapid Response review at an auto-parts facility",
    summary: "Shared with Mexico before remediation talks: worker interviews point to interference in a union election and dismissals of organisers.",
    provisions: ["usmca-31-a"],
  },
  {
    agreement: "USMCA", from: "CA", to: null, kind: "BEST_PRACTICE", date: "2023-07-20", isPublic: true,
    title: "Canada's proactive pay equity regime",
    summary: "ESDC presented the federal Pay Equity Act, its employer plans and the role of the Pay Equity Commissioner.",
    link: "https://www.canada.ca/en/services/jobs/workplace/human-rights/pay-equity.html", provisions: ["usmca-23.9"],
  },
  {
    agreement: "USMCA", from: "MX", to: null, kind: "LABOUR_MARKET_DATA", date: "2025-08-14", isPublic: true, createdBy: GOV_MX_EMAIL,
    title: "Labour informality rate, second quarter 2025 (ENOE)",
    summary: "Quarterly employment, informality and earnings series from Mexico's national employment survey, with the methodological notes agreed in the statistics exchange.",
    link: "https://www.inegi.org.mx/programas/enoe/15ymas/", provisions: ["usmca-23.12"],
    documents: [doc("ENOE: indicadores de informalidad laboral, II trimestre 2025", "A08", "https://www.inegi.org.mx/programas/enoe/15ymas/", "es", "2025-08-14")],
  },
  {
    agreement: "USMCA", from: "US", to: null, kind: "OTHER", date: "2024-09-18", isPublic: true, createdBy: GOV_US_EMAIL,
    title: "U.S. enforcement of the forced labour import prohibition",
    summary: "Summary of withhold release orders, findings and modifications, and the evidence importers submit to obtain release.",
    link: "https://www.cbp.gov/trade/forced-labor", provisions: ["usmca-23.6"],
    documents: [doc("Forced labor: withhold release orders and findings", "A12", "https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings", "en", "2024-09-01")],
  },
  {
    agreement: "CAFTA-DR", from: "GT", to: "US", kind: "INSPECTION_REPORT", date: "2025-04-09", isPublic: true,
    title: "Guatemala labour inspection statistics 2024",
    summary: "Inspections by sector and department, violations found, sanctions imposed since the 2017 reform, and fines collected.",
    link: "https://www.mintrabajo.gob.gt", provisions: ["cafta-16.2", "cafta-16.5"],
    documents: [doc("Estadísticas de inspección 2024", "A08", "https://www.mintrabajo.gob.gt", "es", "2025-03-31")],
  },
  {
    agreement: "CAFTA-DR", from: "US", to: null, kind: "OTHER", date: "2009-01-16", isPublic: true, createdBy: GOV_US_EMAIL,
    title: "Public report of review of the Guatemala submission",
    summary: "OTLA's report on the 2008 submission by U.S. and Guatemalan unions, which led to consultations and later to the first labour dispute under a U.S. trade agreement.",
    link: "https://www.dol.gov/agencies/ilab/our-work/trade/fta-submissions", provisions: ["cafta-16.4.3", "cafta-16.2", "cafta-16.6"],
    documents: [doc("Public Report of Review of Office of Trade and Labor Affairs U.S. Submission 2008-01 (Guatemala)", "A07", "https://www.dol.gov/agencies/ilab/our-work/trade/fta-submissions", "en", "2009-01-16")],
  },
  {
    agreement: "CAFTA-DR", from: "HN", to: "US", kind: "LEGISLATION_UPDATE", date: "2017-03-15", isPublic: true,
    title: "New Labour Inspection Law",
    summary: "Honduras notified its 2017 Labour Inspection Law, which raises fines and strengthens inspectors' powers, a commitment of the Labor Rights Monitoring and Action Plan.",
    link: "https://www.trabajo.gob.hn", provisions: ["cafta-16.2"],
  },
  {
    agreement: "EVFTA", from: "VN", to: "EU", kind: "LEGISLATION_UPDATE", date: "2021-01-01", isPublic: true,
    title: "Entry into force of the 2019 Labour Code",
    summary: "The Labour Code (Law No. 45/2019/QH14) allows workers to form enterprise-level representative organisations outside the VGCL and revises working time and dispute rules.",
    link: "https://vanban.chinhphu.vn", provisions: ["evfta-13.4.2", "evfta-13.4.3"],
    documents: [doc("Bộ luật Lao động 2019", "A04", "https://vanban.chinhphu.vn", "vi", "2019-11-20")],
  },
  {
    agreement: "EVFTA", from: "VN", to: "EU", kind: "LEGISLATION_UPDATE", date: "2020-07-14", isPublic: true,
    title: "Ratification of ILO Convention No. 105 on the abolition of forced labour",
    summary: "Viet Nam informed the EU that it had deposited its ratification of C105, following C98 in 2019.",
    link: "https://normlex.ilo.org", provisions: ["evfta-13.4.3-fl"],
  },
  {
    agreement: "EVFTA", from: "EU", to: "VN", kind: "BEST_PRACTICE", date: "2023-06-13", isPublic: false,
    title: "Technical note: trade union registration in EU Member States",
    summary: "How several Member States handle registration, recognition and the representativeness of trade unions, prepared for the C87 working group.",
    provisions: ["evfta-13.4.2", "evfta-13.4.3"],
  },
  {
    agreement: "CCOFTA", from: "CA", to: "CO", kind: "OTHER", date: "2017-01-27", isPublic: true,
    title: "NAO review report on Public Communication CAN 2016-1",
    summary: "The Canadian NAO found shortcomings in addressing abusive subcontracting, fine collection and violence against union leaders, and recommended ministerial consultations.",
    link: "https://www.canada.ca/en/employment-social-development/services/labour-relations/international/agreements/2016-1.html", provisions: ["lca-communications", "lca-1-foa", "lca-3"],
    documents: [doc("Review of Public Communication CAN 2016-1: report", "A07", "https://www.canada.ca/en/employment-social-development/services/labour-relations/international/agreements/2016-1.html", "en", "2017-01-27")],
  },
  {
    agreement: "CCOFTA", from: "CO", to: "CA", kind: "INSPECTION_REPORT", date: "2020-02-18", isPublic: true,
    title: "Inspections of illegal labour intermediation in palm oil, sugar and ports",
    summary: "Results of targeted inspections: investigations opened, fines imposed and formalisation agreements signed, 2018–2019.",
    provisions: ["lca-3", "lca-1-foa"],
  },
  {
    agreement: "CCOFTA", from: "CO", to: null, kind: "LABOUR_MARKET_DATA", date: "2016-11-30", isPublic: true,
    title: "Union density and collective bargaining coverage, 2016",
    summary: "First yearly bulletin prepared with the methodology agreed in the bilateral statistics exchange.",
    provisions: ["ccofta-1603"],
  },
];

export async function loadExchanges(ctx: SeedContext): Promise<void> {
  const withIds = exchanges.map((e) => ({ ...e, id: newId() }));
  await createExchanges(
    ctx.tx,
    withIds.map((e) => ({
      id: e.id,
      agreementId: ctx.agreements.id(e.agreement),
      fromCountryCode: e.from,
      toCountryCode: e.to,
      kind: e.kind,
      date: day(e.date),
      title: e.title,
      summary: e.summary,
      translations: demoTranslations({ title: e.title, summary: e.summary }),
      link: e.link ?? null,
      isPublic: e.isPublic,
      createdById: ctx.users.optional(e.createdBy),
    })),
  );
  await ctx.tx.exchangeProvision.createMany({
    data: withIds.flatMap((e) => e.provisions.map((key) => ({ exchangeId: e.id, provisionId: ctx.provisions.id(key) }))),
  });
  await createDocuments(ctx.tx, withIds.flatMap((e) => documentRows(e.documents, { exchangeId: e.id, uploadedById: ctx.users.optional(e.createdBy) })));
}
