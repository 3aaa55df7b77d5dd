import {
  ZAgreementFilter,
  ZCreateAgreement,
  ZCreateInstitution,
  ZCreateMeeting,
  ZCreateProvision,
  ZInstitutionFilter,
  ZUpdateAgreement,
  ZUpdateInstitution,
  ZUpdateMeeting,
  ZUpdateProvision,
} from "@/lib/domain/agreements/schemas";
import type { ApiEndpoint } from "../types";
import { CREATED, LIST, named, OBJECT, READ_LIST, READ_ONE, WRITE } from "./helpers";

// The provision and meeting routes take the parent's id from the path, so their body is the schema
// without it (`agreementId`, `institutionId`): the same rules, minus the field the path supplies.
const provisionBody = ZCreateProvision.omit({ agreementId: true });
const meetingBody = ZCreateMeeting.omit({ institutionId: true });

export const agreementEndpoints: ApiEndpoint[] = [
  {
    method: "GET", path: "/api/v1/agreements", tag: "Agreements", access: "optional", who: "anyone",
    summary: "List agreements", description: "Filters `q` (title, short name, summary), `party` (country code), `status`, `kind`; `sort` by title or date.",
    query: ZAgreementFilter, paged: true,
    success: LIST("Agreements."), errors: READ_LIST,
  },
  {
    method: "POST", path: "/api/v1/agreements", tag: "Agreements", access: "required", who: "ADMIN",
    summary: "Add an agreement", description: "An agreement with its parties (ISO country codes, `EU` for the European Union).",
    body: { json: named("CreateAgreement", ZCreateAgreement) },
    success: CREATED("The agreement."), errors: [400, 401, 403, 409, 413, 415],
  },
  {
    method: "GET", path: "/api/v1/agreements/{id}", tag: "Agreements", access: "optional", who: "anyone",
    summary: "One agreement",
    description: "Parties, provisions, institutions, the programs, plans and exchanges the caller may read (first 50 of each, with `total`), and funding per program type and currency.",
    success: OBJECT("The agreement."), errors: READ_ONE,
  },
  {
    method: "PATCH", path: "/api/v1/agreements/{id}", tag: "Agreements", access: "required", who: "ADMIN",
    summary: "Change an agreement", description: "All the fields of a new agreement plus `version`; a party that institutions, plans or exchanges concern cannot be removed.",
    body: { json: named("UpdateAgreement", ZUpdateAgreement) },
    success: OBJECT("The agreement."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/agreements/{id}/social-dialogue", tag: "Civil society", access: "optional", who: "anyone",
    summary: "Social-dialogue balance of an agreement",
    description: "Over the events of every program of the agreement the caller may read: people, women and each constituency's share, in percent to one decimal.",
    success: OBJECT("The balance."), errors: READ_ONE,
  },
  {
    method: "POST", path: "/api/v1/agreements/{id}/provisions", tag: "Agreements", access: "required", who: "ADMIN; GOVERNMENT of a party",
    summary: "Add a labour provision", description: "An article is recorded once per topic.",
    body: { json: named("CreateProvision", provisionBody) },
    success: CREATED("The provision."), errors: WRITE,
  },
  {
    method: "PATCH", path: "/api/v1/provisions/{id}", tag: "Agreements", access: "required", who: "ADMIN; GOVERNMENT of a party",
    summary: "Change a labour provision", description: "The same fields plus `version`.",
    body: { json: named("UpdateProvision", ZUpdateProvision) },
    success: OBJECT("The provision."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/institutions", tag: "Institutions", access: "optional", who: "anyone",
    summary: "List institutions", description: "The directory; filters `agreement` (id), `country` (the institutions serving that party), `kind`, `q`.",
    query: ZInstitutionFilter, paged: true,
    success: LIST("Institutions."), errors: READ_LIST,
  },
  {
    method: "POST", path: "/api/v1/institutions", tag: "Institutions", access: "required", who: "ADMIN; GOVERNMENT for their own country's contact point",
    summary: "Add an institution", description: "A contact point needs a party's `countryCode`, one per party.",
    body: { json: named("CreateInstitution", ZCreateInstitution) },
    success: CREATED("The institution."), errors: WRITE,
  },
  {
    method: "GET", path: "/api/v1/institutions/{id}", tag: "Institutions", access: "optional", who: "anyone",
    summary: "One institution",
    description: "With the meetings the caller may see (public ones for anonymous and civil-society callers), their decisions and the measures following them up.",
    success: OBJECT("The institution."), errors: READ_ONE,
  },
  {
    method: "PATCH", path: "/api/v1/institutions/{id}", tag: "Institutions", access: "required", who: "ADMIN; GOVERNMENT for their own country's contact point",
    summary: "Change an institution", description: "The same fields (without `agreementId`) plus `version`.",
    body: { json: named("UpdateInstitution", ZUpdateInstitution) },
    success: OBJECT("The institution."), errors: WRITE,
  },
  {
    method: "POST", path: "/api/v1/institutions/{id}/meetings", tag: "Institutions", access: "required", who: "ADMIN; GOVERNMENT of a party",
    summary: "Record a meeting", description: "Decisions are numbered in order; they may be a list or the lines of one text.",
    body: { json: named("CreateMeeting", meetingBody) },
    success: CREATED("The meeting."), errors: WRITE,
  },
  {
    method: "PATCH", path: "/api/v1/meetings/{id}", tag: "Institutions", access: "required", who: "ADMIN; GOVERNMENT of a party",
    summary: "Change a meeting",
    description: "The same fields plus `version`; decision n keeps its number, and one a plan's measure follows up cannot be removed.",
    body: { json: named("UpdateMeeting", ZUpdateMeeting) },
    success: OBJECT("The meeting."), errors: WRITE,
  },
];
