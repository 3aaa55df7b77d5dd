import { readCountries, readTopics } from "./classification";
import { readContext } from "./context";
import { readDates, readStatus } from "./dates";
import { readDocuments } from "./documents";
import { readIdentity } from "./identity";
import { readBudgets, readCurrency, readTransactions } from "./money";
import { readOrganisations } from "./organisations";
import { compact } from "./problems";
import { readDetails, readType } from "./program-type";
import { readResults } from "./results";
import type { ReadActivity } from "./types";
import { reportUnread } from "./unread";
import type { XmlElement } from "../xml-tree";

/**
 * Reads one `iati-activity` element; `fileLanguage` is the file's default language. Each group of
 * elements has a reader of its own (lib/domain/iati/read/); they are called in the order the problems are
 * listed in. The type is settled as the activity is resolved, as an update keeps the program's own.
 */
export function readActivity(element: XmlElement, fileLanguage: string): ReadActivity {
  const context = readContext(element, fileLanguage);
  const { identifier, title, descriptions } = readIdentity(context);
  const status = readStatus(context);
  const dates = readDates(context);
  const beneficiaryCountries = readCountries(context);
  const { topics, sectorNames } = readTopics(context);
  const { givenType, aidType } = readType(context);
  const currencyCode = readCurrency(context);
  const { reporter, participants, funder } = readOrganisations(context);
  const { details, fundingAmount } = readDetails(context);
  const budgets = readBudgets(context, currencyCode);
  const transactions = readTransactions(context, currencyCode);
  const documents = readDocuments(context);
  const indicators = readResults(context);
  reportUnread(context);

  const { extension, fromTracker, withTranslations } = context;
  return {
    identifier,
    line: element.line,
    language: context.language,
    title: title?.text ?? "",
    summary: descriptions.summary?.text ?? "",
    objectives: descriptions.objectives?.text ?? "",
    translations: withTranslations({ title, summary: descriptions.summary, objectives: descriptions.objectives }),
    givenType,
    aidType,
    status,
    topics,
    trackerTopics: fromTracker("topic").length > 0,
    sectorNames,
    beneficiaryCountries,
    dates,
    currencyCode,
    agreement: extension?.attrs.agreement,
    leadInstitution: extension?.attrs["lead-institution"],
    provisions: fromTracker("provision").map((provision) => ({ article: provision.attrs.article ?? "", topic: provision.attrs.topic ?? "" })),
    details,
    fundingAmount,
    funder,
    reporter,
    participants,
    fromTracker: Boolean(extension),
    budgets,
    transactions,
    indicators,
    documents,
    problems: compact(context.problems),
  };
}
