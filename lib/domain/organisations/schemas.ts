import { z } from "zod";
import { OrganisationKind } from "@/lib/platform/db/generated/enums";
import { ZVersion } from "@/lib/platform/validation";

// The rules for organisations, shared by the admin forms, their server actions and the API. Optional
// fields left empty are cleared: a form always sends every field.

/** An IATI organisation identifier: a registration agency prefix, a hyphen, then the id ("US-GOV-1", "XI-IATI-EC_INTPA"). */
export const IATI_ORGANISATION_IDENTIFIER = /^[A-Za-z0-9]+-[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const ZOrganisationKind = z.enum(OrganisationKind, { error: "Choose what kind of organisation this is." });

const fields = {
  name: z
    .string({ error: "Enter the organisation's name." })
    .trim()
    .min(1, "Enter the organisation's name.")
    .max(200, "Keep the name to 200 characters or fewer."),
  acronym: z.string().trim().max(30, "Keep the acronym to 30 characters or fewer.").optional(),
  kind: ZOrganisationKind,
  /** ISO 3166-1 alpha-2; whether the country exists is checked against the Country table. */
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Choose a country from the list.")
    .optional(),
  iatiIdentifier: z
    .string()
    .trim()
    .max(100, "An IATI identifier has at most 100 characters.")
    .regex(IATI_ORGANISATION_IDENTIFIER, "Use an IATI organisation identifier such as US-GOV-1 or XM-DAC-41114: letters, digits, hyphens, dots and underscores.")
    .optional(),
};

export const ZCreateOrganisation = z.object(fields);
export type TCreateOrganisation = z.infer<typeof ZCreateOrganisation>;

export const ZUpdateOrganisation = z.object({
  id: z.string({ error: "Which organisation? The form is missing its id." }).trim().min(1).max(100),
  version: ZVersion,
  ...fields,
});
export type TUpdateOrganisation = z.infer<typeof ZUpdateOrganisation>;

/** The organisation list's filters, as they appear in the page's query string. */
export const ZOrganisationFilter = z.object({
  q: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  kind: ZOrganisationKind.optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Choose a country from the list.")
    .optional(),
});
export type TOrganisationFilter = z.infer<typeof ZOrganisationFilter>;
