import "server-only";
import { ZAuditFilter } from "@/lib/platform/audit/list-audit-events";
import { defineListFilters, text } from "@/lib/platform/api/list-query";

/** The audit trail's filters, newest first, with a link to older entries only; a refused filter is named. */
export const AUDIT_LIST = defineListFilters(
  { actor: text("text"), action: text("text"), entityType: text("text"), entityId: text("text"), from: text("date"), to: text("date") },
  ZAuditFilter,
  { path: "/audit", form: "audit", namespace: "Audit", paging: "keyset", messages: { invalidFilter: null, pages: null, first: null, next: "older" } },
);
