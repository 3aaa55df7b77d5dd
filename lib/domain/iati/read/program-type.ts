import type { ProgramType } from "@/lib/platform/db/generated/enums";
import { ProgramType as PROGRAM_TYPES } from "@/lib/platform/db/generated/enums";
import { codeName, inCodelist, typeOfAidType } from "../codes";
import { childrenNamed } from "../xml-tree";
import type { ReadContext } from "./context";
import type { ReadActivity } from "./types";
import { isOneOf, sumDecimals } from "./values";
import { named } from "@/lib/platform/i18n/problem";
import { iatiText } from "../iati-text";

/** How the fields a joint research or information sharing program needs are named in a message. */
const FIELD_NAMES = {
  researchQuestions: "Field.researchQuestions",
  researchOutputs: "Field.researchOutputs",
  exchangeSubject: "Field.exchangeSubject",
  exchangeBetween: "Field.exchangeParties",
} as const;

const TRACKER_DETAILS = ["expertiseArea", "researchQuestions", "researchOutputs", "exchangeSubject", "exchangeBetween"] as const;

/** The program type: the tracker's own when its extension gives it, else the one of the default aid type. */
export function readType({ element, problem, extension }: ReadContext): ProgramType {
  const aidTypes = childrenNamed(element, "default-aid-type").filter((aid) => (aid.attrs.vocabulary?.trim() || "1") === "1");
  const aidCode = aidTypes[0]?.attrs.code?.trim();
  if (aidCode && !inCodelist("AidType", aidCode)) problem("warning", "default-aid-type", iatiText("aidTypeNotInCodelist", { code: aidCode }));
  const trackerType = extension?.attrs.type;
  if (isOneOf(PROGRAM_TYPES, trackerType)) return trackerType;
  const suggested = aidCode ? typeOfAidType(aidCode) : undefined;
  if (!suggested) problem("warning", "default-aid-type", aidCode ? iatiText("aidTypeNoProgramType", { code: aidCode, name: codeName("AidType", aidCode) }) : iatiText("noAidType"));
  return suggested ?? "TECHNICAL_COOPERATION";
}

/** The type's details and the funding amount, as the tracker's extension writes them. */
export function readDetails({ fromTracker, extension }: ReadContext): Pick<ReadActivity, "details" | "fundingAmount"> {
  const details: ReadActivity["details"] = {};
  for (const detail of fromTracker("detail")) {
    const name = detail.attrs.name as (typeof TRACKER_DETAILS)[number];
    if (TRACKER_DETAILS.includes(name) && detail.text.trim()) details[name] = detail.text.trim();
  }
  return { details, fundingAmount: extension?.attrs["funding-amount"] };
}

type Settled = Pick<ReadActivity, "type" | "details" | "fundingAmount" | "funder" | "budgets" | "transactions" | "currencyCode">;

/**
 * Settles the type against what the rest of the activity gives: financial assistance needs a funder
 * and an amount, technical cooperation an area of expertise, the other types their details.
 */
export function settleType({ problem }: ReadContext, read: Settled, sectorNames: string[]): Pick<ReadActivity, "type" | "fundingAmount"> {
  const { details, funder, budgets, transactions, currencyCode } = read;
  let { type, fundingAmount } = read;
  if (type === "FINANCIAL_ASSISTANCE" && fundingAmount === undefined) {
    // The amount of financial assistance: what was committed in the activity's currency, else its budgets.
    const committed = transactions.filter((transaction) => transaction.input.type === "COMMITMENT" && transaction.input.currencyCode === currencyCode);
    const source = committed.length ? committed.map((transaction) => transaction.input.amount) : budgets.filter((budget) => budget.currencyCode === currencyCode).map((budget) => budget.amount);
    if (source.length) {
      fundingAmount = sumDecimals(source.map(String));
      problem("warning", "funding-amount", iatiText("fundingFromSum", { source: committed.length ? "commitments" : "budgets", currency: currencyCode, amount: fundingAmount }));
    }
  }
  if (type === "FINANCIAL_ASSISTANCE" && (!funder || fundingAmount === undefined)) {
    type = "TECHNICAL_COOPERATION";
    problem("warning", "default-aid-type", iatiText("financialNeeds", { missing: funder ? "amount" : "funder" }));
  }
  if (type === "TECHNICAL_COOPERATION" && !details.expertiseArea) {
    details.expertiseArea = (sectorNames.join("; ") || "Not stated in the IATI file").slice(0, 500);
    problem("warning", "expertise-area", iatiText("expertiseAreaMissing", { area: details.expertiseArea }));
  }
  if (type === "JOINT_RESEARCH" || type === "INFORMATION_SHARING") {
    for (const field of type === "JOINT_RESEARCH" ? (["researchQuestions", "researchOutputs"] as const) : (["exchangeSubject", "exchangeBetween"] as const)) {
      if (!details[field]) problem("critical", field, iatiText("typeNeedsField", { type, field: named(FIELD_NAMES[field]) }));
    }
  }
  return { type, fundingAmount };
}
