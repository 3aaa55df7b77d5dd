// The vocabulary of the bench data. Titles and summaries are built from phrases people actually
// search for ("labour inspection", "child labour", "wages", "agriculture"), so that text search
// meets common and rare words in proportions close to a real register.
import type { EventKind, IndicatorMeasure, LabourTopic, ProgramType, ProvisionCategory } from "@/lib/platform/db/generated/enums";

export const TOPIC_PHRASES: Record<LabourTopic, readonly string[]> = {
  FREEDOM_OF_ASSOCIATION: ["freedom of association", "union registration", "collective bargaining", "worker representation"],
  FORCED_LABOUR: ["forced labour", "recruitment fees", "debt bondage", "trafficking for labour exploitation"],
  CHILD_LABOUR: ["child labour", "hazardous child work", "the school-to-work transition"],
  NON_DISCRIMINATION: ["non-discrimination", "gender equality at work", "equal pay", "harassment at work"],
  OCCUPATIONAL_SAFETY: ["occupational safety and health", "workplace accidents", "chemical safety", "heat stress"],
  WAGES_AND_HOURS: ["minimum wages", "wage theft", "working hours", "overtime pay"],
  LABOUR_INSPECTION: ["labour inspection", "inspection case management", "inspector training", "labour law enforcement"],
  INFORMAL_EMPLOYMENT: ["informal employment", "formalisation of small enterprises", "social security coverage"],
  MIGRANT_WORKERS: ["migrant workers", "fair recruitment", "seasonal migration", "labour mobility"],
  SOCIAL_DIALOGUE: ["social dialogue", "tripartite consultation", "labour dispute resolution", "conciliation services"],
  OTHER: ["labour market information", "skills development", "labour statistics", "a just transition"],
};

export const TITLE_VERBS: Record<ProgramType, readonly string[]> = {
  FINANCIAL_ASSISTANCE: ["Strengthening", "Improving", "Supporting", "Reducing", "Expanding", "Building capacity for"],
  TECHNICAL_COOPERATION: ["Modernising", "Strengthening", "Technical assistance on", "Building capacity for", "Enforcing rules on", "Promoting"],
  JOINT_RESEARCH: ["Study of", "Research on", "Survey of", "Mapping", "Measuring"],
  INFORMATION_SHARING: ["Exchange of experience on", "Peer learning on", "Sharing data on", "Dialogue on"],
};

export const SECTORS = [
  "agriculture", "garment manufacturing", "mining", "fisheries", "construction", "domestic work", "ports and logistics",
  "automotive supply chains", "electronics", "coffee production", "sugar cane", "palm oil", "call centres", "tourism",
  "textiles", "footwear", "seafood processing", "flower farms", "export processing zones", "platform work",
] as const;

export const ACTIVITIES = [
  "trains labour inspectors", "supports workers' organisations", "develops a case management system", "runs awareness campaigns",
  "drafts implementing regulations", "pilots a grievance mechanism", "collects survey data", "strengthens conciliation services",
  "publishes guidance for employers", "improves complaint handling", "builds a labour market information system",
  "supports labour courts", "trains union representatives", "mentors small enterprises", "monitors recruitment agencies",
];

export const PARTNER_PHRASES = [
  "the labour ministry and the labour inspectorate", "workers' and employers' organisations", "local governments and civil society",
  "the social partners", "labour courts and conciliation centres", "the national statistics office",
];

export const BENEFICIARY_PHRASES = ["women workers", "young workers", "migrant workers", "smallholders", "informal workers", "indigenous workers", "workers in subcontracting chains"];

export const OBJECTIVE_TEMPLATES = [
  (phrase: string, sector: string) => `Reduce the incidence of ${phrase} in ${sector}.`,
  (phrase: string, sector: string) => `Increase the number and quality of inspections in ${sector}.`,
  (phrase: string) => `Give workers effective access to remedies on ${phrase}.`,
  (phrase: string) => `Adopt and apply national guidance on ${phrase}.`,
  (_phrase: string, sector: string) => `Raise employers' compliance with labour law in ${sector}.`,
  (phrase: string) => `Publish reliable data on ${phrase} every year.`,
];

export const CAPITALS: Record<string, string> = {
  MX: "Ciudad de México", US: "Washington, DC", CA: "Ottawa", CR: "San José", SV: "San Salvador", GT: "Ciudad de Guatemala",
  HN: "Tegucigalpa", NI: "Managua", DO: "Santo Domingo", EU: "Brussels", VN: "Hà Nội", AU: "Canberra", NZ: "Wellington",
  JP: "Tokyo", CL: "Santiago", PE: "Lima", AR: "Buenos Aires", BR: "Brasília", PY: "Asunción", UY: "Montevideo",
};

export const EVENT_TITLES: Record<EventKind, string> = {
  WORKSHOP: "Workshop on",
  TRAINING: "Training course on",
  CONSULTATION: "Consultation with the social partners on",
  STUDY_VISIT: "Study visit on",
  CONFERENCE: "Regional conference on",
  PUBLICATION: "Publication of a report on",
  DATA_EXCHANGE: "Exchange of data on",
};

/** Indicators by how they are measured: title and unit. */
export const INDICATORS: Record<IndicatorMeasure, readonly (readonly [title: string, unit: string | null])[]> = {
  UNIT: [
    ["Number of labour inspectors trained", "inspectors"],
    ["Number of workers reached", "workers"],
    ["Number of inspections carried out", "inspections"],
    ["Number of complaints resolved", "complaints"],
    ["Number of collective agreements registered", "agreements"],
    ["Number of children withdrawn from hazardous work", "children"],
  ],
  PERCENTAGE: [
    ["Share of inspections with follow-up visits", "%"],
    ["Share of workers covered by social security", "%"],
    ["Share of complaints resolved within 90 days", "%"],
    ["Share of women in union leadership", "%"],
  ],
  NOMINAL: [["Regulation adopted (1 = yes)", null]],
  ORDINAL: [["Maturity of the case management system (1–5)", null]],
  QUALITATIVE: [
    ["Quality of the national inspection strategy", null],
    ["Progress of the labour law reform", null],
    ["Stakeholders' assessment of social dialogue", null],
  ],
};

export const QUALITATIVE_STEPS = [
  "Assessment completed and shared with the social partners",
  "Draft discussed in a tripartite meeting",
  "Text adopted by the ministry",
  "Applied in the first regions, with a review under way",
  "Applied nationally and reviewed once",
];

export const MEASURE_TITLES = [
  (phrase: string) => `Adopt a protocol on ${phrase}`,
  () => "Hire and train additional labour inspectors",
  () => "Publish quarterly enforcement data",
  () => "Set up a tripartite follow-up committee",
  (phrase: string) => `Amend the regulation on ${phrase}`,
  (phrase: string) => `Run a national campaign on ${phrase}`,
  () => "Report on the remediation at the facilities concerned",
];

export const TRANSACTION_DESCRIPTIONS = {
  INCOMING_FUNDS: ["Contribution received from the donor", "Co-financing received"],
  COMMITMENT: ["Grant agreement signed", "Amendment to the grant agreement", "Cooperative agreement obligation"],
  DISBURSEMENT: ["Tranche paid to the implementing partner", "Advance for the next work plan", "Payment on an approved financial report"],
  EXPENDITURE: ["Training workshops", "Consultant fees", "Travel of inspectors", "Survey field work", "Publication and translation", "Equipment for inspection offices"],
} as const;

/** Ten provisions every bench agreement has, in the shape of a labour chapter. */
export const PROVISIONS: readonly (readonly [article: string, category: ProvisionCategory, topic: LabourTopic, title: string])[] = [
  ["1", "OBLIGATIONS", "FREEDOM_OF_ASSOCIATION", "Labour rights"],
  ["2", "OBLIGATIONS", "LABOUR_INSPECTION", "Enforcement of labour laws"],
  ["3", "OBLIGATIONS", "FORCED_LABOUR", "Forced or compulsory labour"],
  ["4", "OBLIGATIONS", "CHILD_LABOUR", "Worst forms of child labour"],
  ["5", "OBLIGATIONS", "NON_DISCRIMINATION", "Discrimination in the workplace"],
  ["6", "OBLIGATIONS", "MIGRANT_WORKERS", "Migrant workers"],
  ["7", "COOPERATION", "OCCUPATIONAL_SAFETY", "Cooperation and capacity building"],
  ["8", "COOPERATION", "INFORMAL_EMPLOYMENT", "Cooperative activities"],
  ["9", "INSTITUTIONAL", "SOCIAL_DIALOGUE", "Labour council and contact points"],
  ["10", "DISPUTE_SETTLEMENT", "WAGES_AND_HOURS", "Labour consultations"],
];

export const LANGUAGES = ["en", "en", "en", "es", "es", "fr", "vi", "pt"] as const;
