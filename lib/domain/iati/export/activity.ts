import { ACTIVITY_DATES, ACTIVITY_STATUS, AID_TYPE, TOPIC_SECTOR, TOPIC_VOCABULARY_URI } from "../codes";
import { readTranslations } from "../translations";
import { documentLinks } from "./documents";
import { extension } from "./extension";
import { budgets, transactions } from "./money";
import { attributes, clean, day, narratives, p, type Node } from "./nodes";
import { participatingOrgs, reportingOrg } from "./organisations";
import { result } from "./results";
import type { ExportedProgram } from "./types";

/**
 * A program as an `iati-activity` element, its children in the order the schema requires. Each group
 * of elements has a writer of its own (organisations, money, documents, results, the extension).
 */
export function activity(program: ExportedProgram, documentUrl: (documentId: string) => string): Node {
  const translations = readTranslations(program.translations);
  const dates = ACTIVITY_DATES.filter(([field]) => program[field]);
  const sectors = [...new Set(program.topics.map((topic) => TOPIC_SECTOR[topic]).filter((code) => code !== undefined))].sort();

  return {
    ...attributes({ "last-updated-datetime": program.updatedAt, "xml:lang": program.language, "default-currency": program.currencyCode }),
    "iati-identifier": { "#text": clean(program.identifier) },
    "reporting-org": reportingOrg(program),
    title: { narrative: narratives(program.title, translations.title) },
    description: [
      { "@_type": "1", narrative: narratives(program.summary, translations.summary) },
      ...(program.objectives ? [{ "@_type": "2", narrative: narratives(program.objectives, translations.objectives) }] : []),
    ],
    "participating-org": participatingOrgs(program),
    "activity-status": { "@_code": ACTIVITY_STATUS[program.status] },
    // At least one date is required: without any, the day the program was registered, marked as standing in.
    "activity-date": dates.length
      ? dates.map(([field, type]) => ({ "@_type": type, "@_iso-date": day(program[field]!) }))
      : [{ ...attributes({ type: "1", "iso-date": day(program.createdAt), [p("placeholder")]: "true" }), narrative: narratives("No date is recorded for this program; this is the day it was registered.") }],
    "recipient-country": program.beneficiaries.map(({ countryCode }) => ({ "@_code": countryCode })),
    sector: sectors.map((code) => ({ "@_vocabulary": "1", "@_code": code })),
    tag: program.topics
      .filter((topic) => !TOPIC_SECTOR[topic])
      .map((topic) => ({ "@_vocabulary": "99", "@_vocabulary-uri": TOPIC_VOCABULARY_URI, "@_code": topic, narrative: narratives("Other labour topic") })),
    "default-aid-type": { "@_code": AID_TYPE[program.type], "@_vocabulary": "1" },
    budget: budgets(program),
    transaction: transactions(program),
    "document-link": documentLinks(program, documentUrl),
    result: program.indicators.map(result),
    [p("program")]: extension(program),
  };
}
