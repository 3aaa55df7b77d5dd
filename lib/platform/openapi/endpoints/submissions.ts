import { ZCreateSubmission, ZSubmissionFilter, ZSubmissionFollowUp, ZSubmissionHearing, ZSubmissionMove, ZUpdateSubmission } from "@/lib/domain/submissions/schemas";
import { ZSubmissionDocumentLink, ZSubmissionDocumentUpload } from "../doc-schemas";
import type { ApiEndpoint, RequestBody } from "../types";
import { CREATED, EMPTY, LIST, named, OBJECT, READ_LIST, READ_ONE, REMOVE, WRITE } from "./helpers";
import { DOCUMENT_RULES } from "./programs";

const TAG = "Public submissions";
const SUBMITTER = "the submitting organisation (CIVIL_SOCIETY)";
const CONTACT_POINT = "the ministry of the contact point's country (GOVERNMENT), ADMIN";
const FOLLOW_UP = "the ministry of the contact point's country, the ministry that acts for the plan or program, ADMIN";

/** Who sees what a submission withholds (lib/platform/authz/where.ts, lib/domain/submissions/submission-redaction.ts). */
const WITHHELD =
  "A submitting or co-submitting organisation's name kept from the public (`identityWithheld`) and documents marked `withheld` are only returned to the submitting and co-submitting organisations, the ministry of the contact point's country, analysts and administrators. For anyone else `organisation` and `organisationId` are null, withheld co-submitters and documents are left out, and `withheld` counts what was left out (`identity`, `coSubmitters`, `documents`).";

/** Evidence as a link (JSON) or an upload (multipart/form-data), with `withheld`. */
const SUBMISSION_DOCUMENT_BODY: RequestBody = {
  json: named("SubmissionDocumentLink", ZSubmissionDocumentLink),
  multipart: named("SubmissionDocumentUpload", ZSubmissionDocumentUpload),
};

export const submissionEndpoints: ApiEndpoint[] = [
  {
    method: "GET", path: "/api/v1/submissions", tag: TAG, access: "optional", who: "anyone",
    summary: "List public submissions",
    description: [
      "The docket: every filed submission, and the drafts of the caller's organisation (every draft for ANALYST and ADMIN), latest filed first with drafts before them; `sort` is `-filed` (default), `filed`, `title` or `-title`.",
      "`concerns` is the party concerned, `year` the year of filing, `deadline=overdue` those past the deadline for a decision or a report; `q` searches title and summary in any of their languages, never names.",
      "Each entry has its open `deadline`, `recommendationCount`, and how long the decision and the report took (`daysToDecision`, `decidedInTime`, `daysToReport`, `reportedInTime`).",
      WITHHELD,
      "The answer adds `total`.",
    ].join(" "),
    query: ZSubmissionFilter, paged: true,
    success: LIST("Public submissions.", true), errors: READ_LIST,
  },
  {
    method: "POST", path: "/api/v1/submissions", tag: TAG, access: "required", who: "CIVIL_SOCIETY, for their own organisation",
    summary: "Draft a public submission",
    description:
      "A `DRAFT` of the caller's organisation, which files it with a transition to `FILED`. The party concerned must be a party to the agreement, the contact point a party's contact point under the agreement, the provisions the agreement's; co-submitters are other organisations, not ministries.",
    body: { json: named("CreateSubmission", ZCreateSubmission) },
    success: CREATED("The submission."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/submissions/{id}", tag: TAG, access: "optional", who: "anyone for a filed submission; a draft, its organisation, ANALYST and ADMIN",
    summary: "One public submission",
    description: [
      "With its agreement, party concerned, contact point, co-submitters, provisions, consultations and hearings, the report (`findings` and the numbered `recommendations`, each with the plans and programs that follow it), evidence documents and the open `deadline`; `seesWithheld` says whether the caller sees what it withholds.",
      WITHHELD,
    ].join(" "),
    success: OBJECT("The submission."), errors: READ_ONE,
  },
  {
    method: "PATCH", path: "/api/v1/submissions/{id}", tag: TAG, access: "required", who: SUBMITTER,
    summary: "Change a draft submission",
    description: "Every field of a new submission again, plus `version`; the co-submitters and provisions are replaced by those given. Only a `DRAFT`: a filed submission stays as it was filed (409).",
    body: { json: named("UpdateSubmission", ZUpdateSubmission) },
    success: OBJECT("The submission."), errors: WRITE,
  },
  {
    method: "POST", path: "/api/v1/submissions/{id}/transitions", tag: TAG, access: "required",
    who: "by the workflow: the submitting organisation files it; the ministry of the contact point's country or ADMIN makes the other moves",
    summary: "Move a public submission along its workflow",
    description:
      "`to` is the next status: `FILED` (from `DRAFT`, naming at least one provision or topic), `ACKNOWLEDGED`, then `ACCEPTED` or `DECLINED` (with its `reason`), `UNDER_REVIEW`, `REPORTED` (with the `findings` and the `recommendations`, numbered in their order) and `CLOSED`; the moves without a field of their own may carry a `note`. Filing starts the agreement's deadline for a decision, accepting its deadline for the report. A move the workflow, the caller or the submission's status does not allow is 409 with the reason; the other side is notified of each move.",
    body: { json: named("SubmissionMove", ZSubmissionMove) },
    success: OBJECT("The submission."), errors: WRITE,
  },
  {
    method: "POST", path: "/api/v1/submissions/{id}/hearings", tag: TAG, access: "required", who: CONTACT_POINT,
    summary: "Record a consultation or hearing",
    description: "A meeting of one of the agreement's institutions, as a `CONSULTATION` or a `HEARING`, while the submission is `ACCEPTED` or `UNDER_REVIEW`; each meeting once.",
    body: { json: named("SubmissionHearing", ZSubmissionHearing) },
    success: CREATED("The hearing: `meetingId` and `kind`."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/submissions/{id}/hearings/{meetingId}", tag: TAG, access: "required", who: CONTACT_POINT,
    summary: "Remove a consultation or hearing", description: "One recorded by mistake, while the submission is `ACCEPTED` or `UNDER_REVIEW`.",
    success: EMPTY("Removed."), errors: REMOVE,
  },
  {
    method: "POST", path: "/api/v1/submissions/{id}/follow-ups", tag: TAG, access: "required", who: FOLLOW_UP,
    summary: "Link a plan or program to a recommendation",
    description:
      "Once the submission is `REPORTED` or `CLOSED`: a `recommendationId` of its report and exactly one of `planId` and `programId`, a plan or program under the submission's agreement, each once per recommendation. The plan's or program's page shows the link too.",
    body: { json: named("SubmissionFollowUp", ZSubmissionFollowUp) },
    success: CREATED("The follow-up: its `id`, `recommendationId`, `planId` and `programId`."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/submissions/{id}/follow-ups/{followUpId}", tag: TAG, access: "required", who: FOLLOW_UP,
    summary: "Unlink a plan or program from a recommendation", description: "While the submission is `REPORTED` or `CLOSED`.",
    success: EMPTY("Removed."), errors: REMOVE,
  },
  {
    method: "POST", path: "/api/v1/submissions/{id}/documents", tag: "Documents", access: "required", who: SUBMITTER,
    summary: "Attach evidence to a public submission",
    description: `A link or an upload, as for a program's documents, until the contact point reports (409 after). \`withheld\` (\`true\`, or \`on\` in a form) keeps the document and its file from the public: only those who see what the submission withholds get them. ${DOCUMENT_RULES}`,
    body: SUBMISSION_DOCUMENT_BODY,
    success: CREATED("The document."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/submissions/{id}/documents/{documentId}", tag: "Documents", access: "required", who: SUBMITTER,
    summary: "Remove a submission's document", description: "Until the contact point reports; the stored file is removed too.",
    success: EMPTY("Removed."), errors: REMOVE,
  },
  {
    method: "GET", path: "/api/v1/submissions/{id}/timeline", tag: TAG, access: "optional", who: "who may read it",
    summary: "A public submission's timeline",
    description:
      "From its audit trail, oldest first: each move with its note or reasons, and each consultation, hearing and follow-up recorded or removed; drafting is left out. Each entry has `at`, `kind` (`move`, `hearing` or `followUp`) and `by`, who acted, which is null for those who do not see what the submission withholds. Not paged.",
    success: LIST("Timeline entries."), errors: READ_ONE,
  },
];
