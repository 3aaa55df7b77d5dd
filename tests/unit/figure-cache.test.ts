// The dashboard's figure cache: one computation per scope and filters a minute, shared by the
// requests that arrive meanwhile, never keeping a failure, and never sharing figures across scopes.
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import { cachedFigures, clearFigures, FIGURES_TTL_MS, scopeKey } from "@/lib/dashboard/figure-cache";

const actor = (role: Actor["role"], organisationId = "org-1", countryCode: string | null = "MX") => ({ id: "u", email: "u@x", name: "U", role, organisationId, organisationName: "O", countryCode }) as Actor;

beforeEach(() => clearFigures());

describe("cachedFigures", () => {
  it("computes once within the minute, and again after it", async () => {
    let computed = 0;
    const compute = async () => ++computed;
    expect((await cachedFigures("k", compute, 1_000)).value).toBe(1);
    expect((await cachedFigures("k", compute, 1_000 + FIGURES_TTL_MS - 1)).value).toBe(1);
    const later = await cachedFigures("k", compute, 1_000 + FIGURES_TTL_MS);
    expect(later.value).toBe(2);
    expect(later.computedAt.getTime()).toBe(1_000 + FIGURES_TTL_MS);
  });

  it("lets requests that arrive during a computation wait for it instead of starting their own", async () => {
    let computed = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const compute = async () => {
      computed++;
      await gate;
      return "figures";
    };
    const waiting = Array.from({ length: 10 }, () => cachedFigures("k", compute, 5));
    release();
    expect((await Promise.all(waiting)).map((result) => result.value)).toEqual(Array(10).fill("figures"));
    expect(computed).toBe(1);
  });

  it("does not keep a failure", async () => {
    await expect(cachedFigures("k", async () => Promise.reject(new Error("database down")), 5)).rejects.toThrow("database down");
    expect((await cachedFigures("k", async () => "recovered", 6)).value).toBe("recovered");
  });

  it("keeps figures apart for each key", async () => {
    expect((await cachedFigures("a", async () => "A", 5)).value).toBe("A");
    expect((await cachedFigures("b", async () => "B", 5)).value).toBe("B");
  });
});

describe("scopeKey", () => {
  it("shares figures only between viewers who may read the same programs", () => {
    expect(scopeKey(null)).toBe("public");
    expect(scopeKey(actor("ANALYST"))).toBe(scopeKey(actor("ADMIN", "org-2")));
    expect(scopeKey(actor("GOVERNMENT", "org-1", "MX"))).not.toBe(scopeKey(actor("GOVERNMENT", "org-2", "MX")));
    expect(scopeKey(actor("GOVERNMENT", "org-1", "MX"))).not.toBe(scopeKey(actor("GOVERNMENT", "org-1", "CL")));
    expect(scopeKey(actor("CIVIL_SOCIETY", "org-1"))).not.toBe(scopeKey(actor("CIVIL_SOCIETY", "org-2")));
    expect(new Set([scopeKey(null), scopeKey(actor("ANALYST")), scopeKey(actor("GOVERNMENT")), scopeKey(actor("CIVIL_SOCIETY"))]).size).toBe(4);
  });
});
