// Loads the cooperation programs defined in programs-*.ts, with their beneficiary countries,
// linked provisions and participants, after checking each definition is coherent.
import type { LabourTopic, ParticipantRole, ProgramStatus, ProgramType } from "@/lib/platform/db/generated/enums";
import { createParticipants, createPrograms } from "@/prisma/seed/factories";
import { day, newId, optionalDay, type SeedContext } from "./context";
import { demoProgramTranslations } from "./program-translations";
import { cooperationProgramsAmericas } from "./programs-americas";
import { cooperationProgramsNorthAmerica } from "./programs-north-america";
import { cooperationProgramsVietNamColombia } from "./programs-vn-co";

export type ProgramDef = {
  /** IATI activity identifier: reporting organisation identifier + "-" + local code. */
  identifier: string;
  agreement: string;
  lead?: string;
  title: string;
  summary: string;
  objectives: string;
  type: ProgramType;
  status: ProgramStatus;
  topics: LabourTopic[];
  planned: [start: string, end: string];
  actual?: [start: string, end?: string];
  currency: string;
  /** When it was published; a program without it is a DRAFT. */
  published?: string;
  /** FINANCIAL_ASSISTANCE */
  funding?: { funder: string; amount: string };
  /** TECHNICAL_COOPERATION */
  expertise?: string;
  /** JOINT_RESEARCH */
  research?: { questions: string; outputs: string };
  /** INFORMATION_SHARING */
  exchange?: { subject: string; between: string };
  countries: string[];
  provisions: string[];
  participants: Partial<Record<ParticipantRole, string[]>>;
};

/**
 * The organisation that reports each program (IATI reporting-org), by the prefix of its identifier:
 * the reporting organisation's own IATI identifier.
 */
const REPORTERS: [prefix: string, organisation: string][] = [
  ["US-GOV-1-", "ilab"],
  ["CA-GOV-ESDC-", "esdc"],
  ["MX-STPS-", "stps"],
  ["XI-IATI-EC_INTPA-", "dg-intpa"],
  ["XM-DAC-41302-", "ilo"],
];

function reporterOf(p: ProgramDef): string {
  const found = REPORTERS.find(([prefix]) => p.identifier.startsWith(prefix));
  if (!found) throw new Error(`Demo program ${p.identifier}: no reporting organisation for its identifier's prefix`);
  return found[1];
}

export const programs: ProgramDef[] = [
  ...cooperationProgramsNorthAmerica,
  ...cooperationProgramsAmericas,
  ...cooperationProgramsVietNamColombia,
];

/** Throws on a definition whose dates contradict its status or that lacks its type's details. */
function check(p: ProgramDef): void {
  const fail = (why: string) => {
    throw new Error(`Demo program ${p.identifier}: ${why}`);
  };
  const [start, end] = p.actual ?? [];
  if (p.status === "PIPELINE" && start) fail("a pipeline program has no actual start");
  if (["IMPLEMENTATION", "FINALISATION", "CLOSED", "SUSPENDED"].includes(p.status) && !start) fail("needs an actual start");
  if (["IMPLEMENTATION", "SUSPENDED"].includes(p.status) && end) fail("an ongoing program has no actual end");
  if (["FINALISATION", "CLOSED"].includes(p.status) && !end) fail("needs an actual end");
  if (p.type === "FINANCIAL_ASSISTANCE" && !p.funding) fail("financial assistance needs a funder and amount");
  if (p.type === "TECHNICAL_COOPERATION" && !p.expertise) fail("technical cooperation needs an expertise area");
  if (p.type === "JOINT_RESEARCH" && !p.research) fail("joint research needs questions and outputs");
  if (p.type === "INFORMATION_SHARING" && !p.exchange) fail("information sharing needs a subject and parties");
}

export async function loadPrograms(ctx: SeedContext): Promise<void> {
  const { tx } = ctx;
  programs.forEach(check);
  await createPrograms(
    tx,
    programs.map((p) => ({
      id: ctx.programs.add(p.identifier),
      agreementId: ctx.agreements.id(p.agreement),
      reportingOrganisationId: ctx.orgs.id(reporterOf(p)),
      leadInstitutionId: ctx.institutions.optional(p.lead),
      identifier: p.identifier,
      title: p.title,
      summary: p.summary,
      objectives: p.objectives,
      language: "en",
      translations: demoProgramTranslations(p.identifier),
      type: p.type,
      status: p.status,
      topics: p.topics,
      plannedStart: day(p.planned[0]),
      plannedEnd: day(p.planned[1]),
      actualStart: optionalDay(p.actual?.[0]),
      actualEnd: optionalDay(p.actual?.[1]),
      currencyCode: p.currency,
      visibility: p.published ? "PUBLISHED" : "DRAFT",
      publishedAt: optionalDay(p.published),
      funderId: ctx.orgs.optional(p.funding?.funder),
      fundingAmount: p.funding?.amount ?? null,
      expertiseArea: p.expertise ?? null,
      researchQuestions: p.research?.questions ?? null,
      researchOutputs: p.research?.outputs ?? null,
      exchangeSubject: p.exchange?.subject ?? null,
      exchangeBetween: p.exchange?.between ?? null,
    })),
  );
  await tx.programCountry.createMany({
    data: programs.flatMap((p) => p.countries.map((countryCode) => ({ programId: ctx.programs.id(p.identifier), countryCode }))),
  });
  await tx.programProvision.createMany({
    data: programs.flatMap((p) =>
      p.provisions.map((key) => ({ programId: ctx.programs.id(p.identifier), provisionId: ctx.provisions.id(key) })),
    ),
  });
  await createParticipants(
    tx,
    programs.flatMap((p) =>
      Object.entries(p.participants).flatMap(([role, orgKeys]) =>
        (orgKeys ?? []).map((key) => ({
          id: newId(),
          programId: ctx.programs.id(p.identifier),
          organisationId: ctx.orgs.id(key),
          role: role as ParticipantRole,
        })),
      ),
    ),
  );
}
