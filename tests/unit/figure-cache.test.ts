// The dashboard's figure cache: one computation per scope and filters a minute, shared by the
// requests that arrive meanwhile, refreshed in the background, never keeping a failure, and never
// sharing figures across scopes.
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/platform/authz";
import { cachedFigures, clearFigures, FIGURES_MAX_STALE_MS, FIGURES_TTL_MS, scopeKey } from "@/lib/domain/dashboard/figure-cache";

const actor = (role: Actor["role"], organisationId = "org-1", countryCode: string | null = "MX") => ({ id: "u", email: "u@x", name: "U", role, organisationId, organisationName: "O", countryCode }) as Actor;

beforeEach(() => clearFigures());

describe("cachedFigures", () => {
  it("computes once within the minute, then again in the background while the previous figures are served", async () => {
    let computed = 0;
    const compute = async () => ++computed;
    expect((await cachedFigures("k", compute, 1_000)).value).toBe(1);
    expect((await cachedFigures("k", compute, 1_000 + FIGURES_TTL_MS - 1)).value).toBe(1);
    expect(computed).toBe(1);
    // Past the minute, the request that finds the figures old gets them at once, with their time,
    // and a new computation starts; the next request gets its result.
    const stale = await cachedFigures("k", compute, 1_000 + FIGURES_TTL_MS);
    expect(stale).toEqual({ value: 1, computedAt: new Date(1_000) });
    expect(computed).toBe(2);
    await Promise.resolve();
    const fresh = await cachedFigures("k", compute, 1_000 + FIGURES_TTL_MS + 5);
    expect(fresh).toEqual({ value: 2, computedAt: new Date(1_000 + FIGURES_TTL_MS) });
    expect(computed).toBe(2);
  });

  it("starts one refresh however many requests find the figures old, and keeps serving them if it fails", async () => {
    let computed = 0;
    let release!: (value: string) => void;
    await cachedFigures("k", async () => "first", 0);
    const slow = () => {
      computed++;
      return new Promise<string>((_resolve, reject) => (release = () => reject(new Error("database down"))));
    };
    const answers = await Promise.all(Array.from({ length: 5 }, (_, index) => cachedFigures("k", slow, FIGURES_TTL_MS + index)));
    expect(answers.map((answer) => answer.value)).toEqual(Array(5).fill("first"));
    expect(computed).toBe(1);
    release("");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await cachedFigures("k", async () => "second", FIGURES_TTL_MS + 10)).value).toBe("first");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await cachedFigures("k", async () => "third", FIGURES_TTL_MS + 20)).value).toBe("second");
  });

  it("waits for new figures when the kept ones are older than ten minutes", async () => {
    await cachedFigures("k", async () => "old", 0);
    expect(await cachedFigures("k", async () => "new", FIGURES_MAX_STALE_MS)).toEqual({ value: "new", computedAt: new Date(FIGURES_MAX_STALE_MS) });
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
