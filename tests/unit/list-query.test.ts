import { describe, expect, it } from "vitest";
import { readListQuery } from "@/lib/platform/api/list-query";
import { ZAgreementFilter } from "@/lib/domain/agreements/schemas";
import { ZPlanFilter } from "@/lib/domain/plans/schemas";

const NAMES = ["q", "status", "sort"] as const;

describe("readListQuery", () => {
  it("applies the filters it understands, names the others, and keeps only the applied ones in links", () => {
    const list = readListQuery({ q: "vote", status: "LOST", sort: "title", other: "x" }, NAMES, ZPlanFilter);
    expect(list.filter).toEqual({ q: "vote", sort: "title" });
    expect(list.problems?.("en")).toMatch(/Choose a plan status/);
    expect(list.query.toString()).toBe("q=vote&sort=title");
  });

  it("says the refused filters in the reader's language, each after its name when asked", () => {
    const list = readListQuery({ q: "x".repeat(201), kind: "GLOBAL" }, ["q", "kind", "sort"], ZAgreementFilter);
    expect(list.filter).toEqual({ sort: "title" });
    expect(list.problems?.("es")).toBe("Busque con 200 caracteres como máximo. Elija un tipo de la lista.");
    expect(list.namedProblems?.("fr")).toBe("q: Recherchez au plus 200 caractères. kind: Choisissez un type dans la liste.");
  });

  it("treats an empty field as unset and takes the first of repeated values", () => {
    const list = readListQuery({ q: ["first", "second"], status: "", sort: "" }, NAMES, ZPlanFilter);
    expect(list.filter).toEqual({ q: "first" });
    expect(list.problems).toBeUndefined();
    expect(list.query.toString()).toBe("q=first");
  });

  it("starts again from the first page when the paging parameters are not ones the list gave out", () => {
    expect(readListQuery({ cursor: "25", limit: "10" }, NAMES, ZPlanFilter)).toMatchObject({ page: { cursor: "25", limit: 10 }, limitAsked: true });
    expect(readListQuery({ cursor: "cm3x-not-an-offset" }, NAMES, ZPlanFilter).page).toBeNull();
    expect(readListQuery({ limit: "1000" }, NAMES, ZPlanFilter).page).toBeNull();
  });
});
