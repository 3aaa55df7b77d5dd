// Action and remediation plans with their measures, evidence and analyst reviews. Measures whose
// due date has passed without being MET are the overdue ones the dashboard lists.
import type { MeasureStatus, PlanKind, PlanOrigin, PlanStatus, ReviewDecision } from "@/lib/platform/db/generated/enums";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { createDocuments, createMeasures, createPlans, createReviews } from "@/prisma/seed/factories";
import { ANALYST_EMAIL, day, GOV_MX_EMAIL, newId, optionalDay, Registry, type SeedContext } from "./context";
import { doc, documentRows, type DocDef } from "./documents";
import { demoTranslations } from "./translations";

type MeasureDef = {
  title: string;
  description?: string;
  responsible: string;
  due: string;
  status: MeasureStatus;
  /** "<meeting key>#<position>" of the decision the measure follows up. */
  decision?: string;
  /** When the analyst verified a MET measure. */
  verified?: string;
  evidence?: DocDef[];
};
type ReviewDef = [decision: ReviewDecision, at: string, comment: string];
type PlanDef = {
  key: string;
  kind: PlanKind;
  title: string;
  agreement: string;
  country: string;
  program?: string;
  origin: PlanOrigin;
  originDetail: string;
  owner: string;
  objectives: string;
  status: PlanStatus;
  createdAt: string;
  submittedAt?: string;
  createdBy?: string;
  measures: MeasureDef[];
  reviews?: ReviewDef[];
};

const stpsNews = "https://www.gob.mx/stps/prensa";

export const plans: PlanDef[] = [
  {
    key: "usmca-rrm-matamoros", kind: "REMEDIATION", agreement: "USMCA", country: "MX", program: "US-GOV-1-ILAB-MX-002",
    title: "Course of remediation at an auto-parts facility in Matamoros, Tamaulipas",
    origin: "PUBLIC_SUBMISSION",
    originDetail: "Rapid Response Mechanism petition filed in April 2024 by an independent Mexican union and a U.S. labour federation alleging a denial of free association; course of remediation agreed on 15 July 2024.",
    owner: "stps", createdBy: GOV_MX_EMAIL, status: "IN_PROGRESS", createdAt: "2024-07-16", submittedAt: "2024-07-20",
    objectives: "Workers at the facility can choose their union freely, organisers dismissed for union activity are reinstated, and a collective agreement is negotiated by the union the workers chose.",
    measures: [
      { title: "Employer issues and posts a statement of neutrality", responsible: "stps", due: "2024-08-15", status: "MET", verified: "2024-08-30",
        evidence: [doc("Constancia de publicación del aviso de neutralidad", "A08", stpsNews, "es", "2024-08-14")] },
      { title: "Reinstate dismissed organisers with back pay", responsible: "stps", due: "2024-09-30", status: "MET", verified: "2024-10-15",
        evidence: [doc("Acta de reinstalación y pago de salarios caídos", "A08", stpsNews, "es", "2024-09-27")] },
      { title: "Freedom of association training for all workers and managers", description: "Delivered by STPS inspectors on every shift.", responsible: "stps", due: "2024-11-30", status: "PARTIALLY_MET" },
      { title: "Union representation election observed by STPS and the CFCRL", responsible: "cfcrl", due: "2025-03-31", status: "MET", verified: "2025-04-10",
        evidence: [doc("Resultados de la consulta de representatividad", "A08", "https://centrolaboral.gob.mx", "es", "2025-03-28")] },
      { title: "First collective agreement negotiated by the elected union is registered", responsible: "cfcrl", due: "2026-06-30", status: "SCHEDULED" },
      { title: "Independent follow-up report on reprisals six months after the election", responsible: "tuca", due: "2025-10-31", status: "NOT_MET" },
    ],
    reviews: [
      ["APPROVE", "2024-07-25", "The measures match the agreed course of remediation and the deadlines are realistic."],
      ["COMMENT", "2025-05-02", "Election verified. The collective agreement and the reprisal follow-up remain outstanding."],
    ],
  },
  {
    key: "cafta-gt-enforcement", kind: "ACTION", agreement: "CAFTA-DR", country: "GT", program: "US-GOV-1-ILAB-GT-001",
    title: "Labour law enforcement action plan — Guatemala (2025 update)",
    origin: "REVIEW_FINDING",
    originDetail: "Follows the 2017 arbitral panel report in the Guatemala labour case and the Labor Affairs Council's 2022 request for an updated enforcement plan.",
    owner: "mintrab-gt", status: "UNDER_REVIEW", createdAt: "2025-02-10", submittedAt: "2026-09-15",
    objectives: "Inspections end in sanctions that are collected, labour court reinstatement orders are enforced, and inspection data are public.",
    measures: [
      { title: "Inspectors impose sanctions directly and sanctions are published", responsible: "mintrab-gt", due: "2025-06-30", status: "MET", verified: "2025-08-20",
        evidence: [doc("Acuerdo ministerial sobre el procedimiento sancionatorio", "A04", "https://www.mintrabajo.gob.gt", "es", "2025-06-12")] },
      { title: "Recruit and train 100 additional inspectors for rural departments", responsible: "mintrab-gt", due: "2026-06-30", status: "PARTIALLY_MET" },
      { title: "Average time from inspection to sanction down to 120 days", responsible: "mintrab-gt", due: "2026-12-31", status: "SCHEDULED" },
      { title: "Labour court reinstatement orders enforced within 90 days", responsible: "mintrab-gt", due: "2026-03-31", status: "NOT_MET" },
      { title: "Publish quarterly inspection statistics", responsible: "mintrab-gt", due: "2025-12-31", status: "MET", decision: "cafta-lac-2017#2", verified: "2026-01-20" },
    ],
    reviews: [["COMMENT", "2026-10-02", "Please attach evidence for the inspector recruitment figures and the reinstatement caseload before the review can conclude."]],
  },
  {
    key: "evfta-c87", kind: "ACTION", agreement: "EVFTA", country: "VN", program: "XI-IATI-EC_INTPA-VN-001",
    title: "Action plan for the ratification of ILO Convention No. 87",
    origin: "COUNCIL_DECISION",
    originDetail: "Decision of the Committee on Trade and Sustainable Development of 22 November 2022: Viet Nam to submit a draft action plan for the ratification of C87.",
    owner: "molisa", status: "CHANGES_REQUESTED", createdAt: "2023-03-01", submittedAt: "2024-09-30",
    objectives: "Viet Nam ratifies C87 and its law on worker representative organisations is in line with it.",
    measures: [
      { title: "Present a ratification timetable to the TSD Committee", responsible: "molisa", due: "2022-11-22", status: "MET", decision: "evfta-tsd-2021#2", verified: "2022-12-05",
        evidence: [doc("Roadmap for the ratification of ILO fundamental conventions", "A02", "https://www.ilo.org/regions-and-countries/asia-and-pacific/viet-nam", "en", "2022-11-22")] },
      { title: "Complete the legal gap analysis between national law and C87", responsible: "molisa", due: "2023-06-30", status: "MET", verified: "2023-07-14" },
      { title: "Adopt the decree on registration of worker representative organisations", responsible: "molisa", due: "2024-12-31", status: "PARTIALLY_MET" },
      { title: "Submit the ratification dossier to the National Assembly", responsible: "molisa", due: "2026-05-31", status: "NOT_MET", decision: "evfta-tsd-2024#1" },
      { title: "Consult VGCL, VCCI and both Domestic Advisory Groups on the dossier", responsible: "molisa", due: "2027-03-31", status: "SCHEDULED", decision: "evfta-tsd-2022#1" },
    ],
    reviews: [
      ["COMMENT", "2024-10-20", "The gap analysis is thorough. The plan should say how registration will work before ratification."],
      ["REQUEST_CHANGES", "2024-11-05", "The timetable has no date for submission to the National Assembly. Add one, and interim measures on registration as the EU DAG recommended."],
    ],
  },
  {
    key: "ccofta-union-leaders", kind: "REMEDIATION", agreement: "CCOFTA", country: "CO", program: "CA-GOV-ESDC-CO-001",
    title: "Remediation plan on the protection of trade union leaders",
    origin: "REVIEW_FINDING",
    originDetail: "Canadian NAO report on Public Communication CAN 2016-1 (January 2017) and the Ministerial Council's 2022 decision to prepare a follow-up plan.",
    owner: "mintrabajo-co", status: "APPROVED", createdAt: "2022-11-15", submittedAt: "2023-01-31",
    objectives: "Threatened union leaders are protected promptly and violence against trade unionists is investigated and punished.",
    measures: [
      { title: "Assess protection requests from union leaders within 30 days", responsible: "mintrabajo-co", due: "2025-12-31", status: "PARTIALLY_MET" },
      { title: "Joint table with union confederations to review protection cases", responsible: "mintrabajo-co", due: "2023-06-30", status: "MET", decision: "ccofta-mc-2022#1", verified: "2023-07-20" },
      { title: "Publish yearly data on investigations and convictions for violence against trade unionists", responsible: "mintrabajo-co", due: "2024-03-31", status: "MET", verified: "2024-04-22",
        evidence: [doc("Informe anual: investigaciones por violencia antisindical 2023", "A08", "https://www.mintrabajo.gov.co", "es", "2024-03-28")] },
      { title: "Independent monitoring report by workers' organisations", responsible: "tuca", due: "2026-09-30", status: "SCHEDULED" },
    ],
    reviews: [
      ["REQUEST_CHANGES", "2023-02-20", "Add a measurable target for the time taken to assess protection requests."],
      ["APPROVE", "2023-03-15", "Approved with the 30-day target added."],
    ],
  },
  {
    key: "usmca-rrm-silao", kind: "REMEDIATION", agreement: "USMCA", country: "MX",
    title: "Course of remediation after the first Rapid Response case (auto plant, Silao)",
    origin: "OTHER",
    originDetail: "Request for review by the United States in May 2021 after irregularities in a legitimation vote; course of remediation agreed in July 2021.",
    owner: "stps", createdBy: GOV_MX_EMAIL, status: "COMPLETED", createdAt: "2021-07-08", submittedAt: "2021-07-10",
    objectives: "Workers vote freely on their collective agreement and may then choose a new union.",
    measures: [
      { title: "Give workers access to the collective agreement before the vote", responsible: "stps", due: "2021-08-10", status: "MET", verified: "2021-08-12" },
      { title: "Repeat the legitimation vote under STPS supervision with ILO observers", responsible: "stps", due: "2021-08-20", status: "MET", verified: "2021-08-25" },
      { title: "Sanction those responsible for the irregularities in the first vote", responsible: "stps", due: "2021-12-31", status: "MET", verified: "2022-01-18" },
    ],
    reviews: [
      ["APPROVE", "2021-07-15", "Measures address every irregularity identified."],
      ["COMMENT", "2022-03-10", "Completed: workers rejected the legacy agreement and elected a new independent union in February 2022."],
    ],
  },
  {
    key: "usmca-fair-recruitment", kind: "ACTION", agreement: "USMCA", country: "MX", program: "US-GOV-1-ILAB-MX-006",
    title: "Action plan on fair recruitment of migrant agricultural workers",
    origin: "COUNCIL_DECISION",
    originDetail: "Labor Council decision of 9 July 2025 to develop a trilateral action plan on fair recruitment (Art. 23.8).",
    owner: "stps", createdBy: GOV_MX_EMAIL, status: "DRAFT", createdAt: "2026-09-01",
    objectives: "No Mexican temporary agricultural worker pays recruitment fees, and complaints are heard in both countries.",
    measures: [
      { title: "Register all private agencies recruiting workers for jobs abroad", responsible: "stps", due: "2027-06-30", status: "SCHEDULED", decision: "usmca-lc-2025#2" },
      { title: "Publish a list of sanctioned recruiters", responsible: "stps", due: "2027-12-31", status: "SCHEDULED" },
      { title: "Complaint channel for temporary workers through the consulates", responsible: "stps", due: "2028-03-31", status: "SCHEDULED" },
    ],
  },
  {
    key: "cafta-hn-map", kind: "ACTION", agreement: "CAFTA-DR", country: "HN",
    title: "Labor Rights Monitoring and Action Plan — 2026 follow-up",
    origin: "PUBLIC_SUBMISSION",
    originDetail: "Follows the 2012 public submission by the AFL-CIO and Honduran unions and the 2015 Monitoring and Action Plan.",
    owner: "stss-hn", status: "SUBMITTED", createdAt: "2026-10-05", submittedAt: "2026-11-20",
    objectives: "The 2017 Labour Inspection Law is applied everywhere and old inspection cases are closed.",
    measures: [
      { title: "Apply the fines of the 2017 Labour Inspection Law in all regional offices", responsible: "stss-hn", due: "2026-12-31", status: "SCHEDULED" },
      { title: "Halve the number of inspection cases pending for more than a year", responsible: "stss-hn", due: "2027-06-30", status: "SCHEDULED" },
      { title: "Joint monitoring with workers' organisations in the maquila sector", responsible: "tuca", due: "2027-03-31", status: "SCHEDULED" },
    ],
  },
];

/** Loads the plans and returns their ids by key. */
export async function loadPlans(ctx: SeedContext): Promise<Registry> {
  const planIds = new Registry("plan");
  const measures: Prisma.MeasureCreateManyInput[] = [];
  const evidence: Prisma.DocumentCreateManyInput[] = [];
  const analystId = ctx.users.id(ANALYST_EMAIL);
  await createPlans(
    ctx.tx,
    plans.map((p) => {
      const id = planIds.add(p.key);
      for (const m of p.measures) {
        const measureId = newId();
        evidence.push(...documentRows(m.evidence, { measureId }));
        measures.push({
          id: measureId,
          planId: id,
          title: m.title,
          translations: demoTranslations({ title: m.title }),
          description: m.description ?? "",
          responsibleOrganisationId: ctx.orgs.id(m.responsible),
          dueDate: day(m.due),
          status: m.status,
          decisionId: ctx.decisions.optional(m.decision),
          verifiedById: m.verified ? analystId : null,
          verifiedAt: optionalDay(m.verified),
        });
      }
      return {
        id,
        kind: p.kind,
        title: p.title,
        translations: demoTranslations({ title: p.title }),
        agreementId: ctx.agreements.id(p.agreement),
        countryCode: p.country,
        programId: ctx.programs.optional(p.program),
        origin: p.origin,
        originDetail: p.originDetail,
        ownerOrganisationId: ctx.orgs.id(p.owner),
        objectives: p.objectives,
        status: p.status,
        submittedAt: optionalDay(p.submittedAt),
        createdById: ctx.users.optional(p.createdBy),
        createdAt: day(p.createdAt),
      };
    }),
  );
  await createMeasures(ctx.tx, measures);
  await createDocuments(ctx.tx, evidence);
  await createReviews(
    ctx.tx,
    plans.flatMap((p) =>
      (p.reviews ?? []).map(([decision, at, comment]) => ({
        id: newId(),
        planId: planIds.id(p.key),
        analystId,
        decision,
        comment,
        createdAt: day(at),
      })),
    ),
  );
  return planIds;
}
