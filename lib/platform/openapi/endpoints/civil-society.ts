import { ZCommentBody, ZCreateAttendance, ZRequestScope, ZCreateEvent, ZParticipationDecision, ZParticipationRequest, ZUpdateAttendance, ZUpdateComment, ZUpdateEvent } from "@/lib/domain/participation/schemas";
import { ZVersionBody, ZVersionQuery } from "../doc-schemas";
import type { ApiEndpoint } from "../types";
import { CREATED, EMPTY, LIST, named, OBJECT, READ_ONE, REMOVE_VERSIONED, WRITE } from "./helpers";

const MANAGER = "ADMIN; GOVERNMENT for their country's programs";
const COMMENTS = "signed in, who may read it";

export const civilSocietyEndpoints: ApiEndpoint[] = [
  {
    method: "POST", path: "/api/v1/programs/{id}/participation-requests", tag: "Civil society", access: "required", who: "CIVIL_SOCIETY",
    summary: "Ask to take part in a program",
    description: "The caller's organisation asks for a role. A draft, closed or cancelled program is 409; a role already held or asked for is a field error on `role`.",
    body: { json: named("ParticipationRequest", ZParticipationRequest) },
    success: CREATED("The request."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/programs/{id}/participation-requests", tag: "Civil society", access: "required", who: "signed in",
    summary: "Requests on a program", description: "All of them for ADMIN, ANALYST and the program's ministries, its own for an organisation; newest first.",
    paged: true,
    success: LIST("Requests."), errors: [400, 401, 404],
  },
  {
    method: "GET", path: "/api/v1/participation-requests", tag: "Civil society", access: "required", who: "signed in",
    summary: "The caller's requests",
    description: "`scope=made` (default): the caller's organisation's requests, newest first; `scope=awaiting`: for ADMIN and GOVERNMENT, the pending requests on the programs they manage, oldest first.",
    query: ZRequestScope,
    paged: true,
    success: LIST("Requests."), errors: [400, 401],
  },
  {
    method: "GET", path: "/api/v1/participation-requests/{id}", tag: "Civil society", access: "required", who: "signed in, who may see it",
    summary: "One request", description: "With who asked, who answered, when and why.",
    success: OBJECT("The request."), errors: [401, 404],
  },
  {
    method: "PATCH", path: "/api/v1/participation-requests/{id}", tag: "Civil society", access: "required", who: MANAGER,
    summary: "Answer a request", description: "`reason` is required to decline. Accepting adds the organisation as a participant. A request answered already is 409.",
    body: { json: named("ParticipationDecision", ZParticipationDecision) },
    success: OBJECT("The request."), errors: WRITE,
  },
  {
    method: "POST", path: "/api/v1/participation-requests/{id}/withdraw", tag: "Civil society", access: "required", who: "the requesting organisation",
    summary: "Withdraw a request", description: "Takes back a pending request.",
    body: { json: named("VersionOnly", ZVersionBody) },
    success: OBJECT("The request."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/programs/{id}/events", tag: "Civil society", access: "optional", who: "whoever may read the program",
    summary: "A program's events", description: "Latest first, each with `organisations`, `women` and `men` attending. The answer adds `total`.",
    paged: true,
    success: LIST("Events.", true), errors: [400, 401, 404],
  },
  {
    method: "POST", path: "/api/v1/programs/{id}/events", tag: "Civil society", access: "required", who: MANAGER,
    summary: "Add an event",
    body: { json: named("CreateEvent", ZCreateEvent) },
    success: CREATED("The event."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/events/{id}", tag: "Civil society", access: "optional", who: "whoever may read the program",
    summary: "One event", description: "With its attendance, the organisations of the event, and `mayManage` / `mayRecordOwn` for the caller.",
    success: OBJECT("The event."), errors: READ_ONE,
  },
  {
    method: "PATCH", path: "/api/v1/events/{id}", tag: "Civil society", access: "required", who: MANAGER,
    summary: "Change an event", description: "The same fields plus `version`.",
    body: { json: named("UpdateEvent", ZUpdateEvent) },
    success: OBJECT("The event."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/events/{id}", tag: "Civil society", access: "required", who: MANAGER,
    summary: "Delete an event", description: "Its attendance goes with it.", query: ZVersionQuery,
    success: EMPTY("Deleted."), errors: REMOVE_VERSIONED,
  },
  {
    method: "GET", path: "/api/v1/events/{id}/attendance", tag: "Civil society", access: "optional", who: "whoever may read the program",
    summary: "An event's attendance", description: "Organisation (or none), constituency, women, men, version; not paged.",
    success: LIST("Attendance rows."), errors: READ_ONE,
  },
  {
    method: "POST", path: "/api/v1/events/{id}/attendance", tag: "Civil society", access: "required",
    who: "ADMIN and the program's ministries for any organisation of the event; CIVIL_SOCIETY for their own organisation",
    summary: "Record attendance",
    description: "Whole numbers from 0 and at least one person; one row per organisation and constituency; an event that has not taken place yet is 409.",
    body: { json: named("CreateAttendance", ZCreateAttendance) },
    success: CREATED("The attendance row."), errors: WRITE,
  },
  {
    method: "PATCH", path: "/api/v1/attendance/{id}", tag: "Civil society", access: "required", who: "as recording attendance; CIVIL_SOCIETY for their own organisation's rows",
    summary: "Correct attendance",
    body: { json: named("UpdateAttendance", ZUpdateAttendance) },
    success: OBJECT("The attendance row."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/attendance/{id}", tag: "Civil society", access: "required", who: "as recording attendance; CIVIL_SOCIETY for their own organisation's rows",
    summary: "Delete attendance", query: ZVersionQuery,
    success: EMPTY("Deleted."), errors: REMOVE_VERSIONED,
  },
  {
    method: "GET", path: "/api/v1/programs/{id}/social-dialogue", tag: "Civil society", access: "optional", who: "anyone",
    summary: "Social-dialogue balance of a program",
    description: "Over the program's events: `people`, `women`, `womenShare`, `events`, and per constituency `people`, `women`, `men`, `share` and `womenShare`, in percent to one decimal.",
    success: OBJECT("The balance."), errors: READ_ONE,
  },
  {
    method: "GET", path: "/api/v1/programs/{id}/comments", tag: "Comments", access: "required", who: COMMENTS,
    summary: "Comments on a program", description: "Oldest first; a deleted one keeps its place with an empty `body`. `mayChange` says whether the caller may still edit it.",
    paged: true,
    success: LIST("Comments."), errors: [400, 401, 404],
  },
  {
    method: "POST", path: "/api/v1/programs/{id}/comments", tag: "Comments", access: "required", who: COMMENTS,
    summary: "Comment on a program", description: "Plain text, 1 to 4,000 characters, stored as written.",
    body: { json: named("CommentBody", ZCommentBody) },
    success: CREATED("The comment."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/plans/{id}/comments", tag: "Comments", access: "required", who: COMMENTS,
    summary: "Comments on a plan", description: "As for a program.",
    paged: true,
    success: LIST("Comments."), errors: [400, 401, 404],
  },
  {
    method: "POST", path: "/api/v1/plans/{id}/comments", tag: "Comments", access: "required", who: COMMENTS,
    summary: "Comment on a plan", description: "Plain text, 1 to 4,000 characters, stored as written.",
    body: { json: named("CommentBody", ZCommentBody) },
    success: CREATED("The comment."), errors: WRITE,
  },
  {
    method: "PATCH", path: "/api/v1/comments/{id}", tag: "Comments", access: "required", who: "the author, for 30 minutes after writing it; ADMIN at any time",
    summary: "Edit a comment", description: "After the window, 409.",
    body: { json: named("UpdateComment", ZUpdateComment) },
    success: OBJECT("The comment."), errors: WRITE,
  },
  {
    method: "DELETE", path: "/api/v1/comments/{id}", tag: "Comments", access: "required", who: "the author, for 30 minutes after writing it; ADMIN at any time",
    summary: "Delete a comment", description: "It keeps its place with an empty body.", query: ZVersionQuery,
    success: EMPTY("Deleted."), errors: REMOVE_VERSIONED,
  },
];
