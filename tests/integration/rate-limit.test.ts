// The shared rate limiter: two app instances (two clients with their own pools on one database)
// count into the same window, concurrent requests are all counted, a new window starts after the
// old one ends, and what is stored names no caller.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/platform/db/create-client";
import { consumeRateLimit } from "@/lib/platform/rate-limit/rate-limit";
import { bindAppDatabase, provideTestDatabase } from "./helpers/test-database";

const test = provideTestDatabase();
bindAppDatabase(test);
let other: Db;

beforeAll(() => {
  other = createPrismaClient(test.url, { poolSize: 4 });
});
afterAll(async () => {
  await other.$disconnect();
});

describe("consumeRateLimit", () => {
  it("counts the requests of both instances against one limit and refuses the one over it", async () => {
    const rule = { points: 4, durationSeconds: 60 };
    const outcomes = [];
    for (const client of [test.db, other, test.db, other, test.db]) outcomes.push(await consumeRateLimit("api", rule, "token:abc", client));
    expect(outcomes.slice(0, 4).map((o) => o.allowed && o.remaining)).toEqual([3, 2, 1, 0]);
    expect(outcomes[4]).toMatchObject({ allowed: false, limit: 4 });
    const refused = outcomes[4] as { retryAfterSeconds: number };
    expect(refused.retryAfterSeconds).toBeGreaterThan(55);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another caller and another limit have counts of their own.
    expect(await consumeRateLimit("api", rule, "token:def", other)).toMatchObject({ allowed: true, remaining: 3 });
    expect(await consumeRateLimit("exports", rule, "token:abc", other)).toMatchObject({ allowed: true, remaining: 3 });
  });

  it("counts every one of many concurrent requests from two instances", async () => {
    const rule = { points: 10, durationSeconds: 60 };
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, i) => consumeRateLimit("burst", rule, "ip:192.0.2.1", i % 2 ? other : test.db)));
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(10);
    expect(outcomes.filter((o) => !o.allowed)).toHaveLength(20);
  });

  it("starts a new window once the old one has ended", async () => {
    const rule = { points: 1, durationSeconds: 1 };
    expect((await consumeRateLimit("short", rule, "user:u1")).allowed).toBe(true);
    expect((await consumeRateLimit("short", rule, "user:u1")).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await consumeRateLimit("short", rule, "user:u1")).allowed).toBe(true);
  });

  it("stores callers hashed", async () => {
    await consumeRateLimit("api", { points: 5, durationSeconds: 60 }, "ip:203.0.113.77");
    const keys = (await test.db.rateLimit.findMany({ select: { key: true } })).map((row) => row.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => /^[a-z]+:[A-Za-z0-9_-]{32}$/.test(key))).toBe(true);
    expect(keys.some((key) => key.includes("203.0.113.77") || key.includes("token:"))).toBe(false);
  });
});
