// How the public submissions fare, on the evidence page and the dashboard, over submissions made
// here row by row: the counts, the medians, the share decided by the deadline and the overdue
// flags equal what the rows say; drafts never count; with nothing filed every figure says so.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { getDashboard } from "@/lib/domain/dashboard/dashboard";
import { getEvidence } from "@/lib/domain/dashboard/evidence";
import type { SubmissionFigures } from "@/lib/domain/evidence/submission-figures";
import { overdueWhere } from "@/lib/domain/submissions/list-submissions";
import type { SubmissionStatus } from "@/lib/platform/db/generated/enums";
import { createAgreement, createInstitution, createOrganisation, createPlan, createProgram } from "@/prisma/seed/factories";
import { submissionLines } from "@/components/evidence/submission-lines";
import { createActor } from "./helpers/actors";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => null }));

const test = provideTestDatabase();
bindAppDatabase(test);

const TODAY = "2026-12-02";
const NOTHING: SubmissionFigures = {
  filed: 0,
  accepted: 0,
  reported: 0,
  followedByPlan: 0,
  daysToDecision: { median: null, count: 0 },
  daysToReport: { median: null, count: 0 },
  decisions: { due: 0, inTime: 0 },
  overdue: { decisions: 0, reports: 0 },
};
const percent = (part: number, whole: number) => `${part}/${whole}`;

let usmca: string;
let other: string;
let contactPoint: string;
let otherContactPoint: string;
let union: string;
let ministry: string;
let analyst: Actor;

beforeAll(async () => {
  usmca = (await createAgreement(test.db, { parties: ["MX", "US"] })).id;
  other = (await createAgreement(test.db, { parties: ["MX", "CA"] })).id;
  contactPoint = (await createInstitution(test.db, { agreementId: usmca, kind: "CONTACT_POINT", countryCode: "US" })).id;
  otherContactPoint = (await createInstitution(test.db, { agreementId: other, kind: "CONTACT_POINT", countryCode: "MX" })).id;
  union = (await createOrganisation(test.db, { kind: "WORKERS_ORGANISATION", countryCode: "MX" })).id;
  ministry = (await createOrganisation(test.db, { kind: "GOVERNMENT_MINISTRY", countryCode: "US" })).id;
  analyst = await createActor(test.db, "ANALYST");
});

type Given = {
  status: SubmissionStatus;
  filedAt?: string;
  decisionDueOn?: string;
  decidedAt?: string;
  reportDueOn?: string;
  reportedAt?: string;
  agreementId?: string;
  contactPointId?: string;
  concerns?: string;
  /** What follows the report's recommendations: a plan of that status, a program, or nothing. */
  followedBy?: ("APPROVED" | "DRAFT" | "program" | "nothing")[];
};

const at = (value: string | undefined) => (value ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : null);
const day = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);

async function submission(given: Given) {
  const agreementId = given.agreementId ?? usmca;
  const made = await test.db.submission.create({
    data: {
      agreementId,
      concernsCountryCode: given.concerns ?? "US",
      contactPointId: given.contactPointId ?? contactPoint,
      organisationId: union,
      identityWithheld: true,
      title: `Submission ${given.status}`,
      status: given.status,
      filedAt: at(given.filedAt),
      decisionDueOn: day(given.decisionDueOn),
      decidedAt: at(given.decidedAt),
      reportDueOn: day(given.reportDueOn),
      reportedAt: at(given.reportedAt),
    },
  });
  for (const [position, follow] of (given.followedBy ?? []).entries()) {
    const recommendation = await test.db.submissionRecommendation.create({ data: { submissionId: made.id, position: position + 1, text: "Recommendation." } });
    if (follow === "nothing") continue;
    if (follow === "program") {
      const program = await createProgram(test.db, { agreementId });
      await test.db.submissionFollowUp.create({ data: { recommendationId: recommendation.id, programId: program.id } });
    } else {
      const plan = await createPlan(test.db, { agreementId, countryCode: "US", ownerOrganisationId: ministry, status: follow, kind: "REMEDIATION", origin: "PUBLIC_SUBMISSION" });
      await test.db.submissionFollowUp.create({ data: { recommendationId: recommendation.id, planId: plan.id } });
    }
  }
  return made;
}

describe("how public submissions fare, with nothing filed", () => {
  it("counts nothing and says so in words, drafts aside", async () => {
    // A draft with every date set would move each figure if it counted.
    await submission({ status: "DRAFT", filedAt: "2026-01-01", decisionDueOn: "2026-01-05", decidedAt: "2026-03-01", reportDueOn: "2026-04-01", reportedAt: "2026-06-01", followedBy: ["APPROVED"] });
    const { submissions } = await getEvidence(null, TODAY);
    expect(submissions).toEqual(NOTHING);
    expect((await getEvidence(analyst, TODAY)).submissions).toEqual(NOTHING);
    expect((await getDashboard(analyst, {}, TODAY)).submissions).toEqual(NOTHING);
    // One sentence that nothing was filed: no share, median or "0%" from no cases.
    expect(submissionLines(submissions, percent)).toEqual([{ key: "submissionsNone", values: {} }]);
  });
});

describe("how public submissions fare, over filed submissions", () => {
  beforeAll(async () => {
    // Waiting for a decision: past its deadline, and still within it.
    await submission({ status: "FILED", filedAt: "2026-11-01", decisionDueOn: "2026-11-20" });
    await submission({ status: "ACKNOWLEDGED", filedAt: "2026-11-25", decisionDueOn: "2026-12-20" });
    // Decided: 10 days (in time, late in the day), 30 (late), 20 (on the deadline's day: in time),
    // 4 (in time), 15 (late) and 7 (no deadline recorded).
    await submission({ status: "DECLINED", filedAt: "2026-01-10T10:00:00Z", decisionDueOn: "2026-01-30", decidedAt: "2026-01-20T23:30:00Z" });
    await submission({ status: "ACCEPTED", filedAt: "2026-02-01", decisionDueOn: "2026-03-02", decidedAt: "2026-03-03", reportDueOn: "2026-11-30" });
    await submission({ status: "UNDER_REVIEW", filedAt: "2026-03-01", decisionDueOn: "2026-03-21", decidedAt: "2026-03-21T18:00:00Z", reportDueOn: "2027-01-10" });
    // Reported 30, 60 and 10 days after acceptance; followed by a published plan, by a draft plan
    // only (which the public does not see), and by a program only.
    await submission({ status: "REPORTED", filedAt: "2026-04-01", decisionDueOn: "2026-05-01", decidedAt: "2026-04-05", reportDueOn: "2026-06-01", reportedAt: "2026-05-05", followedBy: ["nothing", "APPROVED", "APPROVED"] });
    await submission({ status: "CLOSED", filedAt: "2025-06-01", decisionDueOn: "2025-06-10", decidedAt: "2025-06-16", reportDueOn: "2025-09-01", reportedAt: "2025-08-15", followedBy: ["DRAFT"] });
    await submission({
      status: "REPORTED",
      agreementId: other,
      contactPointId: otherContactPoint,
      concerns: "MX",
      filedAt: "2026-05-01",
      decidedAt: "2026-05-08",
      reportedAt: "2026-05-18",
      followedBy: ["program", "nothing"],
    });
  });

  it("counts the filed, accepted, reported and followed submissions, the medians and the decisions made in time", async () => {
    const { submissions } = await getEvidence(null, TODAY);
    expect(submissions).toEqual({
      filed: 8,
      accepted: 5,
      reported: 3,
      followedByPlan: 1,
      // 4, 7, 10, 15, 20, 30 days: between 10 and 15.
      daysToDecision: { median: 12.5, count: 6 },
      // 10, 30, 60 days.
      daysToReport: { median: 30, count: 3 },
      // Made by the deadline: 3 of the 5 decided with a deadline, and the one still not made after its
      // deadline is late; the one within its deadline and the one without a deadline are not due.
      decisions: { due: 6, inTime: 3 },
      overdue: { decisions: 1, reports: 1 },
    });
    // The plans a reader may see: an analyst also sees the draft plan that follows a recommendation.
    expect((await getEvidence(analyst, TODAY)).submissions).toEqual({ ...submissions, followedByPlan: 2 });
  });

  it("writes each figure from its cases, in words where there are none", async () => {
    const { submissions } = await getEvidence(null, TODAY);
    expect(submissionLines(submissions, percent)).toEqual([
      { key: "submissionsFiled", values: { filed: 8, accepted: 5, reported: 3 }, href: "/submissions" },
      { key: "submissionsFollowed", values: { share: "1/3", followed: 1, reported: 3 } },
      { key: "daysToDecision", values: { days: 12.5, count: 6 } },
      { key: "daysToReport", values: { days: 30, count: 3 } },
      { key: "decidedInTime", values: { share: "3/6", inTime: 3, due: 6 } },
    ]);
    // Under the other agreement, one submission, decided without a deadline: no share to give.
    const narrowed = (await getDashboard(null, { agreement: other }, TODAY)).submissions;
    expect(submissionLines(narrowed, percent).map((line) => line.key)).toContain("decidedInTimeNone");
  });

  it("flags on the dashboard the overdue decisions and reports the docket lists as overdue", async () => {
    const { submissions } = await getDashboard(null, {}, TODAY);
    expect(submissions).toEqual((await getEvidence(null, TODAY)).submissions);
    const docket = await test.db.submission.count({ where: overdueWhere(new Date(`${TODAY}T15:00:00Z`)) });
    expect(submissions.overdue.decisions + submissions.overdue.reports).toBe(docket);
    // The next day the acknowledged submission is still within its deadline; after it, it is overdue.
    expect((await getDashboard(null, {}, "2026-12-20")).submissions.overdue.decisions).toBe(1);
    expect((await getDashboard(null, {}, "2026-12-21")).submissions.overdue.decisions).toBe(2);
  });

  it("follows the dashboard's agreement and country filters", async () => {
    const under = (await getDashboard(null, { agreement: other }, TODAY)).submissions;
    expect(under).toEqual({
      filed: 1,
      accepted: 1,
      reported: 1,
      followedByPlan: 0,
      daysToDecision: { median: 7, count: 1 },
      daysToReport: { median: 10, count: 1 },
      decisions: { due: 0, inTime: 0 },
      overdue: { decisions: 0, reports: 0 },
    });
    expect((await getDashboard(null, { country: "MX" }, TODAY)).submissions).toEqual(under);
    const usmcaFigures = (await getDashboard(null, { agreement: usmca, country: "US" }, TODAY)).submissions;
    expect(usmcaFigures).toMatchObject({ filed: 7, accepted: 4, reported: 2, followedByPlan: 1, decisions: { due: 6, inTime: 3 }, overdue: { decisions: 1, reports: 1 } });
    // The program type and the year narrow programs, not submissions.
    expect((await getDashboard(null, { type: "TECHNICAL_COOPERATION", year: 2020 }, TODAY)).submissions.filed).toBe(8);
  });
});
