import { ProgramType as PROGRAM_TYPES } from "@/lib/platform/db/generated/enums";
import { inCodelist } from "../codes";
import { childrenNamed } from "../xml-tree";
import type { ReadContext } from "./context";
import type { ReadActivity, TypeDetail } from "./types";
import { isOneOf } from "./values";
import { iatiText } from "../iati-text";

export const TYPE_DETAILS: readonly TypeDetail[] = ["expertiseArea", "researchQuestions", "researchOutputs", "exchangeSubject", "exchangeBetween"];

/**
 * The type as the activity gives it: the tracker's own when its extension names one, and the default
 * aid type, which suggests one. Which applies is decided as the activity is resolved, knowing
 * whether it updates a program (lib/domain/iati/resolve/program-type.ts).
 */
export function readType({ element, problem, extension }: ReadContext): Pick<ReadActivity, "givenType" | "aidType"> {
  const aidTypes = childrenNamed(element, "default-aid-type").filter((aid) => (aid.attrs.vocabulary?.trim() || "1") === "1");
  const aidCode = aidTypes[0]?.attrs.code?.trim();
  const known = aidCode && inCodelist("AidType", aidCode);
  if (aidCode && !known) problem("warning", "default-aid-type", iatiText("aidTypeNotInCodelist", { code: aidCode }));
  const trackerType = extension?.attrs.type;
  return { givenType: isOneOf(PROGRAM_TYPES, trackerType) ? trackerType : undefined, aidType: known ? aidCode : undefined };
}

/** The type's details and the funding amount, as the tracker's extension writes them. */
export function readDetails({ fromTracker, extension }: ReadContext): Pick<ReadActivity, "details" | "fundingAmount"> {
  const details: ReadActivity["details"] = {};
  for (const detail of fromTracker("detail")) {
    const name = detail.attrs.name as TypeDetail;
    if (TYPE_DETAILS.includes(name) && detail.text.trim()) details[name] = detail.text.trim();
  }
  return { details, fundingAmount: extension?.attrs["funding-amount"] };
}
