import type { ProgramStatus } from "@/lib/platform/db/generated/enums";
import { ACTIVITY_DATES, STATUS_OF_CODE } from "../codes";
import { childNamed, childrenNamed } from "../xml-tree";
import type { ReadContext } from "./context";
import type { ReadActivity } from "./types";
import { attributeIn, isoDay } from "./values";
import { iatiText } from "../iati-text";

/** The activity's status; one the codelist does not know, or none, is read as in the pipeline. */
export function readStatus({ element, problem }: ReadContext): ProgramStatus {
  const statusCode = childNamed(element, "activity-status")?.attrs.code?.trim();
  if (statusCode && STATUS_OF_CODE[statusCode]) return STATUS_OF_CODE[statusCode];
  problem("warning", "activity-status", statusCode ? iatiText("statusNotInCodelist", { code: statusCode }) : iatiText("noStatus"));
  return "PIPELINE";
}

/** The activity's planned and actual dates, the first of each type; placeholders are skipped. */
export function readDates({ element, problem }: ReadContext): ReadActivity["dates"] {
  const dates: ReadActivity["dates"] = {};
  for (const date of childrenNamed(element, "activity-date")) {
    if (attributeIn(date, "placeholder") === "true") continue;
    const type = date.attrs.type?.trim() ?? "";
    const field = ACTIVITY_DATES.find(([, code]) => code === type)?.[0];
    const day = isoDay(date.attrs["iso-date"]);
    if (!field) problem("error", "activity-date", iatiText("dateTypeNotInCodelist", { type }));
    else if (!day) problem("error", `activity-date type ${type}`, iatiText("notADate", { value: date.attrs["iso-date"] ?? "" }));
    else if (dates[field]) problem("warning", `activity-date type ${type}`, iatiText("dateTwice"));
    else dates[field] = day;
  }
  return dates;
}
