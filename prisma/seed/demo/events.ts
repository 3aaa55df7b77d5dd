// Program events and who attended, by organisation and constituency (null organisation = other
// participants of that constituency).
import type { Constituency, EventKind } from "@/lib/platform/db/generated/enums";
import { createAttendances, createEvents } from "@/prisma/seed/factories";
import { day, newId, optionalDay, type SeedContext } from "./context";

type Attendance = [organisation: string | null, constituency: Constituency, women: number, men: number];
type EventDef = {
  program: string;
  kind: EventKind;
  title: string;
  start: string;
  end?: string;
  place?: string;
  summary: string;
  attendance?: Attendance[];
};

export const events: EventDef[] = [
  // USMCA
  { program: "US-GOV-1-ILAB-MX-001", kind: "TRAINING", title: "Oral proceedings training for federal labour judges", start: "2021-09-13", end: "2021-09-17", place: "Mexico City", summary: "Five-day course on oral hearings, evidence and drafting of rulings.", attendance: [["stps", "GOVERNMENT", 18, 14], [null, "GOVERNMENT", 22, 19], ["ilo", "OTHER", 2, 1]] },
  { program: "US-GOV-1-ILAB-MX-001", kind: "WORKSHOP", title: "Conciliation centres: lessons from the first year", start: "2022-11-08", place: "Monterrey, Nuevo León", summary: "State conciliation centres compared settlement rates and waiting times.", attendance: [["cfcrl", "GOVERNMENT", 12, 9], ["stps", "GOVERNMENT", 6, 5], ["coparmex", "EMPLOYERS", 4, 7], ["tuca", "WORKERS", 3, 2], ["sinttia", "WORKERS", 2, 4]] },
  { program: "US-GOV-1-ILAB-MX-001", kind: "CONSULTATION", title: "Workers' organisations on labour court performance", start: "2024-05-21", place: "Mexico City", summary: "Unions reported delays in collective cases and uneven enforcement of rulings.", attendance: [["tuca", "WORKERS", 6, 5], ["sinttia", "WORKERS", 3, 6], ["aflcio", "WORKERS", 1, 1], ["stps", "GOVERNMENT", 4, 3], [null, "CIVIL_SOCIETY", 5, 2]] },
  { program: "US-GOV-1-ILAB-MX-001", kind: "PUBLICATION", title: "Guide to the new labour justice system for workers", start: "2023-03-01", summary: "Plain-language guide in Spanish on conciliation, labour courts and deadlines." },
  { program: "US-GOV-1-ILAB-MX-002", kind: "TRAINING", title: "Facility verification protocol training", start: "2023-02-07", end: "2023-02-09", place: "Mexico City", summary: "Joint training of U.S. and Mexican staff on verification visits and worker interviews.", attendance: [["ilab", "GOVERNMENT", 3, 4], ["stps", "GOVERNMENT", 5, 6], ["cfcrl", "GOVERNMENT", 4, 2]] },
  { program: "US-GOV-1-ILAB-MX-002", kind: "WORKSHOP", title: "Lessons from the first Rapid Response cases", start: "2024-04-16", place: "Washington, D.C.", summary: "Review of timelines, remediation terms and worker follow-up in closed cases.", attendance: [["ilab", "GOVERNMENT", 5, 3], ["stps", "GOVERNMENT", 3, 2], ["imleb", "OTHER", 2, 2], ["sinttia", "WORKERS", 1, 2], ["tuca", "WORKERS", 1, 1]] },
  { program: "US-GOV-1-ILAB-MX-003", kind: "TRAINING", title: "Training of independent observers for legitimation votes", start: "2021-03-22", end: "2021-03-26", place: "León, Guanajuato", summary: "Observers learned the legitimation protocol and how to document irregularities.", attendance: [["solidarity", "CIVIL_SOCIETY", 4, 2], ["tuca", "WORKERS", 8, 6], ["sinttia", "WORKERS", 5, 9], [null, "WORKERS", 21, 30]] },
  { program: "US-GOV-1-ILAB-MX-003", kind: "CONSULTATION", title: "Worker assemblies on legitimation in the auto sector", start: "2022-06-10", place: "Silao, Guanajuato", summary: "Workers raised concerns about intimidation before votes and access to contract texts.", attendance: [["sinttia", "WORKERS", 14, 37], [null, "WORKERS", 40, 85], ["stps", "GOVERNMENT", 2, 1]] },
  { program: "US-GOV-1-ILAB-MX-003", kind: "CONFERENCE", title: "Four years of labour reform: closing conference", start: "2023-09-14", place: "Mexico City", summary: "Results of the legitimation process and remaining challenges for union democracy.", attendance: [["stps", "GOVERNMENT", 10, 12], ["ilab", "GOVERNMENT", 3, 2], ["tuca", "WORKERS", 6, 5], ["coparmex", "EMPLOYERS", 4, 6], ["colmex", "OTHER", 3, 2], [null, "CIVIL_SOCIETY", 12, 9]] },
  { program: "US-GOV-1-ILAB-MX-004", kind: "TRAINING", title: "Risk-based inspection planning for auto-parts plants", start: "2022-03-07", end: "2022-03-11", place: "Saltillo, Coahuila", summary: "Inspectors built a risk model from accident, complaint and payroll data.", attendance: [["stps", "GOVERNMENT", 14, 31], ["ilo", "OTHER", 2, 1]] },
  { program: "US-GOV-1-ILAB-MX-004", kind: "STUDY_VISIT", title: "Inspectors' study visit to an OSHA regional office", start: "2023-05-15", end: "2023-05-19", place: "Chicago, Illinois", summary: "Targeting, inspection files and penalty procedures in U.S. manufacturing inspections.", attendance: [["stps", "GOVERNMENT", 5, 7], ["ilab", "GOVERNMENT", 2, 1]] },
  { program: "US-GOV-1-ILAB-MX-005", kind: "CONSULTATION", title: "Growers and day-labourer families on harvest-season schooling", start: "2023-04-18", place: "Culiacán, Sinaloa", summary: "Agreed school calendars and transport with growers and families.", attendance: [["stps", "GOVERNMENT", 3, 2], ["partners", "CIVIL_SOCIETY", 4, 2], [null, "WORKERS", 26, 19], [null, "EMPLOYERS", 3, 9], ["tuca", "WORKERS", 2, 1]] },
  { program: "CA-GOV-ESDC-MX-001", kind: "WORKSHOP", title: "Writing democratic union statutes", start: "2022-08-23", place: "Mexico City", summary: "Model clauses on elections, financial reporting and gender parity.", attendance: [["clc", "WORKERS", 3, 2], ["tuca", "WORKERS", 5, 4], [null, "WORKERS", 18, 22], ["stps", "GOVERNMENT", 2, 2]] },
  { program: "CA-GOV-ESDC-MX-001", kind: "STUDY_VISIT", title: "Mexican union leaders visit Canadian unions", start: "2023-10-02", end: "2023-10-06", place: "Ottawa and Toronto, Canada", summary: "Bargaining preparation, membership services and union finances.", attendance: [["clc", "WORKERS", 4, 3], ["sinttia", "WORKERS", 3, 5], ["esdc", "GOVERNMENT", 2, 1]] },
  { program: "MX-STPS-USMCA-JR-001", kind: "WORKSHOP", title: "Measuring informality in value chains: research design", start: "2024-04-25", place: "Mexico City", summary: "Agreed sampling of suppliers and a common informality definition.", attendance: [["colmex", "OTHER", 5, 4], ["stps", "GOVERNMENT", 3, 2], ["ilab", "GOVERNMENT", 1, 1], ["esdc", "GOVERNMENT", 1, 0], ["tuca", "WORKERS", 1, 1], ["coparmex", "EMPLOYERS", 1, 2]] },
  { program: "MX-STPS-USMCA-JR-001", kind: "PUBLICATION", title: "Working paper 1: informality among second-tier auto-parts suppliers", start: "2025-10-20", summary: "First results: one in four workers at second-tier suppliers lacks social security." },
  { program: "MX-STPS-USMCA-IS-001", kind: "DATA_EXCHANGE", title: "Quarterly labour-force data exchange, Q2 2025", start: "2025-08-14", place: "Videoconference", summary: "Exchange of employment, informality and wage series for the second quarter.", attendance: [["stps", "GOVERNMENT", 3, 2], ["ilab", "GOVERNMENT", 1, 2], ["esdc", "GOVERNMENT", 2, 1]] },
  { program: "MX-STPS-USMCA-IS-001", kind: "DATA_EXCHANGE", title: "Quarterly labour-force data exchange, Q3 2026", start: "2026-11-12", place: "Videoconference", summary: "Third-quarter series; discussion of the new informality module.", attendance: [["stps", "GOVERNMENT", 2, 2], ["ilab", "GOVERNMENT", 1, 1], ["esdc", "GOVERNMENT", 1, 1]] },
  { program: "CA-GOV-ESDC-MX-002", kind: "TRAINING", title: "Handling harassment complaints: training for inspectors", start: "2025-11-10", end: "2025-11-12", place: "Querétaro", summary: "Gender-sensitive interviews, confidentiality and referral of complaints.", attendance: [["stps", "GOVERNMENT", 16, 9], ["ilo", "OTHER", 2, 0]] },
  { program: "MX-STPS-USMCA-IS-002", kind: "DATA_EXCHANGE", title: "Forced labour detentions and remediation: trilateral exchange", start: "2024-09-18", place: "Ottawa, Canada", summary: "Evidence standards for detentions and the conditions for releasing goods after remediation.", attendance: [["stps", "GOVERNMENT", 2, 2], ["ilab", "GOVERNMENT", 2, 1], ["esdc", "GOVERNMENT", 2, 2], ["verite", "CIVIL_SOCIETY", 1, 0]] },
  { program: "US-GOV-1-ILAB-NAALC-002", kind: "CONFERENCE", title: "Trilateral conference on occupational fatality statistics", start: "2008-04-22", end: "2008-04-23", place: "Montréal, Canada", summary: "Definitions and sources of fatality data in the three countries.", attendance: [["stps", "GOVERNMENT", 4, 6], ["ilab", "GOVERNMENT", 3, 4], ["esdc", "GOVERNMENT", 4, 3]] },
  // CAFTA-DR
  { program: "US-GOV-1-ILAB-GT-001", kind: "TRAINING", title: "Inspection in coffee and sugar plantations", start: "2022-04-04", end: "2022-04-08", place: "Escuintla, Guatemala", summary: "Field inspections with the new sanctioning procedure.", attendance: [["mintrab-gt", "GOVERNMENT", 11, 24], ["padf", "CIVIL_SOCIETY", 2, 2], ["usac", "OTHER", 1, 1]] },
  { program: "US-GOV-1-ILAB-GT-001", kind: "CONSULTATION", title: "Tripartite consultation on the sanctioning procedure", start: "2023-08-17", place: "Guatemala City", summary: "Employers and unions commented on the draft inspection and sanction protocol.", attendance: [["mintrab-gt", "GOVERNMENT", 4, 5], ["cacif", "EMPLOYERS", 2, 5], ["tuca", "WORKERS", 2, 3], [null, "WORKERS", 4, 8]] },
  { program: "US-GOV-1-ILAB-GT-001", kind: "WORKSHOP", title: "Child labour referral pathways", start: "2024-09-25", place: "Cobán, Alta Verapaz", summary: "Inspectors and child protection services agreed a referral form and follow-up.", attendance: [["mintrab-gt", "GOVERNMENT", 7, 4], [null, "GOVERNMENT", 9, 3], ["padf", "CIVIL_SOCIETY", 3, 1]] },
  { program: "US-GOV-1-ILAB-HN-001", kind: "TRAINING", title: "Child labour inspection training", start: "2016-05-09", end: "2016-05-13", place: "Choluteca, Honduras", summary: "Identifying hazardous child labour in melon packing and coffee harvesting.", attendance: [["stss-hn", "GOVERNMENT", 9, 12], ["partners", "CIVIL_SOCIETY", 2, 1]] },
  { program: "US-GOV-1-ILAB-CAFTA-001", kind: "CONFERENCE", title: "Regional conference on labour justice", start: "2022-05-24", end: "2022-05-25", place: "Santo Domingo, Dominican Republic", summary: "Judges and ministries compared oral procedure reforms and enforcement of rulings.", attendance: [["mt-do", "GOVERNMENT", 8, 6], ["mtss-cr", "GOVERNMENT", 4, 3], ["mtps-sv", "GOVERNMENT", 3, 4], ["ilo", "OTHER", 3, 2], ["ceal", "CIVIL_SOCIETY", 2, 1], [null, "OTHER", 10, 12]] },
  { program: "XM-DAC-41302-RLA-21-02-USA", kind: "TRAINING", title: "Heat-stress prevention in sugar cane", start: "2023-01-16", end: "2023-01-18", place: "Escuintla, Guatemala", summary: "Water, rest and shade protocols, and medical surveillance of cane cutters.", attendance: [["mintrab-gt", "GOVERNMENT", 6, 10], ["cacif", "EMPLOYERS", 3, 8], [null, "WORKERS", 15, 62], ["ilo", "OTHER", 1, 1]] },
  { program: "XM-DAC-41302-RLA-21-02-USA", kind: "WORKSHOP", title: "Setting up OSH committees on melon farms", start: "2024-03-12", place: "Choluteca, Honduras", summary: "Committee roles, risk mapping and accident reporting.", attendance: [["stss-hn", "GOVERNMENT", 4, 3], [null, "WORKERS", 22, 31], [null, "EMPLOYERS", 2, 5]] },
  { program: "US-GOV-1-ILAB-SV-001", kind: "CONSULTATION", title: "Tripartite dialogue on social security coverage findings", start: "2025-11-06", place: "San Salvador", summary: "Survey findings discussed with employers and unions; options for simplified registration.", attendance: [["mtps-sv", "GOVERNMENT", 5, 4], ["ceal", "CIVIL_SOCIETY", 3, 2], ["tuca", "WORKERS", 2, 2], [null, "EMPLOYERS", 2, 4]] },
  { program: "US-GOV-1-ILAB-DO-001", kind: "DATA_EXCHANGE", title: "Exchange of 2024 labour inspection statistics", start: "2025-04-09", place: "Videoconference", summary: "Each ministry presented inspections, violations, sanctions and collection for 2024.", attendance: [["mt-do", "GOVERNMENT", 2, 1], ["mtss-cr", "GOVERNMENT", 1, 1], ["mintrab-gt", "GOVERNMENT", 1, 2], ["stss-hn", "GOVERNMENT", 1, 1], ["mtps-sv", "GOVERNMENT", 2, 0], ["ilab", "GOVERNMENT", 1, 1]] },
  // EVFTA
  { program: "XI-IATI-EC_INTPA-VN-001", kind: "WORKSHOP", title: "Gap analysis: the Labour Code and ILO C87", start: "2022-06-15", place: "Hà Nội", summary: "Provisions on registration and autonomy of worker representative organisations compared with C87.", attendance: [["molisa", "GOVERNMENT", 12, 10], ["vgcl", "WORKERS", 6, 5], ["vcci", "EMPLOYERS", 3, 4], ["ilo", "OTHER", 2, 2]] },
  { program: "XI-IATI-EC_INTPA-VN-001", kind: "CONSULTATION", title: "EU Domestic Advisory Group on the C87 roadmap", start: "2024-10-16", place: "Brussels", summary: "The EU DAG asked for a ratification date and interim measures on registration.", attendance: [["etuc", "WORKERS", 3, 2], [null, "CIVIL_SOCIETY", 4, 3], ["dg-trade", "GOVERNMENT", 2, 2], ["molisa", "GOVERNMENT", 2, 3]] },
  { program: "XI-IATI-EC_INTPA-VN-001", kind: "CONFERENCE", title: "National conference on freedom of association", start: "2027-03-10", place: "Hà Nội", summary: "Planned: presentation of the ratification dossier to stakeholders." },
  { program: "XI-IATI-EC_INTPA-VN-002", kind: "TRAINING", title: "Labour inspectors' training on the 2019 Labour Code", start: "2021-11-22", end: "2021-11-26", place: "Hồ Chí Minh City", summary: "New provisions on working time, contracts and worker representation.", attendance: [["molisa", "GOVERNMENT", 18, 26], ["ilo", "OTHER", 2, 1]] },
  { program: "XI-IATI-EC_INTPA-VN-002", kind: "PUBLICATION", title: "Wage survey report 2023", start: "2023-08-30", summary: "Joint ILSSA–ILO survey used by the National Wage Council." },
  { program: "XI-IATI-EC_INTPA-VN-003", kind: "WORKSHOP", title: "Registering a worker representative organisation: pilot enterprises", start: "2024-06-20", place: "Bình Dương", summary: "Workers and managers of pilot enterprises walked through registration and first bargaining.", attendance: [["molisa", "GOVERNMENT", 5, 4], ["vgcl", "WORKERS", 4, 3], [null, "WORKERS", 16, 11], [null, "EMPLOYERS", 3, 6]] },
  { program: "XI-IATI-EC_INTPA-VN-004", kind: "PUBLICATION", title: "Child labour in garment and agricultural supply chains: summary report", start: "2023-10-12", summary: "Findings by supply-chain tier and policy recommendations." },
  { program: "XI-IATI-EC_INTPA-VN-005", kind: "STUDY_VISIT", title: "Study visit to the Dutch and Danish labour inspectorates", start: "2024-05-13", end: "2024-05-17", place: "The Hague and Copenhagen", summary: "Risk-based planning and accident investigation in two EU inspectorates.", attendance: [["molisa", "GOVERNMENT", 4, 6], ["dg-trade", "GOVERNMENT", 1, 1]] },
  // CCOFTA
  { program: "CA-GOV-ESDC-CO-001", kind: "CONSULTATION", title: "Union confederations on protection measures", start: "2022-09-14", place: "Bogotá", summary: "Unions assessed response times and the adequacy of protection schemes.", attendance: [["cut-co", "WORKERS", 7, 12], ["tuca", "WORKERS", 2, 2], ["ens", "CIVIL_SOCIETY", 3, 2], ["mintrabajo-co", "GOVERNMENT", 4, 3], [null, "GOVERNMENT", 2, 3]] },
  { program: "CA-GOV-ESDC-CO-001", kind: "WORKSHOP", title: "Risk assessment methodology for union leaders", start: "2024-03-06", place: "Barrancabermeja, Santander", summary: "Collective risk assessment for oil-sector union leaders.", attendance: [["cut-co", "WORKERS", 5, 11], ["ens", "CIVIL_SOCIETY", 2, 2], ["mintrabajo-co", "GOVERNMENT", 2, 2]] },
  { program: "CA-GOV-ESDC-CO-002", kind: "TRAINING", title: "Electronic case files for labour inspectors", start: "2023-07-10", end: "2023-07-14", place: "Cali", summary: "Using the electronic file from inspection to fine collection.", attendance: [["mintrabajo-co", "GOVERNMENT", 21, 17], ["esdc", "GOVERNMENT", 1, 1]] },
  { program: "CA-GOV-ESDC-CO-003", kind: "STUDY_VISIT", title: "Colombian inspectors visit Canadian inspectorates", start: "2019-10-21", end: "2019-10-25", place: "Toronto, Canada", summary: "Inspection of temporary-help agencies and joint liability.", attendance: [["mintrabajo-co", "GOVERNMENT", 4, 4], ["esdc", "GOVERNMENT", 2, 2]] },
  { program: "CA-GOV-ESDC-CO-004", kind: "DATA_EXCHANGE", title: "Rural survey microdata exchange with ESDC", start: "2025-09-30", place: "Videoconference", summary: "Anonymised pilot microdata shared for joint analysis.", attendance: [["mintrabajo-co", "GOVERNMENT", 2, 1], ["esdc", "GOVERNMENT", 1, 1]] },
  { program: "CA-GOV-ESDC-CO-005", kind: "DATA_EXCHANGE", title: "Exchange on union density methodology", start: "2015-06-03", place: "Ottawa, Canada", summary: "Sources and definitions for union density and bargaining coverage.", attendance: [["esdc", "GOVERNMENT", 2, 2], ["mintrabajo-co", "GOVERNMENT", 1, 2]] },
];

export async function loadEvents(ctx: SeedContext): Promise<void> {
  const withIds = events.map((e) => ({ ...e, id: newId() }));
  await createEvents(
    ctx.tx,
    withIds.map((e) => ({
      id: e.id,
      programId: ctx.programs.id(e.program),
      kind: e.kind,
      title: e.title,
      startDate: day(e.start),
      endDate: optionalDay(e.end),
      place: e.place ?? null,
      summary: e.summary,
    })),
  );
  await createAttendances(
    ctx.tx,
    withIds.flatMap((e) =>
      (e.attendance ?? []).map(([organisation, constituency, women, men]) => ({
        id: newId(),
        eventId: e.id,
        organisationId: ctx.orgs.optional(organisation),
        constituency,
        women,
        men,
      })),
    ),
  );
}
