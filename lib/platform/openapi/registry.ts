import { accountEndpoints } from "./endpoints/account";
import { agreementEndpoints } from "./endpoints/agreements";
import { civilSocietyEndpoints } from "./endpoints/civil-society";
import { exchangeEndpoints } from "./endpoints/exchanges";
import { exportEndpoints } from "./endpoints/exports";
import { fundingEndpoints } from "./endpoints/funding";
import { iatiEndpoints } from "./endpoints/iati";
import { planEndpoints } from "./endpoints/plans";
import { programEndpoints } from "./endpoints/programs";
import { submissionEndpoints } from "./endpoints/submissions";
import { ZOpenApiQuery } from "./doc-schemas";
import type { ApiEndpoint, ApiTag } from "./types";

export type { ApiEndpoint, ApiTag, HttpMethod } from "./types";

// Every endpoint under /api/v1, one entry each, with the zod schemas its route validates with. The
// OpenAPI document (lib/platform/openapi/document.ts) and the /api-docs page are built from this list, and
// tests/integration/openapi.test.ts checks it against the route files in both directions.

/** The tags in the order the document and the page show them. */
export const API_TAGS: readonly ApiTag[] = [
  { name: "Account", description: "The caller, their API tokens and notifications." },
  { name: "Audit", description: "The audit trail of every change." },
  { name: "Agreements", description: "Trade agreements, their parties and labour provisions." },
  { name: "Institutions", description: "Councils, committees and contact points the agreements created, and their meetings." },
  { name: "Programs", description: "Labour cooperation programs, their participants and their lifecycle." },
  { name: "Documents", description: "Links and uploaded files attached to programs, exchanges, measures and public submissions." },
  { name: "Funding", description: "Budgets, transactions and exchange rates; money is a decimal string beside its currency." },
  { name: "Monitoring", description: "Indicators and their reporting periods." },
  { name: "Exchanges", description: "Information the parties to an agreement shared with each other." },
  { name: "Civil society", description: "Requests to take part, events, attendance and the social-dialogue balance." },
  { name: "Comments", description: "Comments on programs and plans." },
  { name: "Plans", description: "Action and remediation plans, their measures and reviews." },
  {
    name: "Public submissions",
    description:
      "Civil-society organisations file public submissions with a party's contact point under an agreement's labour chapter; the contact point's ministry acknowledges, accepts or declines, reviews and reports with recommendations, which plans and programs follow.",
  },
  { name: "Exports", description: "Whole datasets as CSV or XLSX files, with the filters of the lists they come from." },
  { name: "IATI", description: "Programs as IATI 2.03 activity files, and the import of such files: upload, preview, confirm." },
  { name: "Meta", description: "This API's own description." },
];

const metaEndpoints: ApiEndpoint[] = [
  {
    method: "GET", path: "/api/v1/openapi.json", tag: "Meta", access: "public", who: "anyone",
    summary: "This document",
    description: "The OpenAPI 3.1 description of the API, generated from the schemas the endpoints validate with. Its prose is in the reader's language (`lang`, else Accept-Language); its paths, operationIds, property names and values are the same in every language.",
    query: ZOpenApiQuery,
    success: { kind: "raw", description: "The OpenAPI document." }, errors: [400],
  },
];

export const API_ENDPOINTS: readonly ApiEndpoint[] = [
  ...accountEndpoints,
  ...agreementEndpoints,
  ...programEndpoints,
  ...fundingEndpoints,
  ...exchangeEndpoints,
  ...civilSocietyEndpoints,
  ...planEndpoints,
  ...submissionEndpoints,
  ...exportEndpoints,
  ...iatiEndpoints,
  ...metaEndpoints,
];
