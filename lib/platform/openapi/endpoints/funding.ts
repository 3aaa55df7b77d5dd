import { ZExchangeRate } from "@/lib/domain/funding/exchange-rate-schemas";
import { ZCreateBudget, ZCreateTransaction, ZTransactionFilter, ZUpdateBudget, ZUpdateTransaction } from "@/lib/domain/funding/schemas";
import { ZCreateIndicator, ZCreatePeriod, ZUpdateIndicator, ZUpdatePeriod } from "@/lib/domain/monitoring/schemas";
import { ZTransactionImport, ZVersionQuery } from "../doc-schemas";
import type { ApiEndpoint } from "../types";
import { CREATED, EMPTY, LIST, named, OBJECT, READ_ONE, REMOVE_VERSIONED, WRITE } from "./helpers";

const MANAGER = "ADMIN; GOVERNMENT for their country's programs";

export const fundingEndpoints: ApiEndpoint[] = [
  {
    method: "GET", path: "/api/v1/programs/{id}/budgets", tag: "Funding", access: "optional", who: "whoever may read the program",
    summary: "A program's budget lines", description: "In period order; not paged.",
    success: LIST("Budget lines."), errors: READ_ONE,
  },
  {
    method: "POST", path: "/api/v1/programs/{id}/budgets", tag: "Funding", access: "required", who: MANAGER,
    summary: "Add a budget line", description: "A period is at most one year.",
    body: { json: named("CreateBudget", ZCreateBudget) },
    success: CREATED("The budget line."), errors: WRITE,
  },
  {
    method: "PATCH", path: "/api/v1/programs/{id}/budgets/{budgetId}", tag: "Funding", access: "required", who: MANAGER,
    summary: "Change a budget line", description: "The same fields plus `version`.",
    body: { json: named("UpdateBudget", ZUpdateBudget) },
    success: OBJECT("The budget line."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/programs/{id}/budgets/{budgetId}", tag: "Funding", access: "required", who: MANAGER,
    summary: "Delete a budget line", query: ZVersionQuery,
    success: EMPTY("Deleted."), errors: REMOVE_VERSIONED,
  },
  {
    method: "GET", path: "/api/v1/programs/{id}/transactions", tag: "Funding", access: "optional", who: "whoever may read the program",
    summary: "A program's transactions", description: "Latest first; `type` narrows to one kind.",
    query: ZTransactionFilter, paged: true,
    success: LIST("Transactions."), errors: [400, 401, 404],
  },
  {
    method: "POST", path: "/api/v1/programs/{id}/transactions", tag: "Funding", access: "required", who: MANAGER,
    summary: "Record a transaction", description: "The amount is not zero; a correction (money returned, a commitment reduced) is negative. Only a commitment may be dated in the future.",
    body: { json: named("CreateTransaction", ZCreateTransaction) },
    success: CREATED("The transaction."), errors: WRITE,
  },
  {
    method: "PATCH", path: "/api/v1/programs/{id}/transactions/{transactionId}", tag: "Funding", access: "required", who: MANAGER,
    summary: "Change a transaction", description: "The same fields plus `version`.",
    body: { json: named("UpdateTransaction", ZUpdateTransaction) },
    success: OBJECT("The transaction."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/programs/{id}/transactions/{transactionId}", tag: "Funding", access: "required", who: MANAGER,
    summary: "Delete a transaction", query: ZVersionQuery,
    success: EMPTY("Deleted."), errors: REMOVE_VERSIONED,
  },
  {
    method: "GET", path: "/api/v1/programs/{id}/transactions/template.csv", tag: "Funding", access: "public", who: "anyone",
    summary: "Transaction import template", description: "The columns `type,date,amount,currency,provider,receiver,reference,description` and one example row.",
    success: { kind: "file", description: "The CSV template.", contentTypes: ["text/csv"] }, errors: [],
  },
  {
    method: "POST", path: "/api/v1/programs/{id}/transactions/import", tag: "Funding", access: "required", who: MANAGER,
    summary: "Import transactions from CSV or Excel",
    description:
      "A CSV `file` (UTF-8), or an Excel workbook (.xlsx, its first sheet read as the CSV would be), at most 2 MB and 5,000 rows. `mode=preview` (default) answers every row as `valid`, `warning` or `error` and writes nothing (200); `mode=import` writes the valid rows, and those with warnings when `withWarnings=true`, all or none (201).",
    body: { multipart: named("TransactionImport", ZTransactionImport) },
    success: { kind: "object", statuses: [200, 201], description: "The preview (200) or the import's result (201)." }, errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/programs/{id}/indicators", tag: "Monitoring", access: "optional", who: "whoever may read the program",
    summary: "A program's indicators", description: "With their periods; each period has `progressPercent` and `overdue`. Not paged.",
    success: LIST("Indicators."), errors: READ_ONE,
  },
  {
    method: "POST", path: "/api/v1/programs/{id}/indicators", tag: "Monitoring", access: "required", who: MANAGER,
    summary: "Add an indicator", description: "A qualitative indicator takes text; the others take numbers.",
    body: { json: named("CreateIndicator", ZCreateIndicator) },
    success: CREATED("The indicator."), errors: WRITE,
  },
  {
    method: "PATCH", path: "/api/v1/programs/{id}/indicators/{indicatorId}", tag: "Monitoring", access: "required", who: MANAGER,
    summary: "Change an indicator", description: "The same fields plus `version`.",
    body: { json: named("UpdateIndicator", ZUpdateIndicator) },
    success: OBJECT("The indicator."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/programs/{id}/indicators/{indicatorId}", tag: "Monitoring", access: "required", who: MANAGER,
    summary: "Delete an indicator", description: "Its periods go with it.", query: ZVersionQuery,
    success: EMPTY("Deleted."), errors: REMOVE_VERSIONED,
  },
  {
    method: "POST", path: "/api/v1/programs/{id}/indicators/{indicatorId}/periods", tag: "Monitoring", access: "required", who: MANAGER,
    summary: "Add a reporting period", description: "The report is due 60 days after the period by default.",
    body: { json: named("CreatePeriod", ZCreatePeriod) },
    success: CREATED("The period."), errors: WRITE,
  },
  {
    method: "PATCH", path: "/api/v1/programs/{id}/indicators/{indicatorId}/periods/{periodId}", tag: "Monitoring", access: "required", who: MANAGER,
    summary: "Change a period or report its actual", description: "The same fields plus `version`; who reported and when are recorded.",
    body: { json: named("UpdatePeriod", ZUpdatePeriod) },
    success: OBJECT("The period."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/programs/{id}/indicators/{indicatorId}/periods/{periodId}", tag: "Monitoring", access: "required", who: MANAGER,
    summary: "Delete a period", query: ZVersionQuery,
    success: EMPTY("Deleted."), errors: REMOVE_VERSIONED,
  },
  {
    method: "GET", path: "/api/v1/exchange-rates", tag: "Funding", access: "public", who: "anyone",
    summary: "Exchange rates", description: "The dated rates, latest first. The answer adds `total`.",
    paged: true,
    success: LIST("Exchange rates.", true), errors: [400],
  },
  {
    method: "POST", path: "/api/v1/exchange-rates", tag: "Funding", access: "required", who: "ADMIN",
    summary: "Add an exchange rate", description: "One unit of `currencyCode` is worth `rate` of `quoteCurrencyCode` on `validOn`; one rate per pair and date.",
    body: { json: named("ExchangeRate", ZExchangeRate) },
    success: CREATED("The rate."), errors: [400, 401, 403, 413, 415],
  },
  {
    method: "DELETE", path: "/api/v1/exchange-rates/{id}", tag: "Funding", access: "required", who: "ADMIN",
    summary: "Delete an exchange rate",
    success: EMPTY("Deleted."), errors: [401, 403, 404],
  },
];
