// The dashboard's figure cache, kept in PostgreSQL: one computation per key a minute, shared by the
// requests that arrive meanwhile, refreshed in the background, never keeping a failure — and shared
// by the app's instances (two Prisma clients on one database here), which serve the same figures
// with the same time of computation and compute them once between them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/platform/db/create-client";
import { cachedFigures, clearFigures, FIGURES_CLAIM_MS, FIGURES_MAX_STALE_MS, FIGURES_TTL_MS } from "@/lib/domain/dashboard/figure-cache";
import { provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
let one: Db;
let two: Db;

beforeAll(() => {
  one = test.db;
  two = createPrismaClient(test.url, { poolSize: 4 });
});
afterAll(async () => {
  await two.$disconnect();
});
beforeEach(async () => {
  await clearFigures(one);
  await clearFigures(two);
});

/** A computation that waits until released, counting its calls. */
function gated<T>(value: T) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const compute = async () => {
    compute.calls++;
    await gate;
    return value;
  };
  compute.calls = 0;
  return { compute, release };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("cachedFigures in one instance", () => {
  it("computes once within the minute, then again in the background while the previous figures are served", async () => {
    let computed = 0;
    const compute = async () => ++computed;
    expect((await cachedFigures("k", compute, { now: 1_000, client: one })).value).toBe(1);
    expect((await cachedFigures("k", compute, { now: 1_000 + FIGURES_TTL_MS - 1, client: one })).value).toBe(1);
    expect(computed).toBe(1);
    // Past the minute, the request that finds the figures old gets them at once, with their time,
    // and a new computation starts; a later request gets its result.
    const stale = await cachedFigures("k", compute, { now: 1_000 + FIGURES_TTL_MS, client: one });
    expect(stale).toEqual({ value: 1, computedAt: new Date(1_000) });
    await settle();
    const fresh = await cachedFigures("k", compute, { now: 1_000 + FIGURES_TTL_MS + 5, client: one });
    expect(fresh).toEqual({ value: 2, computedAt: new Date(1_000 + FIGURES_TTL_MS) });
    expect(computed).toBe(2);
  });

  it("starts one refresh however many requests find the figures old, and keeps serving them if it fails", async () => {
    await cachedFigures("k", async () => "first", { now: 0, client: one });
    let computed = 0;
    let fail!: () => void;
    const slow = () => {
      computed++;
      return new Promise<string>((_resolve, reject) => (fail = () => reject(new Error("database down"))));
    };
    const answers = await Promise.all(Array.from({ length: 5 }, (_, index) => cachedFigures("k", slow, { now: FIGURES_TTL_MS + index, client: one })));
    expect(answers.map((answer) => answer.value)).toEqual(Array(5).fill("first"));
    await settle();
    expect(computed).toBe(1);
    fail();
    await settle();
    expect((await cachedFigures("k", async () => "second", { now: FIGURES_TTL_MS + 10, client: one })).value).toBe("first");
    await settle();
    expect((await cachedFigures("k", async () => "third", { now: FIGURES_TTL_MS + 20, client: one })).value).toBe("second");
  });

  it("waits for new figures when the kept ones are older than ten minutes", async () => {
    await cachedFigures("k", async () => "old", { now: 0, client: one });
    expect(await cachedFigures("k", async () => "new", { now: FIGURES_MAX_STALE_MS, client: one })).toEqual({ value: "new", computedAt: new Date(FIGURES_MAX_STALE_MS) });
  });

  it("lets requests that arrive during a computation wait for it instead of starting their own", async () => {
    const { compute, release } = gated("figures");
    const waiting = Array.from({ length: 10 }, () => cachedFigures("k", compute, { now: 5, client: one }));
    await settle();
    release();
    expect((await Promise.all(waiting)).map((result) => result.value)).toEqual(Array(10).fill("figures"));
    expect(compute.calls).toBe(1);
  });

  it("does not keep a failure", async () => {
    await expect(cachedFigures("k", async () => Promise.reject(new Error("database down")), { now: 5, client: one })).rejects.toThrow("database down");
    expect((await cachedFigures("k", async () => "recovered", { now: 6, client: one })).value).toBe("recovered");
  });

  it("keeps figures apart for each key, and keeps whole JSON figures", async () => {
    expect((await cachedFigures("a", async () => ({ total: 3, money: [{ currency: "EUR", committed: "10.50" }] }), { now: 5, client: one })).value).toEqual({ total: 3, money: [{ currency: "EUR", committed: "10.50" }] });
    expect((await cachedFigures("b", async () => "B", { now: 5, client: one })).value).toBe("B");
    expect((await cachedFigures("a", async () => "not again", { now: 6, client: two })).value).toEqual({ total: 3, money: [{ currency: "EUR", committed: "10.50" }] });
  });
});

describe("cachedFigures across instances", () => {
  it("serves the figures one instance computed, with the same time, from the other", async () => {
    const first = await cachedFigures("k", async () => "figures", { now: 1_000, client: one });
    let computedByTwo = 0;
    const second = await cachedFigures("k", async () => ++computedByTwo, { now: 30_000, client: two });
    expect(second).toEqual(first);
    expect(computedByTwo).toBe(0);
  });

  it("computes once when both instances find nothing kept at the same moment; the other waits for its result", async () => {
    const a = gated("from one");
    const b = gated("from two");
    const requests = [
      ...Array.from({ length: 5 }, () => cachedFigures("k", a.compute, { now: 5, client: one })),
      ...Array.from({ length: 5 }, () => cachedFigures("k", b.compute, { now: 5, client: two })),
    ];
    await settle();
    a.release();
    b.release();
    const answers = await Promise.all(requests);
    expect(a.compute.calls + b.compute.calls).toBe(1);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
  });

  it("refreshes once when both instances find the figures old, and both serve the old ones meanwhile", async () => {
    await cachedFigures("k", async () => "old", { now: 0, client: one });
    const a = gated("new");
    const b = gated("new");
    const stale = await Promise.all([cachedFigures("k", a.compute, { now: FIGURES_TTL_MS, client: one }), cachedFigures("k", b.compute, { now: FIGURES_TTL_MS, client: two })]);
    expect(stale.map((answer) => answer.value)).toEqual(["old", "old"]);
    await settle();
    a.release();
    b.release();
    await settle();
    expect(a.compute.calls + b.compute.calls).toBe(1);
    const fresh = await Promise.all([cachedFigures("k", async () => "x", { now: FIGURES_TTL_MS + 1, client: one }), cachedFigures("k", async () => "x", { now: FIGURES_TTL_MS + 1, client: two })]);
    expect(fresh).toEqual([
      { value: "new", computedAt: new Date(FIGURES_TTL_MS) },
      { value: "new", computedAt: new Date(FIGURES_TTL_MS) },
    ]);
  });

  it("computes in the other instance when the one that claimed the figures stopped before storing them", async () => {
    // One instance claimed the key and died: its claim holds for FIGURES_CLAIM_MS, then lapses.
    await one.figureCache.create({ data: { key: "k", claimedAt: new Date(0) } });
    expect(await cachedFigures("k", async () => "computed anew", { now: FIGURES_CLAIM_MS + 1, client: two })).toEqual({ value: "computed anew", computedAt: new Date(FIGURES_CLAIM_MS + 1) });
  });
});
