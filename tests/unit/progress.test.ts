import { describe, expect, it } from "vitest";
import { isOverdue, progressPercent, todayUtc } from "@/lib/domain/monitoring/progress";

describe("progressPercent", () => {
  it("measures an ascending indicator from its baseline", () => {
    expect(progressPercent({ ascending: true, baseline: "20", target: "80", actual: "50" })).toBe("50.0");
    expect(progressPercent({ ascending: true, baseline: "20", target: "80", actual: "95" })).toBe("125.0");
    expect(progressPercent({ ascending: true, baseline: "20", target: "80", actual: "10" })).toBe("-16.7");
  });

  it("measures a descending indicator as the share of the planned fall achieved", () => {
    // Child labour from 12% down to 4%: at 8% half the way is done.
    expect(progressPercent({ ascending: false, baseline: "12", target: "4", actual: "8" })).toBe("50.0");
    expect(progressPercent({ ascending: false, baseline: "12", target: "4", actual: "4" })).toBe("100.0");
    expect(progressPercent({ ascending: false, baseline: "12", target: "4", actual: "14" })).toBe("-25.0");
  });

  it("starts an ascending indicator without a baseline from zero, and cannot measure a descending one", () => {
    expect(progressPercent({ ascending: true, baseline: null, target: "200", actual: "50" })).toBe("25.0");
    expect(progressPercent({ ascending: false, baseline: null, target: "4", actual: "8" })).toBeNull();
  });

  it("is exact with decimals and says nothing when it cannot be computed", () => {
    expect(progressPercent({ ascending: true, baseline: "0.1", target: "0.3", actual: "0.2" })).toBe("50.0");
    expect(progressPercent({ ascending: true, baseline: "5", target: "5", actual: "7" })).toBeNull();
    expect(progressPercent({ ascending: true, baseline: "5", target: "9", actual: null })).toBeNull();
    expect(progressPercent({ ascending: true, baseline: "5", target: null, actual: "7" })).toBeNull();
  });
});

describe("isOverdue", () => {
  it("flags a report whose due date has passed and nothing was reported", () => {
    expect(isOverdue("2026-03-01", false, "2026-03-02")).toBe(true);
    expect(isOverdue("2026-03-01", true, "2026-03-02")).toBe(false);
  });

  it("does not flag a report on its due date", () => {
    expect(isOverdue("2026-03-01", false, "2026-03-01")).toBe(false);
  });

  it("counts days in UTC, whatever the server's time zone", () => {
    // 23:30 in New York on 1 March is already 2 March in UTC: a report due on 1 March is overdue.
    expect(todayUtc(new Date("2026-03-01T23:30:00-05:00"))).toBe("2026-03-02");
    expect(isOverdue("2026-03-01", false, todayUtc(new Date("2026-03-01T23:30:00-05:00")))).toBe(true);
    // 00:30 in Tokyo on 2 March is still 1 March in UTC: not overdue yet.
    expect(todayUtc(new Date("2026-03-02T00:30:00+09:00"))).toBe("2026-03-01");
    expect(isOverdue("2026-03-01", false, todayUtc(new Date("2026-03-02T00:30:00+09:00")))).toBe(false);
  });
});
