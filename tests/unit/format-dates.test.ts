// A calendar date (a program's start, a meeting's day, stored as midnight UTC) reads as the same day
// for a reader west of Greenwich, while a moment (a comment, an audit event) is shown in the reader's
// own time zone.
import { createFormatter } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { calendarDate, isoDay } from "@/lib/platform/format/dates";

const TEGUCIGALPA = "America/Tegucigalpa"; // UTC−6 all year
let formatter = createFormatter({ locale: "es", timeZone: TEGUCIGALPA });
vi.mock("@/lib/platform/i18n/server", () => ({ getFormatter: async () => formatter }));

const programStart = new Date("2026-03-01T00:00:00.000Z"); // as Prisma reads a @db.Date column

beforeEach(() => {
  formatter = createFormatter({ locale: "es", timeZone: TEGUCIGALPA });
});

describe("a calendar date", () => {
  it.each([
    ["en", "March 1, 2026", "Mar 1, 2026"],
    ["es", "1 de marzo de 2026", "1 mar 2026"],
    ["fr", "1 mars 2026", "1 mars 2026"],
    ["vi", "1 tháng 3, 2026", "1 thg 3, 2026"],
  ])("stays the same day in %s for a reader in Tegucigalpa", (locale, long, medium) => {
    const format = createFormatter({ locale, timeZone: TEGUCIGALPA });
    expect(format.dateTime(programStart, calendarDate("long"))).toBe(long);
    expect(format.dateTime(programStart, calendarDate())).toBe(medium);
    expect(isoDay(programStart)).toBe("2026-03-01");
  });

  it("would show the day before if it were formatted in the reader's zone", () => {
    expect(formatter.dateTime(programStart, { dateStyle: "long" })).toBe("28 de febrero de 2026");
  });

  it("stays the same day on the pages that list agreements' and exchanges' dates", async () => {
    const { exchangeDate } = await import("@/components/exchanges/exchange-date");
    expect((await exchangeDate())(programStart)).toBe("1 mar 2026");
  });
});

describe("a moment", () => {
  it("on the plan and exchange pages is the reader's day, beside calendar dates that are not moved", async () => {
    formatter = createFormatter({ locale: "es", timeZone: "Asia/Ho_Chi_Minh" }); // UTC+7
    const submitted = new Date("2026-02-28T23:00:00.000Z"); // 1 March, 6 a.m. in Hanoi
    const { planDate } = await import("@/components/plans/loaded-plan");
    const { exchangeDate } = await import("@/components/exchanges/exchange-date");
    const [plan, exchange] = [await planDate(), await exchangeDate()];
    expect(plan.moment(submitted)).toBe("1 mar 2026");
    expect(exchange.moment(submitted)).toBe("1 mar 2026");
    expect(plan(new Date("2026-02-28T00:00:00.000Z"))).toBe("28 feb 2026");
    formatter = createFormatter({ locale: "es", timeZone: TEGUCIGALPA });
    expect((await planDate())(programStart)).toBe("1 mar 2026");
  });


  it("is shown in the reader's time zone", () => {
    const posted = new Date("2026-03-01T03:30:00.000Z");
    expect(formatter.dateTime(posted, { dateStyle: "medium", timeStyle: "short" })).toBe("28 feb 2026, 21:30");
    expect(createFormatter({ locale: "en", timeZone: "Asia/Ho_Chi_Minh" }).dateTime(posted, { dateStyle: "medium", timeStyle: "short" })).toBe("Mar 1, 2026, 10:30 AM");
  });
});
