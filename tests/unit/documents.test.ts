import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { checkDocumentFile, safeFileName } = await import("@/lib/domain/documents/file-rules");
const { renderProblem } = await import("@/lib/platform/i18n/render-problem");
const { spreadsheetSafe } = await import("@/lib/domain/exports/spreadsheet-safe");

const file = (name: string, bytes: Uint8Array) => ({ name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer });

describe("checkDocumentFile", () => {
  it("accepts a PDF whatever type the browser claimed, and serves it as a PDF", async () => {
    const result = await checkDocumentFile(file("report.PDF", new TextEncoder().encode("%PDF-1.7\n%%EOF\n")));
    expect(result).toMatchObject({ fileName: "report.PDF", contentType: "application/pdf" });
  });

  it("accepts UTF-8 text as CSV and refuses Latin-1", async () => {
    expect(await checkDocumentFile(file("data.csv", new TextEncoder().encode("país;año\nMéxico;2026\n")))).toMatchObject({ contentType: "text/csv; charset=utf-8" });
    expect(renderProblem(String(await checkDocumentFile(file("data.csv", Uint8Array.from([0x70, 0x61, 0xed, 0x73])))), "en")).toMatch(/not plain text in UTF-8/);
  });

  it("refuses contents that do not match the extension", async () => {
    expect(renderProblem(String(await checkDocumentFile(file("photo.png", new TextEncoder().encode("%PDF-1.7\n")))), "en")).toMatch(/not a \.png file \(they look like \.pdf\)/);
  });
});

describe("safeFileName", () => {
  it("drops folders and characters unsafe in a header", () => {
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("C:\\Users\\me\\informe\u0000\r\n.pdf")).toBe("informe___.pdf");
    expect(safeFileName('a"b<c>.pdf')).toBe("a_b_c_.pdf");
    expect(safeFileName("   ")).toBe("document");
  });
});

describe("spreadsheetSafe", () => {
  it.each(["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx"])("prefixes %j with an apostrophe", (value) => {
    expect(spreadsheetSafe(value)).toBe(`'${value}`);
  });

  // Spreadsheets in East Asian locales read the full-width signs as their ASCII forms.
  it.each(["\uFF1DHYPERLINK(\"http://evil.test\")", "\uFF0BSUM(A1)", "\uFF0D2+3", "\uFF20SUM(A1)", "\t=1+1", "\r=1+1"])(
    "prefixes %j (a full-width sign, a tab or a carriage return) with an apostrophe",
    (value) => {
      expect(spreadsheetSafe(value)).toBe(`'${value}`);
    },
  );

  it("leaves ordinary text alone", () => {
    expect(spreadsheetSafe("Labour inspection")).toBe("Labour inspection");
  });
});
