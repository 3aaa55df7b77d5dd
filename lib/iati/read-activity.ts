import type { z } from "zod";
import type { LabourTopic, OrganisationKind, ParticipantRole, ProgramStatus, ProgramType } from "@/lib/db/generated/enums";
import { LabourTopic as LABOUR_TOPICS, OrganisationKind as ORGANISATION_KINDS, ParticipantRole as PARTICIPANT_ROLES, ProgramType as PROGRAM_TYPES } from "@/lib/db/generated/enums";
import { ZDocumentMeta } from "@/lib/validation/documents";
import { ZCreateBudget, ZCreateTransaction } from "@/lib/validation/funding";
import { checkPeriodValues, ZCreateIndicator, ZCreatePeriod } from "@/lib/validation/monitoring";
import {
  ACTIVITY_DATES,
  BUDGET_STATUS_OF_CODE,
  BUDGET_TYPE_OF_CODE,
  codeName,
  inCodelist,
  kindOfOrganisationType,
  LEVEL_OF_CODE,
  MEASURE_OF_CODE,
  ROLE_OF_CODE,
  STATUS_OF_CODE,
  TOPIC_OF_SECTOR,
  TOPIC_SECTOR,
  TOPIC_VOCABULARY_URI,
  TRACKER_NS,
  TRANSACTION_OF_CODE,
  typeOfAidType,
} from "./codes";
import type { Translations } from "./translations";
import { childNamed, childrenNamed, type XmlElement } from "./xml-tree";

/**
 * How serious a problem with an activity is: "critical" skips the activity, "error" drops the
 * field or element it names, "warning" keeps it and says how it was read.
 */
export type Tier = "critical" | "error" | "warning";
export type Problem = { tier: Tier; where: string; message: string };

/** An organisation as a file names it; matched to one of ours, or created, when the import is resolved. */
export type FileOrganisation = { ref?: string; name: string; kind: OrganisationKind; countryCode?: string; names: Record<string, string> };

type Texts = { text: string; translations: Record<string, string> };

export type ReadTransaction = { input: z.output<typeof ZCreateTransaction>; provider?: FileOrganisation; receiver?: FileOrganisation; translations: Translations };
export type ReadIndicator = { input: z.output<typeof ZCreateIndicator>; translations: Translations; periods: z.output<typeof ZCreatePeriod>[] };
export type ReadDocument = { input: z.output<typeof ZDocumentMeta> & { url: string }; format: string; translations: Translations };

/** One activity of a file, read into the tracker's terms, with everything found wrong with it. */
export type ReadActivity = {
  identifier: string;
  line: number;
  language: string;
  title: string;
  summary: string;
  objectives: string;
  translations: Translations;
  type: ProgramType;
  status: ProgramStatus;
  topics: LabourTopic[];
  beneficiaryCountries: string[];
  dates: Partial<Record<"plannedStart" | "actualStart" | "plannedEnd" | "actualEnd", string>>;
  currencyCode: string;
  /** From the tracker's own extension, when the file was written by a tracker. */
  agreement?: string;
  leadInstitution?: string;
  provisions: { article: string; topic: string }[];
  details: Partial<Record<"expertiseArea" | "researchQuestions" | "researchOutputs" | "exchangeSubject" | "exchangeBetween", string>>;
  fundingAmount?: string;
  funder?: FileOrganisation;
  /** The organisation that publishes the activity (reporting-org). */
  reporter?: FileOrganisation;
  participants: { role: ParticipantRole; organisation: FileOrganisation }[];
  /** True when the file names the civil-society participants too (a tracker's file), so they may be replaced. */
  namesCivilSociety: boolean;
  budgets: z.output<typeof ZCreateBudget>[];
  transactions: ReadTransaction[];
  indicators: ReadIndicator[];
  documents: ReadDocument[];
  problems: Problem[];
};

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

const TRACKER_DETAILS = ["expertiseArea", "researchQuestions", "researchOutputs", "exchangeSubject", "exchangeBetween"] as const;

const isOneOf = <T extends string>(values: Record<string, T>, value: string | undefined): value is T => value !== undefined && Object.values(values).includes(value as T);

const DAY = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;

/** An xsd:date as YYYY-MM-DD, or undefined when it is not a real date. */
function isoDay(value: string | undefined): string | undefined {
  const match = value?.trim().match(DAY);
  if (!match) return undefined;
  const date = new Date(`${match[1]}T00:00:00Z`);
  // Years before 1000 are not dates anyone means, and PostgreSQL's dates do not reach year 0.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(match[1]!) && match[1]! >= "1000" ? match[1] : undefined;
}

const first = <T>(messages: z.ZodError<T>) => messages.issues.map((issue) => issue.message).join(" ");

/** Reads one `iati-activity` element; `fileLanguage` is the file's default language. */
export function readActivity(element: XmlElement, fileLanguage: string): ReadActivity {
  const problems: Problem[] = [];
  const problem = (tier: Tier, where: string, message: string) => problems.push({ tier, where, message });
  const declared = primaryLanguage(element.attrs["xml:lang"] ?? fileLanguage);
  const language = inCodelist("Language", declared) ? declared : "en";
  if (declared && language !== declared) problem("warning", "xml:lang", `"${element.attrs["xml:lang"] ?? fileLanguage}" is not a language of IATI's Language codelist; the activity is read as English.`);

  /** The narratives of an element: the one in the activity's language, and the others by language. */
  const texts = (container: XmlElement | undefined, where: string): Texts | undefined => {
    if (!container) return undefined;
    const narratives = childrenNamed(container, "narrative")
      .map((narrative) => ({ lang: narrative.attrs["xml:lang"] === undefined ? language : primaryLanguage(narrative.attrs["xml:lang"]), text: narrative.text.trim() }))
      .filter((narrative) => narrative.text);
    if (!narratives.length) return container.text.trim() ? { text: container.text.trim(), translations: {} } : undefined;
    const main = narratives.find((narrative) => narrative.lang === language) ?? narratives[0]!;
    if (main.lang !== language) problem("warning", where, `Has no text in the activity's language (${language}); the ${main.lang} text is the main one.`);
    const translations: Record<string, string> = {};
    for (const narrative of narratives) {
      if (narrative === main) continue;
      if (narrative.lang === main.lang || translations[narrative.lang] !== undefined) {
        problem("warning", where, `Has more than one text in ${narrative.lang}; the first is kept.`);
        continue;
      }
      if (!inCodelist("Language", narrative.lang)) {
        problem("error", where, `The language code "${narrative.lang}" is not in IATI's Language codelist; that text is not kept.`);
        continue;
      }
      translations[narrative.lang] = narrative.text;
    }
    return { text: main.text, translations };
  };
  const withTranslations = (entries: Record<string, Texts | undefined>): Translations =>
    Object.fromEntries(Object.entries(entries).filter(([, value]) => value && Object.keys(value.translations).length).map(([field, value]) => [field, value!.translations]));

  const organisation = (org: XmlElement, where: string): FileOrganisation | undefined => {
    const names = texts(org, where);
    const ref = org.attrs.ref?.trim() || undefined;
    const name = names?.text ?? ref;
    if (!name) {
      problem("error", where, "Names no organisation (no ref and no name); it is not kept.");
      return undefined;
    }
    const type = org.attrs.type?.trim();
    if (type && !inCodelist("OrganisationType", type)) problem("warning", where, `The organisation type "${type}" is not in IATI's OrganisationType codelist; the organisation is recorded as OTHER.`);
    const trackerKind = attributeIn(org, "kind");
    const country = attributeIn(org, "country");
    return {
      ref,
      name: name.slice(0, 300),
      kind: isOneOf(ORGANISATION_KINDS, trackerKind) ? trackerKind : kindOfOrganisationType(type),
      ...(country && /^[A-Z]{2}$/.test(country) ? { countryCode: country } : {}),
      names: names?.translations ?? {},
    };
  };

  // ── Identity and texts ──
  const identifier = childNamed(element, "iati-identifier")?.text.trim() ?? "";
  if (!identifier) problem("critical", "iati-identifier", "The activity has no iati-identifier, so it cannot be matched or stored.");
  const title = texts(childNamed(element, "title"), "title");
  if (!title) problem("critical", "title", "The activity has no title.");
  const descriptions: Partial<Record<"summary" | "objectives", Texts>> = {};
  for (const description of childrenNamed(element, "description")) {
    const type = description.attrs.type?.trim() || "1";
    const field = type === "1" ? "summary" : type === "2" ? "objectives" : undefined;
    const where = `description type ${type}`;
    const read = texts(description, where);
    if (!read) continue;
    if (!field) {
      problem("error", where, `A description of type ${type} (${codeName("DescriptionType", type)}) has no place in the tracker; it is not kept.`);
    } else if (descriptions[field]) {
      // Several general descriptions are joined rather than lost.
      descriptions[field] = { text: `${descriptions[field]!.text}\n\n${read.text}`, translations: descriptions[field]!.translations };
      problem("warning", where, "The activity has several descriptions of this type; they are joined into one.");
    } else {
      descriptions[field] = read;
    }
  }

  // ── The tracker's own extension, when the file has it ──
  const extension = element.children.find((child) => child.ns === TRACKER_NS && child.name === "program");
  const fromTracker = (name: string) => extension?.children.filter((child) => child.ns === TRACKER_NS && child.name === name) ?? [];

  // ── Status, dates, places, topics ──
  const statusCode = childNamed(element, "activity-status")?.attrs.code?.trim();
  let status: ProgramStatus = "PIPELINE";
  if (statusCode && STATUS_OF_CODE[statusCode]) status = STATUS_OF_CODE[statusCode];
  else problem("warning", "activity-status", statusCode ? `The status "${statusCode}" is not in IATI's ActivityStatus codelist; the program is recorded as in the pipeline.` : "The activity has no status; the program is recorded as in the pipeline.");

  const dates: ReadActivity["dates"] = {};
  for (const date of childrenNamed(element, "activity-date")) {
    if (attributeIn(date, "placeholder") === "true") continue;
    const type = date.attrs.type?.trim() ?? "";
    const field = ACTIVITY_DATES.find(([, code]) => code === type)?.[0];
    const day = isoDay(date.attrs["iso-date"]);
    if (!field) problem("error", "activity-date", `The date type "${type}" is not in IATI's ActivityDateType codelist; the date is not kept.`);
    else if (!day) problem("error", `activity-date type ${type}`, `"${date.attrs["iso-date"] ?? ""}" is not a date (YYYY-MM-DD); it is not kept.`);
    else if (dates[field]) problem("warning", `activity-date type ${type}`, "The date is given more than once; the first is kept.");
    else dates[field] = day;
  }

  const beneficiaryCountries: string[] = [];
  for (const country of childrenNamed(element, "recipient-country")) {
    const code = country.attrs.code?.trim().toUpperCase() ?? "";
    if (!inCodelist("Country", code)) problem("error", "recipient-country", `"${code}" is not in IATI's Country codelist; it is not kept.`);
    else if (!beneficiaryCountries.includes(code)) beneficiaryCountries.push(code);
  }

  const topics = new Set<LabourTopic>();
  const trackerTopics = fromTracker("topic").map((topic) => topic.attrs.code ?? "");
  for (const code of trackerTopics) if (isOneOf(LABOUR_TOPICS, code)) topics.add(code);
  const sectorNames: string[] = [];
  for (const sector of childrenNamed(element, "sector")) {
    const vocabulary = sector.attrs.vocabulary?.trim() || "1";
    const code = sector.attrs.code?.trim() ?? "";
    if (vocabulary !== "1") {
      problem("error", `sector ${code}`, `Sectors of vocabulary ${vocabulary} (${codeName("SectorVocabulary", vocabulary)}) are not kept; the tracker reads DAC 5-digit sectors.`);
      continue;
    }
    if (!inCodelist("Sector", code)) {
      problem("error", `sector ${code}`, `"${code}" is not in the DAC 5-digit Sector codelist; it is not kept.`);
      continue;
    }
    sectorNames.push(codeName("Sector", code));
    if (trackerTopics.length) continue;
    const topic = TOPIC_OF_SECTOR[code];
    if (topic) topics.add(topic);
    else if (Object.values(TOPIC_SECTOR).includes(code)) {
      topics.add("OTHER");
      problem("warning", `sector ${code}`, `Sector ${code} (${codeName("Sector", code)}) does not say which labour right; the program is given the topic OTHER.`);
    } else problem("error", `sector ${code}`, `Sector ${code} (${codeName("Sector", code)}) is not a labour topic; it is not kept.`);
  }
  for (const tag of childrenNamed(element, "tag")) {
    const code = tag.attrs.code?.trim() ?? "";
    if (tag.attrs["vocabulary-uri"] === TOPIC_VOCABULARY_URI && isOneOf(LABOUR_TOPICS, code)) topics.add(code);
    else problem("error", `tag ${code}`, "Tags other than the tracker's labour topics are not kept.");
  }

  // ── Type and currency ──
  const aidTypes = childrenNamed(element, "default-aid-type").filter((aid) => (aid.attrs.vocabulary?.trim() || "1") === "1");
  const aidCode = aidTypes[0]?.attrs.code?.trim();
  if (aidCode && !inCodelist("AidType", aidCode)) problem("warning", "default-aid-type", `The aid type "${aidCode}" is not in IATI's AidType codelist.`);
  const trackerType = extension?.attrs.type;
  let type: ProgramType;
  if (isOneOf(PROGRAM_TYPES, trackerType)) type = trackerType;
  else {
    const suggested = aidCode ? typeOfAidType(aidCode) : undefined;
    type = suggested ?? "TECHNICAL_COOPERATION";
    if (!suggested) problem("warning", "default-aid-type", aidCode ? `The aid type ${aidCode} (${codeName("AidType", aidCode)}) has no program type; the program is recorded as technical cooperation.` : "The activity has no aid type; the program is recorded as technical cooperation.");
  }

  let currencyCode = element.attrs["default-currency"]?.trim().toUpperCase() ?? "";
  if (!currencyCode) {
    const firstValue = element.children.flatMap((child) => [childNamed(child, "value")]).find((value) => value?.attrs.currency);
    currencyCode = firstValue?.attrs.currency?.trim().toUpperCase() ?? "";
    if (currencyCode) problem("warning", "default-currency", `The activity has no default currency; ${currencyCode}, the currency of its first value, is used.`);
  }
  if (!currencyCode) problem("critical", "default-currency", "The activity has no default currency and no value with a currency.");
  else if (!inCodelist("Currency", currencyCode)) problem("critical", "default-currency", `"${currencyCode}" is not in IATI's Currency codelist.`);

  // ── Organisations ──
  const reportingElement = childNamed(element, "reporting-org");
  const reporter = reportingElement ? organisation(reportingElement, "reporting-org") : undefined;
  const participants: ReadActivity["participants"] = [];
  childrenNamed(element, "participating-org").forEach((org, index) => {
    if (attributeIn(org, "placeholder") === "true") return;
    const where = `participating-org ${index + 1}`;
    const roleCode = org.attrs.role?.trim() ?? "";
    const role = ROLE_OF_CODE[roleCode];
    if (!role) {
      problem("error", where, `The role "${roleCode}" is not in IATI's OrganisationRole codelist; the organisation is not kept.`);
      return;
    }
    const read = organisation(org, where);
    if (read) participants.push({ role, organisation: read });
  });
  for (const [index, participant] of fromTracker("participant").entries()) {
    const role = participant.attrs.role;
    if (!isOneOf(PARTICIPANT_ROLES, role)) {
      problem("warning", `participant ${index + 1}`, `The role "${role ?? ""}" is not one of the tracker's; the participant is not kept.`);
      continue;
    }
    participants.push({ role, organisation: trackerOrganisation(participant) });
  }
  const funderElement = fromTracker("funder")[0];
  const funder = funderElement ? trackerOrganisation(funderElement) : participants.find((participant) => participant.role === "FUNDER")?.organisation;

  // ── Type details ──
  const details: ReadActivity["details"] = {};
  for (const detail of fromTracker("detail")) {
    const name = detail.attrs.name as (typeof TRACKER_DETAILS)[number];
    if (TRACKER_DETAILS.includes(name) && detail.text.trim()) details[name] = detail.text.trim();
  }
  let fundingAmount = extension?.attrs["funding-amount"];

  // ── Budgets ──
  const budgets: ReadActivity["budgets"] = [];
  childrenNamed(element, "budget").forEach((budget, index) => {
    const where = `budget ${index + 1}`;
    const value = childNamed(budget, "value");
    const typeCode = budget.attrs.type?.trim() || "1";
    const statusCode = budget.attrs.status?.trim() || "1";
    const input = {
      type: BUDGET_TYPE_OF_CODE[typeCode] ?? typeCode,
      status: BUDGET_STATUS_OF_CODE[statusCode] ?? statusCode,
      periodStart: isoDay(childNamed(budget, "period-start")?.attrs["iso-date"]) ?? "",
      periodEnd: isoDay(childNamed(budget, "period-end")?.attrs["iso-date"]) ?? "",
      amount: value?.text.trim() ?? "",
      currencyCode: value?.attrs.currency?.trim() || currencyCode,
      valueDate: isoDay(value?.attrs["value-date"]) ?? "",
    };
    const parsed = ZCreateBudget.safeParse(input);
    if (!parsed.success) problem("error", where, `Not kept: ${first(parsed.error)}`);
    else if (!inCodelist("Currency", parsed.data.currencyCode)) problem("error", where, `Not kept: "${parsed.data.currencyCode}" is not in IATI's Currency codelist.`);
    else budgets.push({ ...parsed.data, valueDate: parsed.data.valueDate ?? parsed.data.periodStart });
  });

  // ── Transactions ──
  const transactions: ReadTransaction[] = [];
  childrenNamed(element, "transaction").forEach((transaction, index) => {
    const where = `transaction ${index + 1}`;
    const typeCode = childNamed(transaction, "transaction-type")?.attrs.code?.trim() ?? "";
    const kind = TRANSACTION_OF_CODE[typeCode];
    if (!kind) {
      problem("error", where, inCodelist("TransactionType", typeCode) ? `Not kept: ${codeName("TransactionType", typeCode)} (type ${typeCode}) is not one of the four kinds the tracker records.` : `Not kept: the transaction type "${typeCode}" is not in IATI's TransactionType codelist.`);
      return;
    }
    const value = childNamed(transaction, "value");
    const description = texts(childNamed(transaction, "description"), `${where} description`);
    const providerElement = childNamed(transaction, "provider-org");
    const receiverElement = childNamed(transaction, "receiver-org");
    const input = {
      type: kind,
      date: isoDay(childNamed(transaction, "transaction-date")?.attrs["iso-date"]) ?? isoDay(value?.attrs["value-date"]) ?? "",
      amount: value?.text.trim() ?? "",
      currencyCode: value?.attrs.currency?.trim() || currencyCode,
      reference: transaction.attrs.ref?.trim() || undefined,
      description: description?.text ?? "",
    };
    const parsed = ZCreateTransaction.safeParse(input);
    if (!parsed.success) problem("error", where, `Not kept: ${first(parsed.error)}`);
    else if (!inCodelist("Currency", parsed.data.currencyCode)) problem("error", where, `Not kept: "${parsed.data.currencyCode}" is not in IATI's Currency codelist.`);
    else {
      transactions.push({
        input: parsed.data,
        provider: providerElement ? organisation(providerElement, `${where} provider-org`) : undefined,
        receiver: receiverElement ? organisation(receiverElement, `${where} receiver-org`) : undefined,
        translations: withTranslations({ description }),
      });
    }
  });
  if (type === "FINANCIAL_ASSISTANCE" && fundingAmount === undefined) {
    // The amount of financial assistance: what was committed in the activity's currency, else its budgets.
    const committed = transactions.filter((transaction) => transaction.input.type === "COMMITMENT" && transaction.input.currencyCode === currencyCode);
    const source = committed.length ? committed.map((transaction) => transaction.input.amount) : budgets.filter((budget) => budget.currencyCode === currencyCode).map((budget) => budget.amount);
    if (source.length) {
      fundingAmount = sumDecimals(source.map(String));
      problem("warning", "funding amount", `The amount of assistance is taken as the sum of the activity's ${committed.length ? "commitments" : "budgets"} in ${currencyCode}: ${fundingAmount}.`);
    }
  }
  if (type === "FINANCIAL_ASSISTANCE" && (!funder || fundingAmount === undefined)) {
    type = "TECHNICAL_COOPERATION";
    problem("warning", "default-aid-type", `Financial assistance needs ${funder ? "an amount (a commitment or a budget)" : "a funding organisation (role 1)"}; the program is recorded as technical cooperation.`);
  }
  if (type === "TECHNICAL_COOPERATION" && !details.expertiseArea) {
    details.expertiseArea = (sectorNames.join("; ") || "Not stated in the IATI file").slice(0, 500);
    problem("warning", "expertise area", `The area of expertise is not in the file; it is recorded as "${details.expertiseArea}".`);
  }
  if (type === "JOINT_RESEARCH" || type === "INFORMATION_SHARING") {
    for (const field of type === "JOINT_RESEARCH" ? (["researchQuestions", "researchOutputs"] as const) : (["exchangeSubject", "exchangeBetween"] as const)) {
      if (!details[field]) problem("critical", field, `A ${type === "JOINT_RESEARCH" ? "joint research" : "information sharing"} program needs its ${field}, which the file does not give.`);
    }
  }

  // ── Documents ──
  const documents: ReadDocument[] = [];
  childrenNamed(element, "document-link").forEach((link, index) => {
    const where = `document-link ${index + 1}`;
    const docTitle = texts(childNamed(link, "title"), `${where} title`);
    const categories = childrenNamed(link, "category").map((category) => category.attrs.code?.trim() ?? "");
    const known = categories.filter((code) => inCodelist("DocumentCategory", code));
    const category = known.find((code) => code.startsWith("A")) ?? known[0];
    if (!category) {
      problem("error", where, `Not kept: ${categories.length ? `the categories ${categories.join(", ")} are not in IATI's DocumentCategory codelist` : "it has no category"}.`);
      return;
    }
    if (known.length > 1) problem("warning", where, `The document has several categories; ${category} is kept.`);
    if (!category.startsWith("A")) problem("warning", where, `${category} (${codeName("DocumentCategory", category)}) is a category for an organisation's documents; it is kept as given.`);
    const input = {
      title: docTitle?.text ?? link.attrs.url ?? "",
      // The form's check is for activity categories; any category of the codelist is kept as the file gives it.
      category: "A01",
      url: link.attrs.url?.trim() ?? "",
      languageCode: childNamed(link, "language")?.attrs.code?.trim() ?? "",
      documentDate: isoDay(childNamed(link, "document-date")?.attrs["iso-date"]) ?? "",
    };
    const parsed = ZDocumentMeta.safeParse(input);
    if (!parsed.success || !parsed.data.url) problem("error", where, `Not kept: ${parsed.success ? "it has no http(s) address." : first(parsed.error)}`);
    else documents.push({ input: { ...parsed.data, category, url: parsed.data.url }, format: link.attrs.format?.trim() || "text/html", translations: withTranslations({ title: docTitle }) });
  });

  // ── Results ──
  const indicators: ReadIndicator[] = [];
  childrenNamed(element, "result").forEach((result, resultIndex) => {
    const resultWhere = `result ${resultIndex + 1}`;
    const typeCode = result.attrs.type?.trim() ?? "";
    const level = LEVEL_OF_CODE[typeCode];
    if (!level) {
      problem("error", resultWhere, `Not kept: the result type "${typeCode}" (${codeName("ResultType", typeCode)}) is not output, outcome or impact.`);
      return;
    }
    const resultTitle = texts(childNamed(result, "title"), `${resultWhere} title`);
    childrenNamed(result, "indicator").forEach((indicator, indicatorIndex) => {
      const where = `${resultWhere} indicator ${indicatorIndex + 1}`;
      const measureCode = indicator.attrs.measure?.trim() ?? "";
      const measure = MEASURE_OF_CODE[measureCode];
      if (!measure) {
        problem("error", where, `Not kept: the measure "${measureCode}" is not in IATI's IndicatorMeasure codelist.`);
        return;
      }
      const qualitative = measure === "QUALITATIVE";
      const indicatorTitle = texts(childNamed(indicator, "title"), `${where} title`);
      let description = texts(childNamed(indicator, "description"), `${where} description`);
      if (resultTitle && indicatorTitle && resultTitle.text !== indicatorTitle.text) {
        if (!description) {
          description = resultTitle;
          problem("warning", where, "The result's title is kept as the indicator's description.");
        } else problem("error", resultWhere, `The result's title "${resultTitle.text}" is not kept; its indicators are.`);
      }
      const baselines = childrenNamed(indicator, "baseline");
      if (baselines.length > 1) problem("error", where, "Only the first baseline is kept.");
      const baseline = baselines[0];
      const ascending = indicator.attrs.ascending?.trim();
      const input = {
        title: (indicatorTitle ?? resultTitle)?.text ?? "",
        description: description?.text ?? "",
        level,
        measure,
        ascending: ascending === "0" || ascending === "false" ? "false" : "true",
        baselineYear: baseline?.attrs.year?.trim() ?? "",
        baseline: qualitative ? comment(baseline) : baseline?.attrs.value?.trim() || undefined,
        unit: attributeIn(indicator, "unit") ?? "",
      };
      const parsed = ZCreateIndicator.safeParse(input);
      if (!parsed.success) {
        problem("error", where, `Not kept: ${first(parsed.error)}`);
        return;
      }
      const periods: ReadIndicator["periods"] = [];
      const starts = new Set<string>();
      childrenNamed(indicator, "period").forEach((period, periodIndex) => {
        const periodWhere = `${where} period ${periodIndex + 1}`;
        const target = childNamed(period, "target");
        const actual = childNamed(period, "actual");
        const actualComment = comment(actual);
        const periodInput = {
          periodStart: isoDay(childNamed(period, "period-start")?.attrs["iso-date"]) ?? "",
          periodEnd: isoDay(childNamed(period, "period-end")?.attrs["iso-date"]) ?? "",
          target: qualitative ? comment(target) : target?.attrs.value?.trim() || undefined,
          actual: qualitative ? actualComment : actual?.attrs.value?.trim() || undefined,
          comment: attributeIn(period, "comment") ?? (qualitative ? undefined : actualComment),
        };
        if (childrenNamed(period, "target").length > 1 || childrenNamed(period, "actual").length > 1) problem("error", periodWhere, "Only the first target and actual are kept.");
        const parsedPeriod = ZCreatePeriod.safeParse(periodInput);
        if (!parsedPeriod.success) return problem("error", periodWhere, `Not kept: ${first(parsedPeriod.error)}`);
        try {
          checkPeriodValues(measure, periodInput);
        } catch (error) {
          return problem("error", periodWhere, `Not kept: ${(error as z.ZodError).issues.map((issue) => issue.message).join(" ")}`);
        }
        if (starts.has(periodInput.periodStart)) return problem("error", periodWhere, "Not kept: another period of this indicator starts on the same day.");
        starts.add(periodInput.periodStart);
        periods.push(parsedPeriod.data);
      });
      indicators.push({ input: parsed.data, translations: withTranslations({ title: indicatorTitle, description }), periods });
    });
  });

  // ── Everything else ──
  const ignored = new Map<string, number>();
  for (const child of element.children) {
    if (child.ns === TRACKER_NS) continue;
    const name = child.ns ? `{${child.ns}}${child.name}` : child.name;
    if (!READ_ELEMENTS.has(name)) ignored.set(name, (ignored.get(name) ?? 0) + 1);
  }
  for (const [name, count] of ignored) {
    if (name.startsWith("{")) problem("warning", name, `An extension element (${count}) the tracker does not know; it is ignored.`);
    else problem("error", name, `<${name}> (${count}) has no place in the tracker; it is not kept.`);
  }

  return {
    identifier,
    line: element.line,
    language,
    title: title?.text ?? "",
    summary: descriptions.summary?.text ?? "",
    objectives: descriptions.objectives?.text ?? "",
    translations: withTranslations({ title, summary: descriptions.summary, objectives: descriptions.objectives }),
    type,
    status,
    topics: [...topics],
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
    namesCivilSociety: Boolean(extension),
    budgets,
    transactions,
    indicators,
    documents,
    problems: compact(problems),
  };
}

/** The most problems kept per activity; a file of thousands of the same mistake stays readable. */
const MAX_PROBLEMS = 100;

/** The same problem once, with how many times it occurs, and at most MAX_PROBLEMS of them. */
function compact(problems: Problem[]): Problem[] {
  const counted = new Map<string, { problem: Problem; count: number }>();
  for (const problem of problems) {
    const key = `${problem.tier}|${problem.where}|${problem.message}`;
    const seen = counted.get(key);
    if (seen) seen.count++;
    else counted.set(key, { problem, count: 1 });
  }
  const unique = [...counted.values()].map(({ problem, count }) => (count > 1 ? { ...problem, message: `${problem.message} (${count.toLocaleString("en")} times)` } : problem));
  if (unique.length <= MAX_PROBLEMS) return unique;
  // The critical problems first, so that what skips the activity is never cut.
  const order: Record<Tier, number> = { critical: 0, error: 1, warning: 2 };
  const kept = [...unique].sort((a, b) => order[a.tier] - order[b.tier]).slice(0, MAX_PROBLEMS - 1);
  return [...kept, { tier: "warning", where: "activity", message: `${(unique.length - kept.length).toLocaleString("en")} more problems are not listed.` }];
}

/** An attribute in the tracker's namespace (written `lct:name`, whatever prefix the file binds to it). */
function attributeIn(element: XmlElement, name: string): string | undefined {
  return element.nsAttrs[`{${TRACKER_NS}}${name}`];
}

/** A language tag's primary subtag ("en-GB" → "en"), lower-case. */
const primaryLanguage = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";

/** The first narrative of an element's comment. */
function comment(element: XmlElement | undefined): string | undefined {
  const text = element && childNamed(element, "comment");
  const narrative = text && childNamed(text, "narrative");
  return narrative?.text.trim() || undefined;
}

/** An organisation as the tracker's extension writes it: its name as text, ref, kind and country as attributes. */
function trackerOrganisation(element: XmlElement): FileOrganisation {
  const kind = element.attrs.kind;
  return {
    ref: element.attrs.ref?.trim() || undefined,
    name: element.text.trim().slice(0, 300),
    kind: isOneOf(ORGANISATION_KINDS, kind) ? kind : "OTHER",
    ...(element.attrs.country && /^[A-Z]{2}$/.test(element.attrs.country) ? { countryCode: element.attrs.country } : {}),
    names: {},
  };
}

/** Adds decimal strings exactly, in units of 1/10,000 (the precision amounts are stored with). */
function sumDecimals(values: string[]): string {
  const total = values.reduce((sum, value) => {
    const [whole, fraction = ""] = value.split(".");
    return sum + BigInt(whole!) * 10_000n + BigInt((fraction + "0000").slice(0, 4));
  }, 0n);
  const fraction = (total % 10_000n).toString().padStart(4, "0").replace(/0+$/, "");
  return `${total / 10_000n}${fraction ? `.${fraction}` : ""}`;
}
