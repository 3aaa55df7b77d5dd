// Verdicts from the database on constructed records, in both directions: the same published plans
// support or contradict "not binding enough" as their measures are met or not, and "undermines
// sovereignty" as they are owned at home or abroad; drafts never count, and too few tell nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { getEvidence } from "@/lib/domain/dashboard/evidence";
import { createAgreement, createMeasures, createOrganisation, createPlans } from "@/prisma/seed/factories";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
bindAppDatabase(test);

let agreementId: string;
let mexican: string;
let american: string;

beforeAll(async () => {
  agreementId = (await createAgreement(test.db)).id;
  mexican = (await createOrganisation(test.db, { kind: "GOVERNMENT_MINISTRY", countryCode: "MX" })).id;
  american = (await createOrganisation(test.db, { kind: "GOVERNMENT_MINISTRY", countryCode: "US" })).id;
});

async function plansWith({ count, owner, status, measures }: { count: number; owner: string; status: "APPROVED" | "DRAFT"; measures: "MET" | "NOT_MET" }) {
  const ids = Array.from({ length: count }, (_, i) => `plan-${status}-${owner}-${measures}-${i}-${Math.random().toString(36).slice(2)}`);
  await createPlans(test.db, ids.map((id) => ({ id, agreementId, countryCode: "MX", ownerOrganisationId: owner, status })));
  await createMeasures(test.db, ids.map((planId) => ({ planId, responsibleOrganisationId: owner, status: measures, dueDate: new Date("2025-01-31") })));
}

describe("the verdicts on constructed plans", () => {
  it("tell nothing with fewer published plans and measures than the minimum, drafts aside", async () => {
    await plansWith({ count: 4, owner: mexican, status: "APPROVED", measures: "MET" });
    await plansWith({ count: 6, owner: american, status: "DRAFT", measures: "NOT_MET" });
    const { verdicts, planOrigins, ownCountryPlans } = await getEvidence(null, "2026-12-02");
    expect(verdicts.against1).toBe("notEnough");
    expect(verdicts.against2).toBe("notEnough");
    expect(planOrigins.total).toBe(4);
    expect(ownCountryPlans.total).toBe(4);
  });

  it("contradict the arguments against when measures are met and plans owned at home", async () => {
    await plansWith({ count: 2, owner: mexican, status: "APPROVED", measures: "MET" });
    const { verdicts, planOrigins } = await getEvidence(null, "2026-12-02");
    expect(verdicts.against1).toBe("contradicts");
    expect(verdicts.against2).toBe("contradicts");
    expect(planOrigins).toEqual({ byOrigin: { REVIEW_FINDING: 0, COUNCIL_DECISION: 0, PUBLIC_SUBMISSION: 0, OTHER: 6 }, total: 6 });
  });

  it("support them once most measures are not met and most plans are owned abroad", async () => {
    await plansWith({ count: 7, owner: american, status: "APPROVED", measures: "NOT_MET" });
    const { verdicts, ownCountryPlans, measures } = await getEvidence(null, "2026-12-02");
    expect(ownCountryPlans).toEqual({ own: 6, total: 13 });
    expect(measures).toEqual({ MET: 6, NOT_MET: 7 });
    expect(verdicts.against1).toBe("supports");
    expect(verdicts.against2).toBe("supports");
  });
});
