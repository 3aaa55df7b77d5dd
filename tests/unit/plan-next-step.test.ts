// The plan page says what the next step is, and why a step is not offered yet: above all, that an
// analyst approves or asks for changes only after taking the plan up for review.
import { describe, expect, it } from "vitest";
import { PlanStatus } from "@/lib/platform/db/generated/enums";
import { planNextStep } from "@/lib/domain/plans/plan-next-step";
import { transitionsFor } from "@/lib/domain/plans/plan-workflow";
import en from "@/lib/platform/i18n/messages/en/publishing.json";

const reviewer = { reviewer: true, ministry: false };
const ministry = { reviewer: false, ministry: true };
const bystander = { reviewer: false, ministry: false };

describe("the plan's next step", () => {
  it("tells an analyst of a submitted plan to take it up before deciding, as the workflow requires", () => {
    expect(transitionsFor("ANALYST", "SUBMITTED")).toEqual(["UNDER_REVIEW"]);
    expect(planNextStep("SUBMITTED", reviewer)).toBe("reviewerTakeUp");
    expect(en.PlanSteps.reviewerTakeUp).toMatch(/take it up/);
    expect(planNextStep("UNDER_REVIEW", reviewer)).toBe("reviewerDecide");
    expect(planNextStep("COMPLETED", reviewer)).toBe("reviewerClose");
  });

  it("tells the ministry what it does next, or what it waits for", () => {
    expect(planNextStep("DRAFT", ministry)).toBe("ministrySubmit");
    expect(planNextStep("SUBMITTED", ministry)).toBe("ministryWaitReview");
    expect(planNextStep("UNDER_REVIEW", ministry)).toBe("ministryWaitReview");
    expect(planNextStep("CHANGES_REQUESTED", ministry)).toBe("ministryRevise");
  });

  it("says nothing to someone with no part in the plan's workflow, nor about a closed plan", () => {
    for (const status of Object.values(PlanStatus)) expect(planNextStep(status, bystander)).toBeNull();
    expect(planNextStep("CLOSED", reviewer)).toBeNull();
    expect(planNextStep("CLOSED", ministry)).toBeNull();
  });

  it("has words for every note it gives", () => {
    for (const status of Object.values(PlanStatus)) {
      for (const reader of [reviewer, ministry]) {
        const note = planNextStep(status, reader);
        if (note) expect(en.PlanSteps[note]).toBeTruthy();
      }
    }
  });
});
