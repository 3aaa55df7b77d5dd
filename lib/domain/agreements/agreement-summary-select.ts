import type { Prisma } from "@/lib/platform/db/generated/client";

/** An agreement's party countries: whose ministries may write what belongs to it. */
export const AGREEMENT_PARTIES_SELECT = {
  parties: { select: { countryCode: true } },
} satisfies Prisma.AgreementSelect;

/** What a record of an agreement (provision, institution, meeting) shows of it, with its parties. */
export const AGREEMENT_SUMMARY_SELECT = {
  id: true,
  shortName: true,
  title: true,
  ...AGREEMENT_PARTIES_SELECT,
} satisfies Prisma.AgreementSelect;

/** What every list and page of agreements shows of one, and the audit trail records of it. */
export const AGREEMENT_FIELDS_SELECT = {
  id: true,
  title: true,
  shortName: true,
  kind: true,
  status: true,
  signedOn: true,
  inForceOn: true,
  terminatedOn: true,
  submissionDecisionDays: true,
  submissionReportDays: true,
} satisfies Prisma.AgreementSelect;
