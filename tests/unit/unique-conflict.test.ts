import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/platform/db/generated/client";
import { AppError } from "@/lib/platform/errors/app-error";
import { knownError } from "@/lib/platform/errors/to-app-error";

const p2002 = (meta: Record<string, unknown>) => new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: "6.19.3", meta });

describe("a unique-constraint violation no domain function handled", () => {
  it("is a 409 CONFLICT naming the fields, as the driver adapter reports them", () => {
    const error = knownError(
      p2002({
        modelName: "IndicatorPeriod",
        driverAdapterError: { cause: { kind: "UniqueConstraintViolation", constraint: { index: "IndicatorPeriod_indicatorId_periodStart_key" }, table: "IndicatorPeriod" } },
      }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error?.status).toBe(409);
    expect(error?.code).toBe("CONFLICT");
    expect(error?.message).toContain("indicatorId, periodStart");
  });

  it("names the fields of a target list or of the constraint's fields too, and still answers 409 without them", () => {
    expect(knownError(p2002({ target: ["email"] }))?.message).toContain("same email");
    expect(knownError(p2002({ driverAdapterError: { cause: { constraint: { fields: ['"shortName"'] } } } }))?.message).toContain("same shortName");
    expect(knownError(p2002({}))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("same values") });
  });

  it("leaves other database errors to the caller as unexpected", () => {
    expect(knownError(new Prisma.PrismaClientKnownRequestError("Foreign key", { code: "P2003", clientVersion: "6.19.3" }))).toBeNull();
  });
});
