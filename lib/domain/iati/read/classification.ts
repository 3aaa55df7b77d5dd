import type { LabourTopic } from "@/lib/platform/db/generated/enums";
import { LabourTopic as LABOUR_TOPICS } from "@/lib/platform/db/generated/enums";
import { codeName, inCodelist, TOPIC_OF_SECTOR, TOPIC_SECTOR, TOPIC_VOCABULARY_URI } from "../codes";
import { childrenNamed } from "../xml-tree";
import type { ReadContext } from "./context";
import { isOneOf } from "./values";
import { iatiText } from "../iati-text";

/** The recipient countries of IATI's Country codelist, each once. */
export function readCountries({ element, problem }: ReadContext): string[] {
  const beneficiaryCountries: string[] = [];
  for (const country of childrenNamed(element, "recipient-country")) {
    const code = country.attrs.code?.trim().toUpperCase() ?? "";
    if (!code) problem("error", "recipient-country", iatiText("withoutCode", { element: "<recipient-country>", attribute: "code" }));
    else if (!inCodelist("Country", code)) problem("error", "recipient-country", iatiText("countryNotInCodelist", { code }));
    else if (!beneficiaryCountries.includes(code)) beneficiaryCountries.push(code);
  }
  return beneficiaryCountries;
}

/**
 * The labour topics: the tracker's own when its extension names them, else those of the DAC
 * sectors, and the tracker's topic tags. The sectors' names are kept for the area of expertise.
 */
export function readTopics({ element, problem, fromTracker }: ReadContext): { topics: LabourTopic[]; sectorNames: string[] } {
  const topics = new Set<LabourTopic>();
  const trackerTopics = fromTracker("topic").map((topic) => topic.attrs.code ?? "");
  for (const code of trackerTopics) if (isOneOf(LABOUR_TOPICS, code)) topics.add(code);
  const sectorNames: string[] = [];
  for (const sector of childrenNamed(element, "sector")) {
    const vocabulary = sector.attrs.vocabulary?.trim() || "1";
    const code = sector.attrs.code?.trim() ?? "";
    if (vocabulary !== "1") {
      problem("error", `sector ${code}`, iatiText("sectorVocabulary", { vocabulary, name: codeName("SectorVocabulary", vocabulary) }));
      continue;
    }
    if (!inCodelist("Sector", code)) {
      problem("error", code ? `sector ${code}` : "sector", code ? iatiText("sectorNotInCodelist", { code }) : iatiText("withoutCode", { element: "<sector>", attribute: "code" }));
      continue;
    }
    sectorNames.push(codeName("Sector", code));
    if (trackerTopics.length) continue;
    const topic = TOPIC_OF_SECTOR[code];
    if (topic) topics.add(topic);
    else if (Object.values(TOPIC_SECTOR).includes(code)) {
      topics.add("OTHER");
      problem("warning", `sector ${code}`, iatiText("sectorOther", { code, name: codeName("Sector", code) }));
    } else problem("error", `sector ${code}`, iatiText("sectorNotLabour", { code, name: codeName("Sector", code) }));
  }
  for (const tag of childrenNamed(element, "tag")) {
    const code = tag.attrs.code?.trim() ?? "";
    if (tag.attrs["vocabulary-uri"] === TOPIC_VOCABULARY_URI && isOneOf(LABOUR_TOPICS, code)) topics.add(code);
    else problem("error", `tag ${code}`, iatiText("tagNotKept"));
  }
  return { topics: [...topics], sectorNames };
}
