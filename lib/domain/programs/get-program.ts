import "server-only";
import { programReadWhere, type Viewer } from "@/lib/platform/authz";
import { mayChangeProgram } from "@/lib/platform/authz/load-program";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { DOCUMENT_SELECT } from "@/lib/domain/documents/document-record";
import { AppError } from "@/lib/platform/errors/app-error";
import { PROGRAM_RECORD_SELECT, toProgramRecord } from "./program-record";
import { problem } from "@/lib/platform/i18n/problem";

const PROGRAM_DETAIL_SELECT = {
  ...PROGRAM_RECORD_SELECT,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  agreement: { select: { id: true, shortName: true, title: true } },
  leadInstitution: { select: { id: true, name: true } },
  funder: { select: { id: true, name: true, acronym: true } },
  reportingOrganisation: { select: { id: true, name: true, acronym: true, countryCode: true } },
  currency: { select: { code: true, name: true } },
  beneficiaries: { select: { countryCode: true, country: { select: { name: true } } }, orderBy: { countryCode: "asc" } },
  provisions: {
    select: { provisionId: true, provision: { select: { article: true, title: true, topic: true } } },
    orderBy: { provisionId: "asc" },
  },
  participants: {
    select: { id: true, role: true, organisation: { select: { id: true, name: true, acronym: true, countryCode: true, kind: true } } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  },
  documents: { select: DOCUMENT_SELECT, orderBy: { createdAt: "desc" } },
} satisfies Prisma.CooperationProgramSelect;

/**
 * One program the viewer may read, with its participants, links and documents; a draft outside
 * their scope is "not found", like a missing one. `mayEdit` says whether the viewer may change it.
 */
export async function getProgram(viewer: Viewer, id: string) {
  const program = await db().cooperationProgram.findFirst({ where: { AND: [{ id }, programReadWhere(viewer)] }, select: PROGRAM_DETAIL_SELECT });
  if (!program) throw new AppError("NOT_FOUND", problem("ChoiceProblems.noProgram"));
  const mayEdit = mayChangeProgram(viewer, program);
  const { agreement, leadInstitution, funder, reportingOrganisation, currency, beneficiaries, provisions, participants, documents, publishedAt, createdAt, updatedAt } = program;
  return {
    ...toProgramRecord(program),
    publishedAt,
    createdAt,
    updatedAt,
    agreement,
    leadInstitution,
    funder,
    reportingOrganisation,
    currency,
    beneficiaries: beneficiaries.map((beneficiary) => ({ code: beneficiary.countryCode, name: beneficiary.country.name })),
    provisions: provisions.map(({ provisionId, provision }) => ({ id: provisionId, ...provision })),
    participants,
    documents: documents.map(({ uploadedBy, ...document }) => ({ ...document, uploadedBy: uploadedBy?.name ?? null })),
    mayEdit,
  };
}

export type ProgramDetail = Awaited<ReturnType<typeof getProgram>>;
