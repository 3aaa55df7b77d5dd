import "server-only";
import { SUBMISSION_DEADLINE_FILTERS, SUBMISSION_SORTS, ZSubmissionFilter } from "@/lib/domain/submissions/schemas";
import { choice, defineListFilters, loadedChoice, sort, text } from "@/lib/platform/api/list-query";
import { LabourTopic, SubmissionStatus } from "@/lib/platform/db/generated/enums";
import { agreementChoices, contactPointChoices, partyCountryChoices } from "./choice-loaders";

/** The docket's filters; the empty order is the default one, latest filed first. */
export const SUBMISSION_LIST = defineListFilters(
  {
    q: text(),
    agreement: loadedChoice(agreementChoices),
    concerns: loadedChoice(partyCountryChoices),
    contactPoint: loadedChoice(contactPointChoices),
    topic: choice(LabourTopic, { namespace: "LabourTopic" }),
    status: choice(SubmissionStatus, { namespace: "SubmissionStatus" }),
    year: text("number", { min: 1950, max: 2100 }),
    deadline: choice(SUBMISSION_DEADLINE_FILTERS, (value) => `deadline.${value}`),
    sort: sort(SUBMISSION_SORTS, { blank: "-filed" }),
  },
  ZSubmissionFilter,
  { path: "/submissions", form: "submissions", namespace: "Submissions", search: true, messages: { invalidPage: "invalidPage" } },
);
