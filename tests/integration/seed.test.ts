import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/platform/auth/password";
import type { Actor } from "@/lib/platform/authz";
import type { Db } from "@/lib/platform/db/create-client";
import { ZProgramTranslations } from "@/lib/domain/programs/program-translations";
import { getSubmission } from "@/lib/domain/submissions/get-submission";
import { listSubmissions } from "@/lib/domain/submissions/list-submissions";
import { ZSubmissionFilter } from "@/lib/domain/submissions/schemas";
import { submissionTimeline } from "@/lib/domain/submissions/submission-timeline";
import { dayAfter } from "@/lib/domain/submissions/submission-workflow";
import { seed } from "@/prisma/seed";
import { demoAccounts, DEMO_PASSWORD } from "@/prisma/seed/demo/organisations";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

async function counts(db: Db) {
  const [agreements, provisions, institutions, meetings, programs, participants, budgets, transactions, indicators, periods, events, attendance, documents, exchanges, plans, measures, reviews, users, organisations, submissions, recommendations, followUps, auditEvents] =
    await Promise.all([
      db.agreement.count(),
      db.labourProvision.count(),
      db.institution.count(),
      db.meeting.count(),
      db.cooperationProgram.count(),
      db.participant.count(),
      db.budget.count(),
      db.transaction.count(),
      db.indicator.count(),
      db.indicatorPeriod.count(),
      db.event.count(),
      db.attendance.count(),
      db.document.count(),
      db.informationExchange.count(),
      db.plan.count(),
      db.measure.count(),
      db.review.count(),
      db.user.count(),
      db.organisation.count(),
      db.submission.count(),
      db.submissionRecommendation.count(),
      db.submissionFollowUp.count(),
      db.auditEvent.count(),
    ]);
  return { agreements, provisions, institutions, meetings, programs, participants, budgets, transactions, indicators, periods, events, attendance, documents, exchanges, plans, measures, reviews, users, organisations, submissions, recommendations, followUps, auditEvents };
}

describe("seed outside demo mode", () => {
  const test = provideTestDatabase();

  it("loads reference data but no demo data and no accounts", async () => {
    await seed(test.db, { demo: false });
    expect(await test.db.country.count()).toBeGreaterThan(240);
    expect(await test.db.currency.findUnique({ where: { code: "EUR" } })).not.toBeNull();
    expect(await test.db.country.findUnique({ where: { code: "EU" } })).not.toBeNull();
    expect(await test.db.user.count()).toBe(0);
    expect(await test.db.agreement.count()).toBe(0);
  });
});

describe("demo seed", () => {
  const test = provideTestDatabase();
  bindAppDatabase(test);

  it("loads the demo data once and duplicates nothing on a second run", async () => {
    const first = await seed(test.db, { demo: true });
    expect(first.demoLoaded).toBe(true);
    const before = await counts(test.db);

    const second = await seed(test.db, { demo: true });
    expect(second.demoLoaded).toBe(false);
    expect(await counts(test.db)).toEqual(before);

    expect(before.agreements).toBeGreaterThanOrEqual(4);
    expect(before.programs).toBeGreaterThanOrEqual(30);
    expect(before.plans).toBeGreaterThanOrEqual(3);
    for (const key of ["provisions", "institutions", "meetings", "budgets", "transactions", "indicators", "events", "attendance", "documents", "exchanges", "measures", "reviews", "submissions", "recommendations", "followUps", "auditEvents"] as const) {
      expect(before[key], key).toBeGreaterThan(0);
    }
  });

  it("has its own texts in Spanish, French and Vietnamese: plan, measure and exchange titles, exchange and agreement summaries", async () => {
    const languages = (translations: unknown, field: string) => Object.keys((translations as Record<string, Record<string, string>>)[field] ?? {}).sort();
    const all = ["es", "fr", "vi"];
    for (const plan of await test.db.plan.findMany({ select: { title: true, language: true, translations: true } })) {
      expect(plan.language, plan.title).toBe("en");
      expect(languages(plan.translations, "title"), plan.title).toEqual(all);
    }
    for (const measure of await test.db.measure.findMany({ select: { title: true, translations: true } })) expect(languages(measure.translations, "title"), measure.title).toEqual(all);
    for (const exchange of await test.db.informationExchange.findMany({ select: { title: true, translations: true } })) {
      expect([languages(exchange.translations, "title"), languages(exchange.translations, "summary")], exchange.title).toEqual([all, all]);
    }
    // An agreement's title is its official one: only our summary is translated.
    for (const agreement of await test.db.agreement.findMany({ select: { shortName: true, translations: true } })) {
      expect(Object.keys(agreement.translations as object), agreement.shortName).toEqual(["summary"]);
      expect(languages(agreement.translations, "summary"), agreement.shortName).toEqual(all);
    }
    const silao = await test.db.plan.findFirstOrThrow({ where: { title: { startsWith: "Course of remediation after the first Rapid Response case" } }, select: { translations: true } });
    expect(silao.translations).toMatchObject({ title: { fr: "Mesures correctives à la suite de la première affaire de réaction rapide (usine automobile, Silao)" } });
  });

  it("covers every program type, status and participant role", async () => {
    const types = await test.db.cooperationProgram.groupBy({ by: ["type"], _count: true });
    const statuses = await test.db.cooperationProgram.groupBy({ by: ["status"], _count: true });
    const visibilities = await test.db.cooperationProgram.groupBy({ by: ["visibility"], _count: true });
    const roles = await test.db.participant.groupBy({ by: ["role"], _count: true });
    expect(types.map((row) => row.type).sort()).toEqual(
      ["FINANCIAL_ASSISTANCE", "INFORMATION_SHARING", "JOINT_RESEARCH", "TECHNICAL_COOPERATION"],
    );
    expect(statuses).toHaveLength(6);
    expect(visibilities).toHaveLength(2);
    expect(roles).toHaveLength(7);
  });

  it("gives every program its title, summary and objectives in Spanish, French and Vietnamese, as the program form would accept them", async () => {
    const programs = await test.db.cooperationProgram.findMany({ select: { identifier: true, language: true, translations: true } });
    for (const program of programs) {
      expect(program.language, program.identifier).toBe("en");
      const translations = ZProgramTranslations.parse(program.translations);
      for (const field of ["title", "summary", "objectives"] as const) expect(Object.keys(translations[field] ?? {}).sort(), `${program.identifier} ${field}`).toEqual(["es", "fr", "vi"]);
    }
  });

  it("has money in more than one currency, indicators with baselines and periods, and gendered attendance", async () => {
    const currencies = await test.db.transaction.groupBy({ by: ["currencyCode"], _count: true });
    expect(currencies.length).toBeGreaterThan(1);
    const withBaseline = await test.db.indicator.count({
      where: { OR: [{ baselineValue: { not: null } }, { baselineText: { not: null } }], periods: { some: {} } },
    });
    expect(withBaseline).toBeGreaterThan(0);
    const multiPeriod = await test.db.indicator.findFirst({ where: { periods: { some: {} } }, include: { _count: { select: { periods: true } } }, orderBy: { periods: { _count: "desc" } } });
    expect(multiPeriod?._count.periods).toBeGreaterThan(1);
    const constituencies = await test.db.attendance.groupBy({ by: ["constituency"], _sum: { women: true, men: true } });
    expect(constituencies.length).toBeGreaterThanOrEqual(4);
    expect(constituencies.every((row) => (row._sum.women ?? 0) + (row._sum.men ?? 0) > 0)).toBe(true);
  });

  it("records attendance only for organisations that take part in the event's program, as the app requires", async () => {
    const [mismatch] = await test.db.$queryRaw<{ count: number }[]>`
      SELECT COUNT(*)::int AS count FROM "Attendance" a JOIN "Event" e ON e."id" = a."eventId"
      WHERE a."organisationId" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "Participant" p WHERE p."programId" = e."programId" AND p."organisationId" = a."organisationId")`;
    expect(mismatch?.count).toBe(0);
    expect(await test.db.attendance.count({ where: { organisationId: { not: null } } })).toBeGreaterThan(50);
  });

  it("gives every agreement its parties, a council and one contact point per party", async () => {
    const agreements = await test.db.agreement.findMany({ include: { parties: true, institutions: true } });
    for (const agreement of agreements) {
      const contactPoints = agreement.institutions.filter((i) => i.kind === "CONTACT_POINT").map((i) => i.countryCode);
      expect(contactPoints.sort(), agreement.shortName).toEqual(agreement.parties.map((p) => p.countryCode).sort());
      expect(agreement.institutions.some((i) => i.kind === "MINISTERIAL_COUNCIL"), agreement.shortName).toBe(true);
    }
  });

  it("creates one demo account per role, each signing in with the demo password", async () => {
    const users = await test.db.user.findMany({
      where: { email: { in: demoAccounts.map((account) => account.email) } },
      omit: { passwordHash: false },
      include: { organisation: true },
    });
    expect(users).toHaveLength(5);
    expect(new Set(users.map((user) => user.role))).toEqual(new Set(["ADMIN", "GOVERNMENT", "CIVIL_SOCIETY", "ANALYST"]));
    const byEmail = Object.fromEntries(users.map((user) => [user.email, user]));
    expect(byEmail["gov.mx@demo.test"]?.organisation.countryCode).toBe("MX");
    expect(byEmail["gov.us@demo.test"]?.organisation.countryCode).toBe("US");
    expect(byEmail["cso@demo.test"]?.organisation.kind).toBe("WORKERS_ORGANISATION");
    for (const user of users) expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
  });

  /** A demo user as the app loads them for a request. */
  async function demoActor(email: string): Promise<Actor> {
    const user = await test.db.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } });
    return { id: user.id, email, name: user.name, role: user.role, organisationId: user.organisationId, organisationName: user.organisation.name, countryCode: user.organisation.countryCode };
  }

  const submissionAt = (status: "FILED" | "DECLINED" | "UNDER_REVIEW" | "REPORTED") =>
    test.db.submission.findFirstOrThrow({ where: { status }, include: { agreement: true, organisation: true, recommendations: { orderBy: { position: "asc" } } } });

  it("has public submissions filed by the civil-society demo user with a party's contact point, under the agreement's provisions and deadlines", async () => {
    const submissions = await test.db.submission.findMany({
      include: { agreement: { include: { parties: true } }, contactPoint: true, createdBy: true, provisions: { include: { provision: true } } },
    });
    expect(new Set(submissions.map((s) => s.status))).toEqual(new Set(["FILED", "DECLINED", "UNDER_REVIEW", "REPORTED"]));
    for (const s of submissions) {
      expect(s.createdBy?.email, s.title).toBe("cso@demo.test");
      expect(s.organisationId, s.title).toBe(s.createdBy?.organisationId);
      expect(s.contactPoint.kind, s.title).toBe("CONTACT_POINT");
      expect(s.contactPoint.agreementId, s.title).toBe(s.agreementId);
      expect(s.agreement.parties.map((p) => p.countryCode), s.title).toEqual(expect.arrayContaining([s.concernsCountryCode, s.contactPoint.countryCode]));
      expect(s.provisions.length, s.title).toBeGreaterThan(0);
      expect(s.provisions.every((p) => p.provision.agreementId === s.agreementId), s.title).toBe(true);
      expect(s.topics.length, s.title).toBeGreaterThan(0);
      expect(s.decisionDueOn, s.title).toEqual(dayAfter(s.filedAt!, s.agreement.submissionDecisionDays));
      if (s.reportDueOn) expect(s.reportDueOn, s.title).toEqual(dayAfter(s.decidedAt!, s.agreement.submissionReportDays));
      expect(s.language, s.title).toBe("en");
      for (const field of ["title", "summary"]) expect(Object.keys((s.translations as Record<string, object>)[field] ?? {}).sort(), `${s.title} ${field}`).toEqual(["es", "fr", "vi"]);
    }

    const declined = await submissionAt("DECLINED");
    expect(declined.decisionReason).toMatch(/sustained or recurring/);
    expect(declined.decidedAt!.getTime()).toBeLessThanOrEqual(dayAfter(declined.decisionDueOn!, 1).getTime());
    const reported = await submissionAt("REPORTED");
    expect(reported.findings).not.toBe("");
    expect(reported.recommendations.length).toBeGreaterThanOrEqual(2);
    expect(reported.recommendations.length).toBeLessThanOrEqual(3);
  });

  it("lets the docket flag the submission under review as past its report deadline, and only that one", async () => {
    const underReview = await submissionAt("UNDER_REVIEW");
    expect(underReview.reportDueOn!.getTime()).toBeLessThan(Date.now() - 30 * 86_400_000);
    const overdue = await listSubmissions(null, ZSubmissionFilter.parse({ deadline: "overdue" }), { limit: 50 });
    expect(overdue.data.map((entry) => entry.id)).toEqual([underReview.id]);
    expect(overdue.data[0]?.deadline).toMatchObject({ kind: "report", overdue: true });
    const filed = (await listSubmissions(null, ZSubmissionFilter.parse({ status: "FILED" }), { limit: 50 })).data[0];
    expect(filed?.deadline).toMatchObject({ kind: "decision", overdue: false });
  });

  it("follows the reported submission's first recommendation with the demo remediation plan", async () => {
    const reported = await submissionAt("REPORTED");
    const followUps = await test.db.submissionFollowUp.findMany({ where: { recommendation: { submissionId: reported.id } }, include: { plan: true, program: true, recommendation: true } });
    const byPlan = followUps.find((f) => f.plan);
    expect(byPlan?.recommendation.position).toBe(1);
    expect(byPlan?.plan).toMatchObject({ kind: "REMEDIATION", agreementId: reported.agreementId, title: "Course of remediation at an auto-parts facility in Matamoros, Tamaulipas" });
    // The public record shows the link, from both sides.
    const view = await getSubmission(null, reported.id);
    expect(view.recommendations[0]?.followUps.map((f) => f.plan?.id)).toEqual([byPlan?.plan?.id]);
    expect(await test.db.plan.count({ where: { id: byPlan?.planId ?? "", submissionFollowUps: { some: { recommendation: { submissionId: reported.id } } } } })).toBe(1);
  });

  it("records each submission's history in the audit trail the timeline reads: the union files, the contact point's ministry moves it", async () => {
    const cso = await demoActor("cso@demo.test");
    for (const s of await test.db.submission.findMany({ include: { contactPoint: true } })) {
      const moves = await test.db.auditEvent.findMany({ where: { entityType: "Submission", entityId: s.id, action: "submission.move" }, orderBy: { at: "asc" }, include: { actor: { include: { organisation: true } } } });
      expect(moves[0]?.actorId, s.title).toBe(cso.id);
      for (const move of moves.slice(1)) {
        expect(move.actor?.role, s.title).toBe("GOVERNMENT");
        expect(move.actor?.organisation.countryCode, s.title).toBe(s.contactPoint.countryCode);
      }
      expect((moves.at(-1)?.after as { status: string }).status, s.title).toBe(s.status);
      expect(moves.every((move) => move.at.getTime() < Date.now()), s.title).toBe(true);
    }

    const reported = await submissionAt("REPORTED");
    const timeline = await submissionTimeline(null, reported.id);
    const said = (entries: typeof timeline) => entries.map((entry) => (entry.kind === "move" ? entry.status : entry.kind === "hearing" ? entry.hearing : `follow-up ${entry.position}`));
    // The consultation was held at the council's closed session, which only the parties' ministries, analysts and administrators read.
    expect(said(timeline)).toEqual(["FILED", "ACKNOWLEDGED", "ACCEPTED", "UNDER_REVIEW", "HEARING", "REPORTED", "follow-up 3", "follow-up 1"]);
    expect(timeline.every((entry) => entry.by === null)).toBe(true);
    expect((await submissionTimeline(cso, reported.id)).every((entry) => entry.by !== null)).toBe(true);
    const analyst = await demoActor("analyst@demo.test");
    expect(said(await submissionTimeline(analyst, reported.id))).toEqual(["FILED", "ACKNOWLEDGED", "ACCEPTED", "UNDER_REVIEW", "HEARING", "CONSULTATION", "REPORTED", "follow-up 3", "follow-up 1"]);

    const declined = await submissionAt("DECLINED");
    expect((await submissionTimeline(null, declined.id)).at(-1)).toMatchObject({ kind: "move", status: "DECLINED", text: declined.decisionReason });
  });

  it("withholds the union's name and its workers' statements from the public and from other ministries, not from the union or the ministry that handles it", async () => {
    const withheld = await test.db.submission.findFirstOrThrow({ where: { identityWithheld: true }, include: { organisation: true, contactPoint: true, documents: true } });
    expect(withheld.organisation.kind).toBe("WORKERS_ORGANISATION");
    expect(withheld.documents.filter((d) => d.withheld)).toHaveLength(1);
    expect(withheld.documents.filter((d) => !d.withheld).length).toBeGreaterThan(0);

    const publicView = await getSubmission(null, withheld.id);
    expect(publicView.organisation).toBeNull();
    expect(publicView.withheld).toMatchObject({ identity: true, documents: 1 });
    expect(publicView.documents.every((d) => !d.withheld)).toBe(true);
    const otherMinistry = withheld.contactPoint.countryCode === "MX" ? "gov.us@demo.test" : "gov.mx@demo.test";
    expect((await getSubmission(await demoActor(otherMinistry), withheld.id)).organisation).toBeNull();
    for (const email of ["cso@demo.test", withheld.contactPoint.countryCode === "MX" ? "gov.mx@demo.test" : "gov.us@demo.test"]) {
      const view = await getSubmission(await demoActor(email), withheld.id);
      expect(view.organisation?.id, email).toBe(withheld.organisationId);
      expect(view.documents.filter((d) => d.withheld), email).toHaveLength(1);
    }
  });
});
