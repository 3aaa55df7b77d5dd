import { ZDocumentMeta } from "@/lib/domain/documents/schemas";
import { ZAssignReporter, ZProgramFilter } from "@/lib/domain/programs/schemas";
import { ZAddParticipant } from "@/lib/domain/participation/schemas";
import { ZCreateProgramDocument, ZDocumentUpload, ZProgramPatchDocument, ZVersionQuery } from "../doc-schemas";
import type { ApiEndpoint, RequestBody } from "../types";
import { CREATED, EMPTY, LIST, named, OBJECT, READ_LIST, READ_ONE, REMOVE, REMOVE_VERSIONED, WRITE } from "./helpers";

/** A document as a link (JSON) or an upload (multipart/form-data), for programs, exchanges and measures. */
export const DOCUMENT_BODY: RequestBody = {
  json: named("DocumentLink", ZDocumentMeta),
  multipart: named("DocumentUpload", ZDocumentUpload),
};

export const DOCUMENT_RULES =
  "`category` is an IATI DocumentCategory code A01–A12. Files: at most 10 MB; PDF, DOCX, XLSX, PPTX, ODT, ODS, PNG, JPEG, or UTF-8 CSV or text, recognised by their contents.";

export const programEndpoints: ApiEndpoint[] = [
  {
    method: "GET", path: "/api/v1/programs", tag: "Programs", access: "optional", who: "anyone",
    summary: "List programs",
    description:
      "Published programs, plus drafts in the caller's scope. `q` searches title, summary and objectives by word prefix; `sort` is `updated` (default), `title`, `start`, `identifier` or `relevance`. The answer adds `total`, the number of matches counted up to 1,000, and `totalCapped`, true when more match.",
    query: ZProgramFilter, paged: true,
    success: LIST("Programs.", "capped"), errors: READ_LIST,
  },
  {
    method: "GET", path: "/api/v1/programs.csv", tag: "Programs", access: "optional", who: "anyone",
    summary: "Programs as CSV", description: "The same list, filters and order as `GET /api/v1/programs`, as CSV (UTF-8 with a byte order mark), streamed.",
    query: ZProgramFilter,
    success: { kind: "file", description: "The CSV file.", contentTypes: ["text/csv"] }, errors: READ_LIST,
  },
  {
    method: "POST", path: "/api/v1/programs", tag: "Programs", access: "required", who: "ADMIN; GOVERNMENT for agreements their country is party to",
    summary: "Register a program",
    description:
      "The type decides the details it needs. A ministry's program is reported by the ministry itself (`reportingOrganisationId` may be left out), which also becomes its ACCOUNTABLE participant; an administrator names the `reportingOrganisationId`. A financial assistance program's funder becomes its FUNDER.",
    body: { json: named("CreateProgram", ZCreateProgramDocument) },
    success: CREATED("The program."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/programs/{id}", tag: "Programs", access: "optional", who: "anyone",
    summary: "One program", description: "With its agreement, lead institution, participants, beneficiary countries, linked provisions and documents; a draft outside the caller's scope is 404.",
    success: OBJECT("The program."), errors: READ_ONE,
  },
  {
    method: "PATCH", path: "/api/v1/programs/{id}", tag: "Programs", access: "required", who: "ADMIN; GOVERNMENT of the reporting organisation's country",
    summary: "Change a program",
    description:
      "`version` and any fields of a new program; `null` clears an optional field. The result is validated as a whole program; `statusReason` is required to reopen a closed or cancelled program. A stale `version` is 409 with `error.stale`. The reporting organisation is not changed here (see `POST /api/v1/programs/{id}/reporting-organisation`).",
    body: { json: named("ProgramPatch", ZProgramPatchDocument) },
    success: OBJECT("The program."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/programs/{id}", tag: "Programs", access: "required", who: "ADMIN; GOVERNMENT of the reporting organisation's country",
    summary: "Delete a draft program", description: "Drafts only: a published program is 409 (cancel it instead).",
    query: ZVersionQuery,
    success: EMPTY("Deleted."), errors: REMOVE_VERSIONED,
  },
  {
    method: "POST", path: "/api/v1/programs/{id}/reporting-organisation", tag: "Programs", access: "required", who: "ADMIN",
    summary: "Move a program to another reporting organisation",
    description:
      "The reporting organisation's country's ministries change the program; being a participant never grants that. From `version`, with an optional `reason`; the move is in the program's history.",
    body: { json: named("AssignReportingOrganisation", ZAssignReporter) },
    success: OBJECT("The program's id, new version and reporting organisation."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/programs/{id}/history", tag: "Programs", access: "required", who: "signed in, who may read the program",
    summary: "A program's history", description: "Its audit trail, newest first: edits (before and after), reopenings with their reason, participants and documents added or removed.",
    paged: true,
    success: LIST("History entries."), errors: [400, 401, 404],
  },
  {
    method: "POST", path: "/api/v1/programs/{id}/participants", tag: "Programs", access: "required", who: "ADMIN; GOVERNMENT of the reporting organisation's country",
    summary: "Add a participant", description: "Each role at most once per organisation.",
    body: { json: named("AddParticipant", ZAddParticipant) },
    success: CREATED("The participant."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/programs/{id}/participants/{participantId}", tag: "Programs", access: "required", who: "ADMIN; GOVERNMENT of the reporting organisation's country",
    summary: "Remove a participant",
    description: "409 for the last ACCOUNTABLE organisation and for the funder of a financial assistance program.",
    success: EMPTY("Removed."), errors: REMOVE,
  },
  {
    method: "POST", path: "/api/v1/programs/{id}/documents", tag: "Documents", access: "required", who: "ADMIN; GOVERNMENT of the reporting organisation's country",
    summary: "Attach a document to a program", description: `A link as JSON, or an upload as multipart/form-data with the same fields and a \`file\`. ${DOCUMENT_RULES}`,
    body: DOCUMENT_BODY,
    success: CREATED("The document, with its size and SHA-256."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/programs/{id}/documents/{documentId}", tag: "Documents", access: "required", who: "ADMIN; GOVERNMENT of the reporting organisation's country",
    summary: "Remove a program's document", description: "The stored file is removed too.",
    success: EMPTY("Removed."), errors: REMOVE,
  },
  {
    method: "GET", path: "/api/v1/documents/{id}/file", tag: "Documents", access: "optional", who: "whoever may see what the document belongs to",
    summary: "Download a document's file", description: "Always a download, with the content type found at upload and the SHA-256 as `ETag`.",
    success: { kind: "file", description: "The stored file.", contentTypes: ["application/octet-stream"] }, errors: READ_ONE,
  },
];
