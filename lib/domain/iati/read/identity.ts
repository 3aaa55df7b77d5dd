import { codeName } from "../codes";
import { childNamed, childrenNamed } from "../xml-tree";
import type { ReadContext } from "./context";
import type { Texts } from "./types";
import { iatiText } from "../iati-text";

/** The activity's identifier, title and descriptions (general → summary, objectives → objectives). */
export function readIdentity({ element, problem, texts }: ReadContext) {
  const identifier = childNamed(element, "iati-identifier")?.text.trim() ?? "";
  if (!identifier) problem("critical", "iati-identifier", iatiText("noIdentifier"));
  const title = texts(childNamed(element, "title"), "title");
  if (!title) problem("critical", "title", iatiText("noTitle"));
  const descriptions: Partial<Record<"summary" | "objectives", Texts>> = {};
  for (const description of childrenNamed(element, "description")) {
    const type = description.attrs.type?.trim() || "1";
    const field = type === "1" ? "summary" : type === "2" ? "objectives" : undefined;
    const where = `description type ${type}`;
    const read = texts(description, where);
    if (!read) continue;
    if (!field) {
      problem("error", where, iatiText("descriptionTypeNotOurs", { type, name: codeName("DescriptionType", type) }));
    } else if (descriptions[field]) {
      // Several general descriptions are joined rather than lost.
      descriptions[field] = { text: `${descriptions[field]!.text}\n\n${read.text}`, translations: descriptions[field]!.translations };
      problem("warning", where, iatiText("descriptionsJoined"));
    } else {
      descriptions[field] = read;
    }
  }
  return { identifier, title, descriptions };
}
