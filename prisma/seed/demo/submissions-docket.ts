// The demo public submissions, all filed by the civil-society demo user's organisation (a workers'
// organisation), one at each stage of the docket: declined with reasons; under review past its report
// deadline, with the organisation's name and the workers' statements withheld; reported, with
// recommendations that the Matamoros course of remediation and an inspection program follow; and
// just filed. Those still waiting on a deadline are dated back from the seeding day, so that they
// stay where they are: the one under review overdue, the one just filed within its time.
import type { SubmissionDef, SubmissionMeetingDef } from "./submissions";
import { GOV_MX_EMAIL, GOV_US_EMAIL } from "./context";

/** A moment in UTC, "2024-11-12 14:05". */
const at = (moment: string) => new Date(`${moment.replace(" ", "T")}:00.000Z`);

/** `time` (UTC) on the day `days` before `today`. */
function daysBefore(today: Date, days: number, time: string): Date {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - days, hours, minutes));
}

const share = "https://share.tuca.example/s";

/** Consultations and hearings held for the submissions, beside the institutions' own meetings. */
export function submissionMeetings(today: Date): SubmissionMeetingDef[] {
  return [
    {
      key: "usmca-cp-us-hearing-2023", institution: "usmca-cp-us", date: at("2023-12-05 00:00"), place: "Washington, D.C., United States", isPublic: true,
      summary: "Public hearing on a public submission about employer interference in union representation at auto-parts plants in Tamaulipas. Dismissed workers, the submitting organisations and an employers' association testified; Mexico's contact point sent a written statement on the cases pending before the federal labour authorities.",
    },
    {
      key: "usmca-cp-mx-consultation-farmworkers", institution: "usmca-cp-mx", date: daysBefore(today, 230, "00:00"), place: "Videoconference", isPublic: false,
      summary: "Consultation between the contact points of Mexico and the United States under a public submission on wage deductions and retaliation against temporary agricultural workers. The U.S. contact point described how complaints from temporary workers are investigated and undertook to send data on complaints and investigations in the two states concerned.",
    },
  ];
}

export function submissionDocket(today: Date): SubmissionDef[] {
  return [
    {
      agreement: "CAFTA-DR", concerns: "DO", contactPoint: "cafta-cp-us", handler: GOV_US_EMAIL,
      coSubmitters: [{ organisation: "solidarity" }],
      title: "Dismissal of union founders at a garment plant in the Santiago free trade zone",
      summary: "Eleven founding members of a union were dismissed in the weeks after it applied for registration at a garment plant that exports to the United States. The submitters ask the U.S. contact point to review whether the Dominican Republic enforces the protection of union founders in its free trade zones.",
      facts: "The union applied to the Ministry of Labour for registration in August 2024. Over the following five weeks the company dismissed eleven of its founding members, among them four of the seven members of its provisional executive committee, citing a fall in orders. Dominican law protects the founders of a union in formation against dismissal. The workers complained to the local labour office the day after the first dismissals; an inspection took place in October 2024, and its report had not been given to the workers when this submission was filed. Claims for reinstatement were lodged with the labour court of Santiago in October 2024.",
      request: "That the U.S. contact point accept the submission, review whether the Dominican Republic effectively enforces the protection of union founders in its free trade zones, and recommend cooperative labour consultations under Article 16.6 if a pattern of non-enforcement is found.",
      topics: ["FREEDOM_OF_ASSOCIATION", "LABOUR_INSPECTION"], provisions: ["cafta-16.2", "cafta-16.3"],
      createdAt: at("2024-11-04 13:00"),
      evidence: [{ title: "Cronología de los despidos y de las denuncias presentadas", category: "A07", url: `${share}/santiago-cronologia`, language: "es", date: "2024-11-01", at: at("2024-11-06 11:20") }],
      steps: [
        { to: "FILED", at: at("2024-11-12 14:05") },
        { to: "ACKNOWLEDGED", at: at("2024-11-19 10:10") },
        {
          to: "DECLINED", at: at("2025-01-08 16:30"),
          reason: "The submission concerns one workplace, and the eleven claims for reinstatement are before the labour court of Santiago, which has not yet ruled. Information from the Dominican Republic's contact point shows that the labour inspectorate visited the plant within two months of the complaint and referred its findings to the court. On the information given, the submission does not show a sustained or recurring failure to enforce labour laws in a manner affecting trade (Article 16.2.1(a)), which is what a review would examine. This decision does not prejudge the court cases. The submitters may file again if the rulings are not enforced, or with information on similar cases in the free trade zones.",
        },
      ],
    },
    {
      agreement: "USMCA", concerns: "US", contactPoint: "usmca-cp-mx", handler: GOV_MX_EMAIL, identityWithheld: true,
      title: "Wage deductions and retaliation against Mexican temporary farmworkers in the United States",
      summary: "Mexican workers employed in the United States on temporary agricultural visas report deductions from their pay for housing, tools and transport that their employers were required to provide free, and that those who complained were not hired again the next season. The submitters ask Mexico's contact point to review how the United States enforces wage and anti-retaliation protections for these workers.",
      facts: "The submission describes the experience of 46 workers recruited in Mexico who worked the last two seasons for four farm labour contractors in two states, harvesting berries and vegetables for export; the states, the contractors and the workers are named in the withheld statements. Their pay statements show weekly deductions for housing, work tools and daily transport to the fields, which the job orders offered free of charge and which the temporary agricultural visa programme requires employers to provide free. Seventeen workers who raised the deductions with their crew leaders, or complained to the U.S. Department of Labor, during the first season were not offered contracts for the second, while most of their crews were. Two of the complaints were closed without a visit to the farms; the others were still open when the submission was filed. Workers say that others did not complain for fear of not being recruited again.",
      request: "That Mexico's contact point accept the submission; request consultations with the U.S. contact point on the enforcement of the wage and anti-retaliation protections of temporary agricultural workers (Articles 23.8 and 23.13); and recommend that both contact points tell workers, before they travel, where and how they can complain in each country.",
      topics: ["MIGRANT_WORKERS", "WAGES_AND_HOURS"], provisions: ["usmca-23.8", "usmca-23.5", "usmca-23.13"],
      createdAt: daysBefore(today, 352, "09:45"),
      evidence: [
        { title: "Declaraciones juradas de 46 trabajadores, con sus recibos de pago y ofertas de empleo", category: "A07", url: `${share}/jornaleros-declaraciones`, language: "es", withheld: true, at: daysBefore(today, 347, "12:10") },
        { title: "Weekly deductions by item, from the workers' pay statements (anonymised)", category: "A07", url: `${share}/farmworkers-deductions`, language: "en", at: daysBefore(today, 347, "12:25") },
      ],
      steps: [
        { to: "FILED", at: daysBefore(today, 345, "16:30") },
        { to: "ACKNOWLEDGED", at: daysBefore(today, 338, "10:00") },
        { to: "ACCEPTED", at: daysBefore(today, 297, "13:15"), note: "Accepted for review. The submission concerns the protection of migrant workers under the United States' labour laws (Article 23.8) and their enforcement (Article 23.5). The contact point will request consultations with the U.S. contact point and meet the submitters." },
        { to: "UNDER_REVIEW", at: daysBefore(today, 283, "11:40"), note: "Review opened. The contact point has asked the U.S. contact point for consultations and for information on the complaints described in the submission." },
      ],
      hearings: [{ meeting: "usmca-cp-mx-consultation-farmworkers", kind: "CONSULTATION", at: daysBefore(today, 226, "17:05") }],
    },
    {
      agreement: "USMCA", concerns: "MX", contactPoint: "usmca-cp-us", handler: GOV_US_EMAIL,
      coSubmitters: [{ organisation: "aflcio" }],
      title: "Employer interference in union representation at auto-parts plants in Tamaulipas",
      summary: "Workers at three auto-parts plants in Matamoros and Reynosa report that managers pressed them to support the union holding their collective agreements and that organisers of an independent union were dismissed. The submitters ask the U.S. contact point to review Mexico's enforcement of the protections of its 2019 labour reform.",
      facts: "Between March and July 2023, at three plants in Matamoros and Reynosa that make wiring harnesses and seat components for vehicles sold in the United States, managers held meetings during working hours at which workers were told to support the union holding the collective agreement and warned that an independent union would drive customers away. Supervisors photographed workers arriving at meetings of the independent union. In June 2023 nine workers active in the independent union at the Matamoros plant were dismissed within three weeks of its first public meeting, the employer citing a fall in orders. The dismissed workers went to the Federal Centre for Conciliation and Labour Registration and then to the federal labour court in Matamoros; no hearing had been scheduled when the submission was filed.",
      request: "That the U.S. contact point accept the submission and hold a public hearing; review whether Mexico effectively enforces the prohibition of employer interference in union matters and the protection against anti-union dismissal under its 2019 reform and Annex 23-A; and recommend measures, including a course of remediation at the Matamoros plant.",
      topics: ["FREEDOM_OF_ASSOCIATION", "LABOUR_INSPECTION"], provisions: ["usmca-23.3", "usmca-23.5", "usmca-23-a"],
      createdAt: at("2023-08-07 10:15"),
      evidence: [{ title: "Chronology of the organising campaign and the dismissals, March–July 2023", category: "A07", url: `${share}/tamaulipas-chronology`, language: "en", date: "2023-08-04", at: at("2023-08-10 16:40") }],
      steps: [
        { to: "FILED", at: at("2023-08-14 15:20") },
        { to: "ACKNOWLEDGED", at: at("2023-08-22 09:30") },
        { to: "ACCEPTED", at: at("2023-10-02 17:00"), note: "Accepted for review. The submission sets out facts which, if confirmed, concern Mexico's obligations under Article 23.3 and Annex 23-A, and the workers have used the domestic remedies available to them. The contact point will hold a public hearing and consult Mexico's contact point." },
        { to: "UNDER_REVIEW", at: at("2023-10-16 14:00"), note: "Review opened. A public hearing will be held in Washington, D.C., on 5 December 2023." },
        {
          to: "REPORTED", at: at("2024-03-27 18:00"),
          findings: "At the Matamoros plant, nine workers were dismissed within three weeks of the independent union's first public meeting. The employer's stated reason, a fall in orders, is not borne out: it hired new production workers in the same weeks. At all three plants managers held meetings during working hours urging support for the incumbent union, conduct that Mexico's Federal Labour Law prohibits. The dismissed workers' claims had been pending for six to nine months without a hearing, and no sanction had been imposed on the employer. Mexico's contact point informed the review of a new inspection protocol on employer interference and of the caseload of the federal labour court in Matamoros. The review concludes that the protections against employer interference and anti-union dismissal were not effectively enforced at these plants in the period examined. It does not reach a conclusion on a sustained or recurring course of inaction across the sector.",
          recommendations: [
            "That the Parties seek a course of remediation at the Matamoros plant, under the Facility-Specific Rapid Response Labor Mechanism or by agreement with the employer, providing for the reinstatement of the dismissed workers with back pay, a statement of employer neutrality and a representation vote observed by the labour authorities.",
            "That Mexico set and publish time limits within which the federal labour courts hear claims of anti-union dismissal, and report on the caseload of the Matamoros court to the Labor Council.",
            "That the cooperation on labour inspection in the auto-parts sector include the detection of employer interference in union matters, with training delivered together with workers' organisations.",
          ],
        },
      ],
      hearings: [
        { meeting: "usmca-cp-us-hearing-2023", kind: "HEARING", at: at("2023-12-07 10:00") },
        { meeting: "usmca-ilc-2024", kind: "CONSULTATION", at: at("2024-03-15 13:30") },
      ],
      followUps: [
        { recommendation: 3, program: "US-GOV-1-ILAB-MX-004", by: GOV_US_EMAIL, at: at("2024-04-10 15:00") },
        { recommendation: 1, plan: "usmca-rrm-matamoros", by: GOV_MX_EMAIL, at: at("2024-07-22 11:00") },
      ],
    },
    {
      agreement: "CAFTA-DR", concerns: "GT", contactPoint: "cafta-cp-us", handler: GOV_US_EMAIL,
      title: "Heat stress and unpaid hours among sugar-cane cutters on Guatemala's Pacific coast",
      summary: "Cane cutters hired through labour contractors for the harvest report long days in extreme heat without the rest, shade and drinking water that safety rules require, and pay by the tonne that leaves hours beyond the legal working day unpaid. The submitters ask the U.S. contact point to review Guatemala's enforcement of its occupational safety and wage laws in the sugar harvest.",
      facts: "During the last harvest, cutters recruited in the western highlands by labour contractors lived in camps on the estates and were paid by the tonne of cane cut. Interviews with 38 cutters from four crews describe working days of ten to twelve hours, a single break at midday, no shade in the fields and drinking water brought once a day. Six workers in these crews were treated for heat exhaustion. Cutters who did not reach the daily target were paid less than the minimum wage for agricultural work for the day. Complaints made at the departmental office of the labour inspectorate were registered, but the workers know of no inspection in the fields during the harvest.",
      request: "That the U.S. contact point accept the submission; ask Guatemala's contact point for the labour inspectorate's records of the sugar harvest; and recommend that cooperation on occupational safety in agro-exports under Annex 16.5 include heat-stress prevention and field inspections during the harvest.",
      topics: ["OCCUPATIONAL_SAFETY", "WAGES_AND_HOURS", "LABOUR_INSPECTION"], provisions: ["cafta-16.2", "cafta-a16.5-osh"],
      createdAt: daysBefore(today, 16, "10:40"),
      evidence: [{ title: "Resumen de entrevistas con cortadores de cuatro cuadrillas", category: "A07", url: `${share}/zafra-entrevistas`, language: "es", at: daysBefore(today, 11, "17:25") }],
      steps: [{ to: "FILED", at: daysBefore(today, 9, "16:05") }],
    },
  ];
}
