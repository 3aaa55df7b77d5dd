import { describe, expect, it } from "vitest";
import { renderProblem } from "@/lib/platform/i18n/render-problem";
import { constituencyOf } from "@/components/participation/event-fields";
import { withinEditWindow } from "@/lib/domain/participation/comments/comment-rules";
import { ZCreateAttendance, ZCreateEvent, ZParticipationDecision, ZParticipationRequest, ZUpdateAttendance } from "@/lib/domain/participation/schemas";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), renderProblem(issue.message, "en")]));

describe("attendance counts", () => {
  it("are whole numbers from zero, and count someone", () => {
    expect(ZCreateAttendance.parse({ constituency: "WORKERS", women: "3", men: 0 })).toEqual({ constituency: "WORKERS", women: 3, men: 0 });
    expect(errorsOf(ZCreateAttendance.safeParse({ constituency: "WORKERS", women: -1, men: 2 }))).toEqual({ women: "The number of women cannot be negative." });
    expect(errorsOf(ZCreateAttendance.safeParse({ constituency: "WORKERS", women: 1, men: "2.5" }))).toEqual({ men: "Enter the number of men as a whole number, 0 or more." });
    expect(errorsOf(ZCreateAttendance.safeParse({ constituency: "WORKERS", women: "many", men: 1 })).women).toMatch(/whole number/);
    expect(errorsOf(ZCreateAttendance.safeParse({ constituency: "WORKERS", women: 0, men: 0 }))).toEqual({ women: "Count at least one person who attended." });
    expect(errorsOf(ZCreateAttendance.safeParse({ constituency: "STUDENTS", women: 1, men: 1 })).constituency).toMatch(/Choose the constituency/);
    expect(errorsOf(ZUpdateAttendance.safeParse({ version: 1, women: 0, men: -3 }))).toEqual({ men: "The number of men cannot be negative." });
  });
});

describe("events", () => {
  it("need a kind, a title and a real date, and cannot end before they start", () => {
    expect(errorsOf(ZCreateEvent.safeParse({ kind: "WORKSHOP", title: "Workshop", startDate: "2026-04-10", endDate: "2026-04-09" }))).toEqual({
      endDate: "The event cannot end before it starts.",
    });
    expect(Object.keys(errorsOf(ZCreateEvent.safeParse({ kind: "", title: " ", startDate: "2026-13-01" }))).sort()).toEqual(["kind", "startDate", "title"]);
    expect(ZCreateEvent.parse({ kind: "DATA_EXCHANGE", title: "Q3 data", startDate: "2026-10-01", place: "", summary: "" })).toMatchObject({ place: undefined, summary: undefined });
  });
});

describe("participation requests", () => {
  it("ask only for the roles civil society takes, and a decline needs a reason", () => {
    expect(ZParticipationRequest.safeParse({ role: "MONITOR" }).success).toBe(true);
    expect(ZParticipationRequest.safeParse({ role: "ACCOUNTABLE" }).success).toBe(false);
    expect(errorsOf(ZParticipationDecision.safeParse({ version: 1, decision: "DECLINE", reason: "  " }))).toEqual({ reason: "Give the reason for declining; the organisation will read it." });
    expect(ZParticipationDecision.parse({ version: "2", decision: "ACCEPT" })).toEqual({ version: 2, decision: "ACCEPT", reason: undefined });
  });
});

describe("the comment edit window", () => {
  it("lasts 30 minutes from writing, to the millisecond", () => {
    const written = new Date("2026-06-01T10:00:00.000Z");
    expect(withinEditWindow(written, new Date("2026-06-01T10:30:00.000Z"))).toBe(true);
    expect(withinEditWindow(written, new Date("2026-06-01T10:30:00.001Z"))).toBe(false);
  });
});

describe("constituencyOf", () => {
  it("suggests the constituency an organisation's kind attends for", () => {
    expect(constituencyOf("WORKERS_ORGANISATION")).toBe("WORKERS");
    expect(constituencyOf("EMPLOYERS_ORGANISATION")).toBe("EMPLOYERS");
    expect(constituencyOf("GOVERNMENT_MINISTRY")).toBe("GOVERNMENT");
    expect(constituencyOf("NGO")).toBe("CIVIL_SOCIETY");
    expect(constituencyOf("ACADEMIC")).toBe("OTHER");
  });
});
