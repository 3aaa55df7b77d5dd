import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/platform/auth/password";
import type { Db } from "@/lib/platform/db/create-client";
import { ZProgramTranslations } from "@/lib/domain/programs/program-translations";
import { seed } from "@/prisma/seed";
import { demoAccounts, DEMO_PASSWORD } from "@/prisma/seed/demo/organisations";
import { provideTestDatabase } from "./helpers/test-database";

async function counts(db: Db) {
  const [agreements, provisions, institutions, meetings, programs, participants, budgets, transactions, indicators, periods, events, attendance, documents, exchanges, plans, measures, reviews, users, organisations] =
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
    ]);
  return { agreements, provisions, institutions, meetings, programs, participants, budgets, transactions, indicators, periods, events, attendance, documents, exchanges, plans, measures, reviews, users, organisations };
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
    for (const key of ["provisions", "institutions", "meetings", "budgets", "transactions", "indicators", "events", "attendance", "documents", "exchanges", "measures", "reviews"] as const) {
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
});
