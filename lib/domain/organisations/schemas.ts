import { z } from "zod";
import { OrganisationKind } from "@/lib/platform/db/generated/enums";
import { ZVersion } from "@/lib/platform/validation";
import { problem } from "@/lib/platform/i18n/problem";

// The rules for organisations, shared by the admin forms, their server actions and the API. Optional
// fields left empty are cleared: a form always sends every field.

/** An IATI organisation identifier: a registration agency prefix, a hyphen, then the id ("US-GOV-1", "XI-IATI-EC_INTPA"). */
export const IATI_ORGANISATION_IDENTIFIER = /^[A-Za-z0-9]+-[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const ZOrganisationKind = z.enum(OrganisationKind, { error: problem("OrganisationProblem.chooseKind") });

const fields = {
  name: z
    .string({ error: problem("OrganisationProblem.enterName") })
    .trim()
    .min(1, problem("OrganisationProblem.enterName"))
    .max(200, problem("OrganisationProblem.nameTooLong", { max: 200 })),
  acronym: z.string().trim().max(30, problem("OrganisationProblem.acronymTooLong", { max: 30 })).optional(),
  kind: ZOrganisationKind,
  /** ISO 3166-1 alpha-2; whether the country exists is checked against the Country table. */
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, problem("Validation.country"))
    .optional(),
  iatiIdentifier: z
    .string()
    .trim()
    .max(100, problem("OrganisationProblem.iatiTooLong", { max: 100 }))
    .regex(IATI_ORGANISATION_IDENTIFIER, problem("OrganisationProblem.iatiFormat"))
    .optional(),
};

export const ZCreateOrganisation = z.object(fields);
export type TCreateOrganisation = z.infer<typeof ZCreateOrganisation>;

export const ZUpdateOrganisation = z.object({
  id: z.string({ error: problem("OrganisationProblem.missingId") }).trim().min(1, problem("OrganisationProblem.missingId")).max(100, problem("OrganisationProblem.missingId")),
  version: ZVersion,
  ...fields,
});
export type TUpdateOrganisation = z.infer<typeof ZUpdateOrganisation>;

/** The organisation list's filters, as they appear in the page's query string. */
export const ZOrganisationFilter = z.object({
  q: z.string().trim().max(200, problem("OrganisationProblem.searchTooLong", { max: 200 })).optional(),
  kind: ZOrganisationKind.optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, problem("Validation.country"))
    .optional(),
});
export type TOrganisationFilter = z.infer<typeof ZOrganisationFilter>;
