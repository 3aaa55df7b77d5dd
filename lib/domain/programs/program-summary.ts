import type { Prisma } from "@/lib/platform/db/generated/client";

/** The fields a program is listed and returned with; money and internal notes stay out. */
export const PROGRAM_SUMMARY_SELECT = {
  id: true,
  identifier: true,
  title: true,
  summary: true,
  objectives: true,
  language: true,
  translations: true,
  type: true,
  status: true,
  visibility: true,
  currencyCode: true,
  plannedStart: true,
  plannedEnd: true,
  version: true,
  updatedAt: true,
  agreement: { select: { id: true, shortName: true } },
} satisfies Prisma.CooperationProgramSelect;

export type ProgramSummary = Prisma.CooperationProgramGetPayload<{ select: typeof PROGRAM_SUMMARY_SELECT }>;
