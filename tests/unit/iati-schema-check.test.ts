import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaViolations } from "@/lib/domain/iati/schema-check";
import { renderProblem } from "@/lib/platform/i18n/render-problem";

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "iati");
const read = (file: string) => fs.readFileSync(path.join(FIXTURES, file), "utf8");

/** Each activity's violations by its position in the file, as `line: message` in the language asked for. */
async function said(file: string, locale: "en" | "es" | "fr" | "vi" = "en") {
  return Object.fromEntries([...(await schemaViolations(read(file)))].map(([position, problems]) => [position, problems.map((problem) => `${problem.line}: ${renderProblem(problem.message, locale)}`)]));
}

describe("checking a file against the IATI 2.03 activity schema", () => {
  it("finds nothing wrong with a valid file from another publisher", async () => {
    expect(await said("publisher-activities.xml")).toEqual({});
  });

  it("reports a second title against its activity, with its line, and nothing against the valid one", async () => {
    expect(await said("invalid/second-title.xml")).toEqual({ 0: ["8: A second <title>: IATI allows only one in <iati-activity>."] });
  });

  it("reports a second activity-status", async () => {
    expect(await said("invalid/second-status.xml")).toEqual({ 0: ["11: A second <activity-status>: IATI allows only one in <iati-activity>."] });
  });

  it("reports text where a date belongs, in an activity date and in a transaction date", async () => {
    expect(await said("invalid/date-text.xml")).toEqual({
      0: [
        "11: In the attribute iso-date of <activity-date>, “next spring” is not a date: write it as 2024-03-31.",
        "14: In the attribute iso-date of <transaction-date>, “31/12/2024” is not a date: write it as 2024-03-31.",
      ],
    });
  });

  it("reports a missing required attribute", async () => {
    expect(await said("invalid/missing-attribute.xml")).toEqual({ 0: ["9: <participating-org> lacks its attribute role, which IATI requires."] });
  });

  it("reports a wrong element order", async () => {
    expect(await said("invalid/wrong-order.xml")).toEqual({ 0: ["9: <activity-status> is out of order: IATI puts <participating-org> before it."] });
  });

  it("reports every violation of one activity, not only the first that libxml2 meets", async () => {
    expect(await said("invalid/several.xml")).toEqual({
      0: [
        "8: A second <title>: IATI allows only one in <iati-activity>.",
        "10: <participating-org> lacks its attribute role, which IATI requires.",
        "12: A second <activity-status>: IATI allows only one in <iati-activity>.",
        "13: In the attribute iso-date of <activity-date>, “soon” is not a date: write it as 2024-03-31.",
        "16: In <value>, “a quarter of a million” is not a number: write it with a point before the decimals and no thousands separators, as 1250000.50.",
      ],
    });
  });

  it("says it in the reader's language", async () => {
    expect((await said("invalid/second-title.xml", "es"))[0]).toEqual(["8: Un segundo <title>: IATI solo admite uno en <iati-activity>."]);
    expect((await said("invalid/missing-attribute.xml", "fr"))[0]).toEqual(["9: Il manque à <participating-org> son attribut role, qu’IATI exige."]);
  });

  it("never fails, and says every violation in words, whatever order an activity's elements come in", async () => {
    const text = read("publisher-activities.xml");
    const start = text.indexOf("<iati-activity ");
    const end = text.indexOf("</iati-activity>") + "</iati-activity>".length;
    const activity = text.slice(start, end);
    const children = activity.split(/\n(?= {4}<[a-z])/);
    // A fixed sequence of shuffles (a linear congruential generator), so that a failure can be repeated.
    let seed = 20261207;
    let found = 0;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 50; round++) {
      const middle = children.slice(1, -1).sort(() => random() - 0.5);
      const shuffled = [children[0], ...middle, children.at(-1)].join("\n");
      const problems = [...(await schemaViolations(`${text.slice(0, start)}${shuffled}\n</iati-activities>\n`)).values()].flat();
      found += problems.length;
      for (const problem of problems) {
        const message = renderProblem(problem.message, "en");
        expect(problem.line).toBeGreaterThan(0);
        // No placeholder left unfilled or filled with nothing.
        expect(message).not.toMatch(/[{}]|<>|""|“”/);
      }
    }
    // Shuffled elements break the standard's order: the check must have found something to say.
    expect(found).toBeGreaterThan(50);
  });

  it("gives the right line past line 65,535, where libxml2 stops counting an element's own line", async () => {
    const activity = (identifier: string, titles: number) =>
      `<iati-activity default-currency="USD"><iati-identifier>${identifier}</iati-identifier>\n${"<title><narrative>T</narrative></title>\n".repeat(titles)}</iati-activity>\n`;
    const xml = `<iati-activities version="2.03">\n${activity("XM-1", 1)}${"\n".repeat(70_000)}${activity("XM-2", 2)}${activity("XM-3", 2)}</iati-activities>`;
    const found = await schemaViolations(xml);
    const lines = (position: number) => found.get(position)?.filter((problem) => renderProblem(problem.message, "en").startsWith("A second")).map((problem) => problem.line);
    // The second title of each far activity, on its own line: 70,007 and 70,011.
    expect([lines(1), lines(2)]).toEqual([[70_007], [70_011]]);
  });
});
