import "server-only";
import type { ProgramType } from "@/lib/platform/db/generated/enums";
import { named } from "@/lib/platform/i18n/problem";
import { codeName, typeOfAidType } from "../codes";
import { iatiText } from "../iati-text";
import { TYPE_DETAILS } from "../read/program-type";
import type { ReadActivity } from "../read/types";
import { sumDecimals } from "../read/values";
import type { Step } from "./resolve-steps";

/** How the fields a joint research or information sharing program needs are named in a message. */
const FIELD_NAMES = {
  researchQuestions: "Field.researchQuestions",
  researchOutputs: "Field.researchOutputs",
  exchangeSubject: "Field.exchangeSubject",
  exchangeBetween: "Field.exchangeParties",
} as const;

/** Financial assistance, or one of the kinds of technical assistance: what an aid type can tell apart. */
const familyOf = (type: ProgramType) => (type === "FINANCIAL_ASSISTANCE" ? "financial" : "technical");

/**
 * The type the file states: the tracker's own, else the one its aid type suggests. An update keeps
 * the program's type unless the file states another: an aid type of technical assistance fits
 * joint research and information sharing as well, and a file without one says nothing.
 */
function statedType({ read, current, problem }: Step): ProgramType {
  if (read.givenType) return read.givenType;
  const suggested = read.aidType ? typeOfAidType(read.aidType) : undefined;
  if (current && (!suggested || familyOf(suggested) === familyOf(current.type))) return current.type;
  if (!suggested) problem("warning", "default-aid-type", read.aidType ? iatiText("aidTypeNoProgramType", { code: read.aidType, name: codeName("AidType", read.aidType) }) : iatiText("noAidType"));
  return suggested ?? "TECHNICAL_COOPERATION";
}

/**
 * Settles the type against what the rest of the activity gives: financial assistance needs a funder
 * and an amount, technical cooperation an area of expertise, the other types their details. An
 * update keeps the program's details and amount where the file gives none, and its funder (in
 * resolveOrganisations); where the stated type cannot be met, it keeps its type.
 */
export function resolveType(step: Step, hasFunder: boolean): { type: ProgramType; details: ReadActivity["details"]; fundingAmount?: string } {
  const { read, current, problem } = step;
  const details: ReadActivity["details"] = {};
  for (const field of TYPE_DETAILS) {
    const value = read.details[field] ?? current?.[field] ?? undefined;
    if (value) details[field] = value;
  }
  let type = statedType(step);
  let fundingAmount = read.fundingAmount ?? (current?.type === "FINANCIAL_ASSISTANCE" ? current.fundingAmount?.toString() : undefined);
  if (type === "FINANCIAL_ASSISTANCE" && fundingAmount === undefined) {
    // The amount of financial assistance: what was committed in the activity's currency, else its budgets.
    const committed = read.transactions.filter((transaction) => transaction.input.type === "COMMITMENT" && transaction.input.currencyCode === read.currencyCode);
    const source = committed.length ? committed.map((transaction) => transaction.input.amount) : read.budgets.filter((budget) => budget.currencyCode === read.currencyCode).map((budget) => budget.amount);
    const sum = source.length ? sumDecimals(source.map(String)) : undefined;
    // Corrections may bring the commitments to nothing or below: that is no amount of assistance.
    if (sum !== undefined && sum !== "0" && !sum.startsWith("-")) {
      fundingAmount = sum;
      problem("warning", "funding-amount", iatiText("fundingFromSum", { source: committed.length ? "commitments" : "budgets", currency: read.currencyCode, amount: fundingAmount }));
    }
  }
  if (type === "FINANCIAL_ASSISTANCE" && (!hasFunder || fundingAmount === undefined)) {
    const fallback = current && current.type !== "FINANCIAL_ASSISTANCE" ? current.type : "TECHNICAL_COOPERATION";
    problem("warning", "default-aid-type", iatiText("financialNeeds", { missing: hasFunder ? "amount" : "funder", fallback: fallback === current?.type ? "kept" : "technical" }));
    type = fallback;
  }
  // An IATI file has no place for the area of expertise: its sectors stand in. A spreadsheet has a column, which the program's check requires.
  if (type === "TECHNICAL_COOPERATION" && !details.expertiseArea && read.source !== "spreadsheet") {
    details.expertiseArea = (read.sectorNames.join("; ") || "Not stated in the IATI file").slice(0, 500);
    problem("warning", "expertise-area", iatiText("expertiseAreaMissing", { area: details.expertiseArea }));
  }
  if (type === "JOINT_RESEARCH" || type === "INFORMATION_SHARING") {
    for (const field of type === "JOINT_RESEARCH" ? (["researchQuestions", "researchOutputs"] as const) : (["exchangeSubject", "exchangeBetween"] as const)) {
      if (!details[field]) problem("critical", field, iatiText("typeNeedsField", { type, field: named(FIELD_NAMES[field]) }));
    }
  }
  if (current && type !== current.type) {
    problem("warning", "type", iatiText("typeChanges", { from: current.type, to: type, by: read.givenType ? "tracker" : "aidType", code: read.aidType ?? "" }));
  }
  return { type, details, fundingAmount: type === "FINANCIAL_ASSISTANCE" ? fundingAmount : undefined };
}
