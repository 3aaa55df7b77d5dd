import { ZAuditFilter } from "@/lib/platform/audit/list-audit-events";
import { ZNotificationFilter } from "@/lib/domain/notifications/schemas";
import { ZCreateApiToken } from "@/lib/platform/api-tokens/schemas";
import type { ApiEndpoint } from "../types";
import { CREATED, EMPTY, LIST, named, OBJECT, READ_LIST } from "./helpers";

export const accountEndpoints: ApiEndpoint[] = [
  {
    method: "GET", path: "/api/v1/me", tag: "Account", access: "required", who: "signed in",
    summary: "The caller", description: "Who the token or session acts as: id, email, name, role, organisation and country.",
    success: OBJECT("The caller."), errors: [401],
  },
  {
    method: "GET", path: "/api/v1/tokens", tag: "Account", access: "required", who: "signed in",
    summary: "The caller's API tokens", description: "Name, first characters and dates of each token; never the token itself.",
    success: LIST("The caller's tokens."), errors: [401],
  },
  {
    method: "POST", path: "/api/v1/tokens", tag: "Account", access: "required", who: "signed in",
    summary: "Create an API token", description: "The answer holds the new `token` (`lct_…`); it is shown this once.",
    body: { json: named("CreateApiToken", ZCreateApiToken) },
    success: CREATED("The new token, shown this once."), errors: [400, 401, 413, 415],
  },
  {
    method: "DELETE", path: "/api/v1/tokens/{id}", tag: "Account", access: "required", who: "the token's owner",
    summary: "Revoke an API token", description: "Someone else's token is 404.",
    success: EMPTY("Revoked."), errors: [401, 404],
  },
  {
    method: "GET", path: "/api/v1/notifications", tag: "Account", access: "required", who: "signed in",
    summary: "The caller's notifications",
    description:
      "Newest first; `unread=true` for unread ones only. Each has its `title` and `body` in the language of `Accept-Language` (else the one the caller chose in the app, else English; `Content-Language` says which) and the `messageKey` and `messageValues` they are written from.",
    query: ZNotificationFilter, paged: true,
    success: LIST("The caller's notifications."), errors: READ_LIST,
  },
  {
    method: "POST", path: "/api/v1/notifications/{id}/read", tag: "Account", access: "required", who: "signed in",
    summary: "Mark a notification as read", description: "Again is harmless; someone else's notification is 404. No body.",
    success: OBJECT("The notification."), errors: [401, 404],
  },
  {
    method: "POST", path: "/api/v1/notifications/read-all", tag: "Account", access: "required", who: "signed in",
    summary: "Mark all notifications as read", description: "Answers `{\"data\": {\"marked\": 3}}`. No body.",
    success: OBJECT("How many were marked."), errors: [401],
  },
  {
    method: "GET", path: "/api/v1/audit-events", tag: "Audit", access: "required", who: "ADMIN, ANALYST",
    summary: "The audit trail", description: "Newest first; `action` matches a prefix, `from` and `to` are dates.",
    query: ZAuditFilter, paged: true,
    success: LIST("Audit events."), errors: [400, 401, 403],
  },
];
