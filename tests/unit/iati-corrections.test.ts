// IATI writes a correction (a disbursement reversed, a commitment reduced) as a transaction with a
// negative value. The reader keeps it, with a warning that says how it was read, and the sum of
// commitments an amount of assistance is taken from goes down by it; a value of zero and a negative
// budget are still not kept.
import { describe, expect, it } from "vitest";
import { readIatiFile } from "@/lib/domain/iati/read-file";
import { sumDecimals } from "@/lib/domain/iati/read/values";
import { renderProblem } from "@/lib/platform/i18n/render-problem";

const transaction = (ref: string, code: string, date: string, value: string) =>
  `<transaction ref="${ref}"><transaction-type code="${code}"/><transaction-date iso-date="${date}"/><value value-date="${date}">${value}</value></transaction>`;

const FILE = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
  <iati-activity default-currency="USD" xml:lang="en">
    <iati-identifier>XM-DAC-41302-CORRECTIONS</iati-identifier>
    <reporting-org ref="XM-DAC-41302" type="40"><narrative>ILO</narrative></reporting-org>
    <title><narrative>Corrections</narrative></title>
    <participating-org ref="US-GOV-1" type="10" role="1"><narrative>Funder</narrative></participating-org>
    <activity-status code="2"/>
    <default-aid-type code="C01" vocabulary="1"/>
    <budget type="1" status="1"><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/><value value-date="2024-01-01">-1000</value></budget>
    ${transaction("C-1", "2", "2024-01-10", "100000")}
    ${transaction("C-2", "2", "2024-06-10", "-20000.50")}
    ${transaction("D-1", "3", "2024-02-01", "50000")}
    ${transaction("D-2", "3", "2024-03-01", " -50000 ")}
    ${transaction("D-3", "3", "2024-03-02", "0")}
  </iati-activity>
</iati-activities>`;

function read() {
  const [activity] = readIatiFile(new TextEncoder().encode(FILE)).activities;
  const problems = activity!.problems.map((problem) => `${problem.tier} ${problem.where}: ${renderProblem(problem.message, "en")}`);
  return { activity: activity!, problems };
}

describe("a negative transaction value", () => {
  it("is kept as a correction", () => {
    const { activity } = read();
    expect(activity.transactions.map(({ input }) => [input.reference, input.type, input.amount])).toEqual([
      ["C-1", "COMMITMENT", "100000"],
      ["C-2", "COMMITMENT", "-20000.50"],
      ["D-1", "DISBURSEMENT", "50000"],
      ["D-2", "DISBURSEMENT", "-50000"],
    ]);
  });

  it("is reported as a warning that says it is read as a correction", () => {
    const { problems } = read();
    expect(problems.filter((problem) => problem.startsWith("warning transaction"))).toEqual([
      "warning transaction 2: The value -20000.50 is negative: the transaction is kept as a correction, which lowers the total of its type.",
      "warning transaction 4: The value -50000 is negative: the transaction is kept as a correction, which lowers the total of its type.",
    ]);
  });

  it("of zero is not kept, and says why", () => {
    expect(read().problems).toContain("error transaction 5: Not kept: Enter an amount other than zero; write a correction with a minus sign, such as -1250.50.");
  });

  it("of a budget is not kept: a budget is never a correction", () => {
    const { activity, problems } = read();
    expect(activity.budgets).toEqual([]);
    expect(problems.some((problem) => problem.startsWith("error budget 1: Not kept:"))).toBe(true);
  });
});

describe("adding decimal strings with corrections among them, as the amount of assistance is", () => {
  it.each([
    [["100000", "-20000.50"], "79999.5"],
    [["-0.5", "0.25"], "-0.25"],
    [["-20.5", "-0.0001"], "-20.5001"],
    [["10", "-10"], "0"],
    [["1250.5", "0.5"], "1251"],
  ])("adds %j to %j, exactly", (values, sum) => {
    expect(sumDecimals(values)).toBe(sum);
  });
});
