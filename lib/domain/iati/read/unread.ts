import { TRACKER_NS } from "../codes";
import type { ReadContext } from "./context";
import { iatiText } from "../iati-text";

/** What the tracker reads of an activity; every other IATI element is reported as not kept. */
const READ_ELEMENTS = new Set([
  "iati-identifier",
  "reporting-org",
  "title",
  "description",
  "participating-org",
  "activity-status",
  "activity-date",
  "recipient-country",
  "sector",
  "tag",
  "default-aid-type",
  "budget",
  "transaction",
  "document-link",
  "result",
]);

/** Reports, once per name with how many there are, the elements no reader takes. */
export function reportUnread({ element, problem }: ReadContext) {
  const ignored = new Map<string, number>();
  for (const child of element.children) {
    if (child.ns === TRACKER_NS) continue;
    const name = child.ns ? `{${child.ns}}${child.name}` : child.name;
    if (!READ_ELEMENTS.has(name)) ignored.set(name, (ignored.get(name) ?? 0) + 1);
  }
  for (const [name, count] of ignored) {
    if (name.startsWith("{")) problem("warning", name, iatiText("extensionIgnored", { count }));
    else problem("error", name, iatiText("elementNotKept", { element: `<${name}>`, count }));
  }
}
