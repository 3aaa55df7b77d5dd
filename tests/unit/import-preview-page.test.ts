// A long preview shown a page at a time, and what "all that can be imported" means.
import { describe, expect, it } from "vitest";
import { importableIdentifiers, PREVIEW_PAGE_SIZE, previewPage } from "@/lib/domain/imports/preview-page";

const entries = Array.from({ length: PREVIEW_PAGE_SIZE * 2 + 5 }, (_, index) => index);

describe("a preview's pages", () => {
  it("gives the page asked for, with where it starts and how many there are", () => {
    expect(previewPage(entries, "2")).toMatchObject({ page: 2, pages: 3, offset: PREVIEW_PAGE_SIZE });
    expect(previewPage(entries, "2").entries[0]).toBe(PREVIEW_PAGE_SIZE);
    expect(previewPage(entries, "3").entries).toHaveLength(5);
  });

  it("gives the first page for anything else: nothing, a word, zero, a fraction, past the last, several", () => {
    for (const asked of [undefined, "x", "0", "1.5", "4", "-1", ["2", "3"]]) expect(previewPage(entries, asked).page, String(asked)).toBe(Array.isArray(asked) ? 2 : 1);
    expect(previewPage([], undefined)).toEqual({ entries: [], page: 1, pages: 1, offset: 0 });
  });

  it("counts as importable neither the skipped nor the updates that change nothing", () => {
    expect(
      importableIdentifiers([
        { identifier: "a", action: "new" },
        { identifier: "b", action: "update" },
        { identifier: "c", action: "update", unchanged: true },
        { identifier: "d", action: "skip" },
      ]),
    ).toEqual(["a", "b"]);
  });
});
