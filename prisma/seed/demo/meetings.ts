// Meetings of councils and committees, with their decisions (referred to by plan measures as
// "<meeting key>#<position>") and published outcome documents.
import { createDocuments, createMeetingDecisions, createMeetings } from "@/prisma/seed/factories";
import { day, newId, type SeedContext } from "./context";
import { doc, documentRows, type DocDef } from "./documents";

type MeetingDef = {
  key: string;
  institution: string;
  date: string;
  place: string;
  isPublic: boolean;
  summary: string;
  decisions: string[];
  documents?: DocDef[];
};

export const meetings: MeetingDef[] = [
  {
    key: "usmca-lc-2021", institution: "usmca-council", date: "2021-07-21", place: "Videoconference", isPublic: true,
    summary: "First meeting of the Labor Council. The Parties reviewed Mexico's implementation of the 2019 labour reform and heard workers' and employers' organisations in a public session.",
    decisions: [
      "Adopt a cooperative work plan for 2021–2023 on labour justice reform, labour inspection, forced labour and gender equality at work.",
      "Hold a public session with stakeholders at every Council meeting.",
      "Contact points to report every six months on the legitimation of collective bargaining agreements in Mexico.",
    ],
    documents: [doc("Joint statement of the first USMCA Labor Council meeting", "A08", "https://www.dol.gov/agencies/ilab/our-work/trade/labor-rights-usmca", "en", "2021-07-21")],
  },
  {
    key: "usmca-lc-2023", institution: "usmca-council", date: "2023-07-20", place: "Washington, D.C., United States", isPublic: true,
    summary: "Second meeting. Took stock of the close of the legitimation process, the first Rapid Response Mechanism cases and the Parties' forced labour import measures.",
    decisions: [
      "Set up a trilateral information exchange on the enforcement of forced labour import prohibitions (Art. 23.6).",
      "Commission a joint study on informal employment in North American value chains.",
    ],
    documents: [doc("Labor Council: summary of the public session", "A08", "https://www.dol.gov/agencies/ilab/our-work/trade/labor-rights-usmca", "en", "2023-08-15")],
  },
  {
    key: "usmca-lc-2025", institution: "usmca-council", date: "2025-07-09", place: "Ottawa, Canada", isPublic: true,
    summary: "Third meeting, held ahead of the 2026 joint review. Discussed migrant worker recruitment, violence against workers and the funding of cooperation after 2025.",
    decisions: [
      "Prepare a joint assessment of Chapter 23 cooperation for the 2026 joint review.",
      "Develop a trilateral action plan on fair recruitment of migrant agricultural workers (Art. 23.8).",
      "Mexico to report on the caseload and resolution times of the federal labour courts.",
    ],
  },
  {
    key: "usmca-ilc-2024", institution: "usmca-ilc", date: "2024-03-14", place: "Washington, D.C., United States", isPublic: false,
    summary: "Internal review of pending Rapid Response Mechanism petitions and of monitoring priorities for 2024.",
    decisions: ["Prioritise monitoring of the auto-parts sector in Tamaulipas and Guanajuato."],
  },
  {
    key: "cafta-lac-2017", institution: "cafta-council", date: "2017-09-26", place: "Tegucigalpa, Honduras", isPublic: true,
    summary: "The Council reviewed the arbitral panel report in the Guatemala labour case and the regional cooperation priorities under Annex 16.5.",
    decisions: [
      "Renew the regional cooperation priorities: labour inspection, child labour and occupational safety in agro-exports.",
      "Each Party to publish annual labour inspection statistics.",
    ],
  },
  {
    key: "cafta-lac-2022", institution: "cafta-council", date: "2022-10-12", place: "San José, Costa Rica", isPublic: false,
    summary: "Closed session of senior officials on labour inspection capacity and the protection of trade unionists in the region.",
    decisions: [
      "Guatemala to submit an updated enforcement action plan for review by the Council.",
      "Set up a working group on electronic inspection case management.",
    ],
  },
  {
    key: "evfta-tsd-2021", institution: "evfta-tsd", date: "2021-11-04", place: "Videoconference", isPublic: true,
    summary: "First meeting of the Committee on Trade and Sustainable Development: rules of procedure, Domestic Advisory Groups and the ratification of ILO fundamental conventions.",
    decisions: [
      "Adopt the Committee's rules of procedure.",
      "Viet Nam to present a timetable for the ratification of ILO Convention No. 87.",
      "Both Parties to complete the establishment of their Domestic Advisory Groups.",
    ],
    documents: [doc("Joint report of the first TSD Committee meeting", "A08", "https://policy.trade.ec.europa.eu/eu-trade-relationships-country-and-region/countries-and-regions/vietnam_en", "en", "2021-12-01")],
  },
  {
    key: "evfta-tsd-2022", institution: "evfta-tsd", date: "2022-11-22", place: "Hà Nội, Viet Nam", isPublic: true,
    summary: "Second meeting: progress on the decrees implementing the 2019 Labour Code, on worker representative organisations and on the ILO C87 ratification roadmap.",
    decisions: [
      "Viet Nam to submit a draft action plan for the ratification of ILO C87 to the Committee.",
      "The EU to support the ratification work through ILO technical assistance.",
    ],
  },
  {
    key: "evfta-tsd-2024", institution: "evfta-tsd", date: "2024-10-17", place: "Brussels, Belgium", isPublic: true,
    summary: "Third meeting: review of Viet Nam's draft C87 action plan, labour inspection and the Domestic Advisory Groups' joint recommendations.",
    decisions: [
      "Viet Nam to revise the C87 action plan taking into account the EU DAG's recommendations.",
      "Hold the Joint Forum back-to-back with each Committee meeting.",
    ],
  },
  {
    key: "evfta-forum-2023", institution: "evfta-forum", date: "2023-06-13", place: "Hà Nội, Viet Nam", isPublic: true,
    summary: "Joint Forum of the two Domestic Advisory Groups on freedom of association, child labour in supply chains and wage setting.",
    decisions: ["Forward the Domestic Advisory Groups' joint recommendations to the Committee."],
  },
  {
    key: "ccofta-mc-2013", institution: "ccofta-council", date: "2013-06-04", place: "Bogotá, Colombia", isPublic: true,
    summary: "First Ministerial Council: cooperative priorities for 2013–2015, notably labour inspection and social dialogue.",
    decisions: ["Adopt a cooperation plan on labour inspection, social dialogue and occupational safety for 2013–2015."],
  },
  {
    key: "ccofta-mc-2018", institution: "ccofta-council", date: "2018-05-23", place: "Ottawa, Canada", isPublic: true,
    summary: "Ministerial consultations following the NAO review of Public Communication CAN 2016-1 concluded with a multi-year action plan.",
    decisions: [
      "Adopt the 2018–2021 action plan on abusive subcontracting, labour inspection and violence against union leaders.",
      "Report on implementation to the Council every six months.",
    ],
    documents: [doc("Publication of the 2018–2021 Action Plan", "A09", "https://www.canada.ca/en/employment-social-development/services/labour-relations/international/agreements/colombia.html", "en", "2018-05-23")],
  },
  {
    key: "ccofta-mc-2022", institution: "ccofta-council", date: "2022-09-28", place: "Videoconference", isPublic: true,
    summary: "Review of the 2018–2021 action plan's results and of the remaining protection gaps for union leaders.",
    decisions: ["Prepare a follow-up remediation plan on the protection of union leaders."],
  },
  {
    key: "naalc-council-1995", institution: "naalc-council", date: "1995-03-20", place: "Dallas, Texas, United States", isPublic: true,
    summary: "Council meeting on the Secretariat's work programme and trilateral cooperative activities.",
    decisions: ["Ask the Secretariat to prepare a comparative report on labour markets in North America."],
  },
  {
    key: "naalc-council-2005", institution: "naalc-council", date: "2005-11-07", place: "Mexico City, Mexico", isPublic: true,
    summary: "Council meeting on occupational safety and health cooperation and migrant worker rights.",
    decisions: ["Launch a trilateral occupational safety and health working group.", "Publish a guide to migrant worker rights in the three countries."],
  },
];

export async function loadMeetings(ctx: SeedContext): Promise<void> {
  const { tx } = ctx;
  await createMeetings(
    tx,
    meetings.map((m) => ({
      id: ctx.meetings.add(m.key),
      institutionId: ctx.institutions.id(m.institution),
      date: day(m.date),
      place: m.place,
      summary: m.summary,
      isPublic: m.isPublic,
    })),
  );
  await createMeetingDecisions(
    tx,
    meetings.flatMap((m) =>
      m.decisions.map((text, index) => ({
        id: ctx.decisions.add(`${m.key}#${index + 1}`, newId()),
        meetingId: ctx.meetings.id(m.key),
        position: index + 1,
        text,
      })),
    ),
  );
  await createDocuments(tx, meetings.flatMap((m) => documentRows(m.documents, { meetingId: ctx.meetings.id(m.key) })));
}
