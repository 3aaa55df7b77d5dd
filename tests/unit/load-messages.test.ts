// A language's messages are merged once and kept: every page asks for them. Each language keeps its
// own, and a failed load is tried again rather than kept.
import { describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/platform/i18n/load-messages";

type Catalogue = Record<string, Record<string, string>>;

describe("a language's messages", () => {
  it("are merged once: the same object comes back on every request", async () => {
    const assign = vi.spyOn(Object, "assign");
    const first = await loadMessages("fr");
    const merges = assign.mock.calls.length;
    const second = await loadMessages("fr");
    expect(second).toBe(first);
    expect(assign.mock.calls.length).toBe(merges);
    assign.mockRestore();
  });

  it("stay in their own language", async () => {
    const [en, es, fr, vi] = (await Promise.all([loadMessages("en"), loadMessages("es"), loadMessages("fr"), loadMessages("vi")])) as Catalogue[];
    expect(en!.Nav!.programs).toBe("Programs");
    expect(es!.Nav!.programs).toBe("Programas");
    expect(fr!.Nav!.programs).toBe("Programmes");
    expect(new Set([en, es, fr, vi]).size).toBe(4);
    expect((await loadMessages("en")) as Catalogue).toBe(en);
  });

  it("cannot be changed by one page for the next", async () => {
    const messages = await loadMessages("en");
    expect(Object.isFrozen(messages)).toBe(true);
  });
});
