import { describe, expect, it } from "vitest";
import { PlanStatus, type Role } from "@/lib/platform/db/generated/enums";
import { refusedMove, transitionsFor } from "@/lib/domain/plans/plan-workflow";
import { renderProblem } from "@/lib/platform/i18n/render-problem";

const ROLES: Role[] = ["ADMIN", "ANALYST", "GOVERNMENT", "CIVIL_SOCIETY"];
const STATUSES = Object.values(PlanStatus);

// The workflow as the issue states it, written out independently of the implementation:
// from → to, how, and who may.
const ALLOWED: [from: PlanStatus, to: PlanStatus, how: "transition" | "review", roles: Role[]][] = [
  ["DRAFT", "SUBMITTED", "transition", ["GOVERNMENT", "ADMIN"]],
  ["CHANGES_REQUESTED", "SUBMITTED", "transition", ["GOVERNMENT", "ADMIN"]],
  ["SUBMITTED", "UNDER_REVIEW", "transition", ["ANALYST", "ADMIN"]],
  ["UNDER_REVIEW", "APPROVED", "review", ["ANALYST", "ADMIN"]],
  ["UNDER_REVIEW", "CHANGES_REQUESTED", "review", ["ANALYST", "ADMIN"]],
  ["APPROVED", "IN_PROGRESS", "transition", ["GOVERNMENT", "ADMIN"]],
  ["IN_PROGRESS", "COMPLETED", "transition", ["GOVERNMENT", "ADMIN"]],
  ["COMPLETED", "CLOSED", "transition", ["ANALYST", "ADMIN"]],
];

describe("the plan workflow", () => {
  it("allows exactly the listed moves, to exactly the listed roles, and refuses every other of the 256 combinations per way", () => {
    let allowed = 0;
    for (const role of ROLES) {
      for (const from of STATUSES) {
        for (const to of STATUSES) {
          for (const how of ["transition", "review"] as const) {
            const expected = ALLOWED.some(([f, t, h, roles]) => f === from && t === to && h === how && roles.includes(role));
            const refusal = refusedMove(role, from, to, how);
            expect(refusal === null, `${role} ${from} → ${to} by ${how}: ${refusal}`).toBe(expected);
            if (expected) allowed += 1;
          }
        }
      }
    }
    // Eight moves; each for two roles.
    expect(allowed).toBe(16);
  });

  it("explains a refusal: an impossible move names the possible ones, a wrong role names who may", () => {
    const said = (refusal: string | null) => refusal && renderProblem(refusal, "en");
    expect(said(refusedMove("GOVERNMENT", "DRAFT", "APPROVED", "transition"))).toBe("A plan that is a draft cannot become approved. From here it can only become submitted.");
    expect(said(refusedMove("ANALYST", "CLOSED", "DRAFT", "transition"))).toBe("A plan that is closed cannot become a draft. It is final.");
    expect(said(refusedMove("CIVIL_SOCIETY", "DRAFT", "SUBMITTED", "transition"))).toBe("Only the plan's ministry (or an administrator) makes this move.");
    expect(said(refusedMove("GOVERNMENT", "UNDER_REVIEW", "APPROVED", "review"))).toBe("Only an analyst (or an administrator) makes this move.");
    expect(said(refusedMove("ANALYST", "UNDER_REVIEW", "APPROVED", "transition"))).toMatch(/done with a review/);
    // Said in the reader's language, the statuses included.
    expect(renderProblem(refusedMove("GOVERNMENT", "DRAFT", "APPROVED", "transition")!, "es")).toBe(
      "Un plan que está en borrador no puede pasar a estar aprobado. Desde aquí solo puede pasar a estar presentado.",
    );
    expect(renderProblem(refusedMove("GOVERNMENT", "UNDER_REVIEW", "CLOSED", "transition")!, "fr")).toBe(
      "Un plan en cours d’examen ne peut pas devenir clôturé. Il peut seulement devenir approuvé ou en attente de modifications.",
    );
  });

  it("offers each role the buttons of its moves", () => {
    expect(transitionsFor("GOVERNMENT", "DRAFT")).toEqual(["SUBMITTED"]);
    expect(transitionsFor("ANALYST", "DRAFT")).toEqual([]);
    expect(transitionsFor("ANALYST", "SUBMITTED")).toEqual(["UNDER_REVIEW"]);
    expect(transitionsFor("ANALYST", "UNDER_REVIEW")).toEqual([]);
    expect(transitionsFor("ADMIN", "COMPLETED")).toEqual(["CLOSED"]);
    expect(transitionsFor("CIVIL_SOCIETY", "IN_PROGRESS")).toEqual([]);
  });
});
