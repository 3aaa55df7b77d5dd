import { OrganisationKind as ORGANISATION_KINDS } from "@/lib/platform/db/generated/enums";
import { inCodelist, kindOfOrganisationType, TRACKER_NS } from "../codes";
import type { Translations } from "../translations";
import { childrenNamed, type XmlElement } from "../xml-tree";
import type { FileOrganisation, Problem, Texts, Tier } from "./types";
import { attributeIn, isOneOf, primaryLanguage } from "./values";
import { iatiText } from "../iati-text";

/** What every reader of an element group shares: the activity, its language, and where problems go. */
export type ReadContext = {
  element: XmlElement;
  language: string;
  problems: Problem[];
  problem: (tier: Tier, where: string, message: string) => void;
  /** The narratives of an element: the one in the activity's language, and the others by language. */
  texts: (container: XmlElement | undefined, where: string) => Texts | undefined;
  withTranslations: (entries: Record<string, Texts | undefined>) => Translations;
  organisation: (org: XmlElement, where: string) => FileOrganisation | undefined;
  /** The tracker's own extension, when the file has it, and its children of a name. */
  extension: XmlElement | undefined;
  fromTracker: (name: string) => XmlElement[];
};

/** The context of one `iati-activity`; its language is checked first, as it decides how texts are read. */
export function readContext(element: XmlElement, fileLanguage: string): ReadContext {
  const problems: Problem[] = [];
  const problem = (tier: Tier, where: string, message: string) => {
    problems.push({ tier, where, message });
  };
  const declared = primaryLanguage(element.attrs["xml:lang"] ?? fileLanguage);
  const language = inCodelist("Language", declared) ? declared : "en";
  if (declared && language !== declared) problem("warning", "xml:lang", iatiText("languageNotInCodelist", { language: element.attrs["xml:lang"] ?? fileLanguage }));
  const texts = (container: XmlElement | undefined, where: string) => readTexts(container, where, language, problem);
  const extension = element.children.find((child) => child.ns === TRACKER_NS && child.name === "program");
  return {
    element,
    language,
    problems,
    problem,
    texts,
    withTranslations: (entries) =>
      Object.fromEntries(Object.entries(entries).filter(([, value]) => value && Object.keys(value.translations).length).map(([field, value]) => [field, value!.translations])),
    organisation: (org, where) => readOrganisation(org, where, texts, problem),
    extension,
    fromTracker: (name) => extension?.children.filter((child) => child.ns === TRACKER_NS && child.name === name) ?? [],
  };
}

function readTexts(container: XmlElement | undefined, where: string, language: string, problem: ReadContext["problem"]): Texts | undefined {
  if (!container) return undefined;
  const narratives = childrenNamed(container, "narrative")
    .map((narrative) => ({ lang: narrative.attrs["xml:lang"] === undefined ? language : primaryLanguage(narrative.attrs["xml:lang"]), text: narrative.text.trim() }))
    .filter((narrative) => narrative.text);
  if (!narratives.length) return container.text.trim() ? { text: container.text.trim(), translations: {} } : undefined;
  const main = narratives.find((narrative) => narrative.lang === language) ?? narratives[0]!;
  if (main.lang !== language) problem("warning", where, iatiText("noTextInLanguage", { language, main: main.lang }));
  const translations: Record<string, string> = {};
  for (const narrative of narratives) {
    if (narrative === main) continue;
    if (narrative.lang === main.lang || translations[narrative.lang] !== undefined) {
      problem("warning", where, iatiText("duplicateLanguage", { language: narrative.lang }));
      continue;
    }
    if (!inCodelist("Language", narrative.lang)) {
      problem("error", where, iatiText("unknownLanguage", { language: narrative.lang }));
      continue;
    }
    translations[narrative.lang] = narrative.text;
  }
  return { text: main.text, translations };
}

function readOrganisation(org: XmlElement, where: string, texts: ReadContext["texts"], problem: ReadContext["problem"]): FileOrganisation | undefined {
  const names = texts(org, where);
  const ref = org.attrs.ref?.trim() || undefined;
  const name = names?.text ?? ref;
  if (!name) {
    problem("error", where, iatiText("noOrganisationNamed"));
    return undefined;
  }
  const type = org.attrs.type?.trim();
  if (type && !inCodelist("OrganisationType", type)) problem("warning", where, iatiText("organisationTypeUnknown", { type }));
  const trackerKind = attributeIn(org, "kind");
  const country = attributeIn(org, "country");
  return {
    ref,
    name: name.slice(0, 300),
    kind: isOneOf(ORGANISATION_KINDS, trackerKind) ? trackerKind : kindOfOrganisationType(type),
    ...(country && /^[A-Z]{2}$/.test(country) ? { countryCode: country } : {}),
    names: names?.translations ?? {},
  };
}
