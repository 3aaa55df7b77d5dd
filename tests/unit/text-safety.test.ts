import { describe, expect, it } from "vitest";
import { guardNul } from "@/lib/platform/db/text-safety";
import { AppError } from "@/lib/platform/errors/app-error";
import { knownError } from "@/lib/platform/errors/to-app-error";

describe("guardNul", () => {
  it("passes arguments without NUL through untouched", () => {
    const args = { where: { id: "abc" }, data: { title: "Plain" } };
    expect(guardNul("update", args)).toBe(args);
  });

  it("refuses a write that carries a NUL anywhere in its arguments", () => {
    expect(() => guardNul("create", { data: { nested: { create: [{ name: "a\u0000b" }] } } })).toThrow(AppError);
    expect(() => guardNul("upsert", { where: { id: "x" }, create: { name: "ok" }, update: { name: "\u0000" } })).toThrow(
      /NUL/,
    );
  });

  it("replaces NUL in reads so that they match nothing instead of failing", () => {
    expect(guardNul("findMany", { where: { title: { contains: "a\u0000" } }, take: 5 })).toEqual({
      where: { title: { contains: "a\uFFFD" } },
      take: 5,
    });
  });

  it("leaves dates and other class instances alone", () => {
    const when = new Date("2026-01-01T00:00:00Z");
    expect(guardNul("findFirst", { where: { at: when, name: "\u0000" } })).toEqual({ where: { at: when, name: "\uFFFD" } });
  });
});

describe("knownError", () => {
  it("maps PostgreSQL's refusals of malformed text to invalid input", () => {
    expect(knownError(new Error('invalid byte sequence for encoding "UTF8": 0x00'))?.code).toBe("INVALID_INPUT");
  });

  it("leaves unexpected errors to the caller", () => {
    expect(knownError(new Error("connection refused"))).toBeNull();
  });
});
