import { ZCreateExchange, ZExchangeFilter, ZUpdateExchange } from "@/lib/domain/exchanges/schemas";
import { ZVersionQuery } from "../doc-schemas";
import type { ApiEndpoint } from "../types";
import { CREATED, EMPTY, LIST, named, OBJECT, READ_LIST, READ_ONE, REMOVE, REMOVE_VERSIONED, WRITE } from "./helpers";
import { DOCUMENT_BODY, DOCUMENT_RULES } from "./programs";

const SENDER = "ADMIN; GOVERNMENT of the sending country";

export const exchangeEndpoints: ApiEndpoint[] = [
  {
    method: "GET", path: "/api/v1/exchanges", tag: "Exchanges", access: "optional", who: "anyone",
    summary: "List information exchanges",
    description:
      "Exchanges the caller may read, newest first. `from` is the sending country, `to` the receiving one (including what went to all parties of an agreement it is party to), `year` the exchange's date; `q` searches title and summary. The answer adds `total`.",
    query: ZExchangeFilter, paged: true,
    success: LIST("Exchanges.", true), errors: READ_LIST,
  },
  {
    method: "POST", path: "/api/v1/exchanges", tag: "Exchanges", access: "required", who: "ADMIN; GOVERNMENT for what their own country shared, under agreements it is party to",
    summary: "Log an exchange", description: "Both countries must be parties to the agreement and differ; `toCountryCode` empty, `null` or absent means all parties.",
    body: { json: named("CreateExchange", ZCreateExchange) },
    success: CREATED("The exchange with its `provisionIds`."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/exchanges/{id}", tag: "Exchanges", access: "optional", who: "anyone",
    summary: "One exchange", description: "With its agreement, countries (`toCountry` is `null` for all parties), linked provisions and documents.",
    success: OBJECT("The exchange."), errors: READ_ONE,
  },
  {
    method: "PATCH", path: "/api/v1/exchanges/{id}", tag: "Exchanges", access: "required", who: SENDER,
    summary: "Change an exchange", description: "The same fields plus `version`; the provisions are replaced by those given.",
    body: { json: named("UpdateExchange", ZUpdateExchange) },
    success: OBJECT("The exchange."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/exchanges/{id}", tag: "Exchanges", access: "required", who: SENDER,
    summary: "Delete an exchange", description: "Its documents and their stored files go with it.", query: ZVersionQuery,
    success: EMPTY("Deleted."), errors: REMOVE_VERSIONED,
  },
  {
    method: "POST", path: "/api/v1/exchanges/{id}/documents", tag: "Documents", access: "required", who: SENDER,
    summary: "Attach a document to an exchange", description: `A link or an upload, as for a program's documents. ${DOCUMENT_RULES}`,
    body: DOCUMENT_BODY,
    success: CREATED("The document."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/exchanges/{id}/documents/{documentId}", tag: "Documents", access: "required", who: SENDER,
    summary: "Remove an exchange's document", description: "The stored file is removed too.",
    success: EMPTY("Removed."), errors: REMOVE,
  },
];
