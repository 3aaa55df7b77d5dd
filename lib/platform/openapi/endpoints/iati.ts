import { ZIatiConfirm } from "@/lib/domain/iati/schemas";
import { ZProgramFilter } from "@/lib/domain/programs/schemas";
import { ZSpreadsheetConfirm, ZTemplateQuery } from "@/lib/domain/spreadsheet-import/schemas";
import { ZIatiUpload, ZSpreadsheetUpload } from "../doc-schemas";
import type { ApiEndpoint } from "../types";
import { CREATED, named, OBJECT, READ_LIST, READ_ONE, WRITE } from "./helpers";

const MAPPING = "The mapping between programs and IATI elements is in docs/iati.md.";

export const iatiEndpoints: ApiEndpoint[] = [
  {
    method: "GET", path: "/api/v1/iati/activities.xml", tag: "IATI", access: "optional", who: "anyone; the programs are those the caller may read",
    summary: "Programs as IATI activities",
    description: `The programs \`GET /api/v1/programs\` lists for the same filters, as one IATI 2.03 activities file, valid against the standard's schema and streamed. No matching program is 404 (an IATI file holds at least one activity). ${MAPPING}`,
    query: ZProgramFilter,
    success: { kind: "file", description: "The IATI activities file.", contentTypes: ["application/xml"] },
    errors: [...READ_LIST, 404],
  },
  {
    method: "GET", path: "/api/v1/programs/{id}/iati.xml", tag: "IATI", access: "optional", who: "anyone who may read the program",
    summary: "One program as an IATI activity", description: `The program as an IATI 2.03 activities file with one activity. ${MAPPING}`,
    success: { kind: "file", description: "The IATI activities file.", contentTypes: ["application/xml"] },
    errors: READ_ONE,
  },
  {
    method: "POST", path: "/api/v1/iati/import", tag: "IATI", access: "required", who: "ADMIN; GOVERNMENT (activities of agreements their country is party to)",
    summary: "Upload an IATI file for preview",
    description:
      "Reads the file (at most 10 MB; no DTDs or entities) and answers its preview: per activity, `new` or `update` (by iati-identifier) or `skip`, with problems in three tiers — `critical` (the activity is skipped), `error` (a field or element is dropped), `warning` (kept, with a note). Nothing but the import is stored. A file that cannot be read as a whole (not well-formed, another IATI version, an identifier used twice, empty) is 400 with the reason on `file`. The XML may also be sent as the body with `Content-Type: application/xml` and `agreementId`, `fileName` in the query string. For an update, `changes` says what it changes: each program field that differs (`field`, `from`, `to`), how many stay (`unchangedFields`), and for each kind of record (participants, budgets, transactions, indicators, periods, documents, languages) those `added`, `removed` and `changed`, with how many stay; `unchanged: true` marks an update that would change nothing. An update keeps what the file cannot say: without the tracker's extension, the program's type (unless the aid type states another), topics, provisions, lead institution, civil-society participants and the type's details.",
    body: { multipart: named("IatiUpload", ZIatiUpload) },
    success: CREATED("The import with its preview."),
    errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/iati/import/{id}", tag: "IATI", access: "required", who: "the user who uploaded it; ADMIN",
    summary: "An import's preview", description: "The preview, and once confirmed, what was written.",
    success: OBJECT("The import."), errors: [401, 403, 404],
  },
  {
    method: "POST", path: "/api/v1/iati/import/{id}/confirm", tag: "IATI", access: "required", who: "the user who uploaded it; ADMIN",
    summary: "Write the chosen activities",
    description:
      "Writes the activities named, and only those, in one transaction, creating the organisations they need; every record is audited with the import's id. The file is checked again first: if an activity would now be written differently from its preview (the program changed meanwhile), nothing is written (409). An import is confirmed once.",
    body: { json: named("IatiConfirm", ZIatiConfirm) },
    success: OBJECT("The import with what was written."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/imports/spreadsheet/template", tag: "IATI", access: "required", who: "ADMIN; GOVERNMENT",
    summary: "The spreadsheet import's template",
    description: "The XLSX workbook (an instructions sheet, one sheet per kind of record with its headers in the language asked for, drop-down lists of codes, agreements and currencies), or one of its sheets as CSV with the same headers. The columns are described in docs/iati.md.",
    query: ZTemplateQuery,
    success: { kind: "file", description: "The template.", contentTypes: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"] },
    errors: [400, 401, 403],
  },
  {
    method: "POST", path: "/api/v1/imports/spreadsheet", tag: "IATI", access: "required", who: "ADMIN; GOVERNMENT (programs of agreements their country is party to)",
    summary: "Upload a spreadsheet of programs for preview",
    description:
      "Stores the files and answers 202 with the import, which is read in the background: its `status` is READING, with `progress` (`stage`, `done`, `total`), until it is PREVIEWED (or FAILED, with the reason in `failure`). The preview has, per program, `new`, `update` (by identifier, with `changes` as for an IATI file, and `unchanged: true` when it would change nothing) or `skip`, each problem said against its cell (`where`: `Budgets!D14`); `fileProblems` are rows that name no program of the file. Nothing but the import is stored.",
    body: { multipart: named("SpreadsheetUpload", ZSpreadsheetUpload) },
    success: { kind: "object", statuses: [202], description: "The import, being read." },
    errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/imports/spreadsheet/{id}", tag: "IATI", access: "required", who: "the user who uploaded it; ADMIN",
    summary: "A spreadsheet import", description: "Its progress while it is read or written, its preview, and once confirmed what was written (`result`: `created`, `updated`, and `failed` with why).",
    success: OBJECT("The import."), errors: [401, 403, 404],
  },
  {
    method: "POST", path: "/api/v1/imports/spreadsheet/{id}/confirm", tag: "IATI", access: "required", who: "the user who uploaded it; ADMIN",
    summary: "Write the chosen programs",
    description:
      "Writes the programs named, and only those, in the background (202), each in its own transaction with its rows, audited with the import's id; GET the import until its status is CONFIRMED. Each program is checked again first: one that would now be written differently from its preview is not written, and `result.failed` says why. An import is confirmed once (409 after).",
    body: { json: named("SpreadsheetConfirm", ZSpreadsheetConfirm) },
    success: { kind: "object", statuses: [202], description: "The import, being written." },
    errors: WRITE,
  },
];
