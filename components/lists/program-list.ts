import "server-only";
import { listBeneficiaryCountries } from "@/lib/domain/programs/list-beneficiary-countries";
import { listParticipatingOrganisations } from "@/lib/domain/programs/list-participating-organisations";
import { HEALTH_FILTERS, PROGRAM_SORTS, ZProgramFilter } from "@/lib/domain/programs/schemas";
import { choice, defineListFilters, loadedChoice, sort, text } from "@/lib/platform/api/list-query";
import { LabourTopic, ProgramStatus, ProgramType } from "@/lib/platform/db/generated/enums";
import { agreementChoices } from "./choice-loaders";

/** The program register's filters, in the order its form shows them. */
export const PROGRAM_LIST = defineListFilters(
  {
    q: text(),
    agreement: loadedChoice(agreementChoices),
    type: choice(ProgramType, { namespace: "ProgramType" }),
    status: choice(ProgramStatus, { namespace: "ProgramStatus" }),
    // The countries some program benefits, and the one chosen, so that the filter keeps showing it.
    country: loadedChoice(async ({ chosen }) => (await listBeneficiaryCountries(chosen)).map((country) => ({ value: country.code, label: country.name }))),
    topic: choice(LabourTopic, { namespace: "LabourTopic" }),
    organisation: loadedChoice(async () => (await listParticipatingOrganisations()).map((organisation) => ({ value: organisation.id, label: organisation.name }))),
    year: text("number", { min: 1950, max: 2100 }),
    visibility: choice(["DRAFT", "PUBLISHED"], (value) => value.toLowerCase(), { signedIn: true }),
    health: choice(HEALTH_FILTERS, { namespace: "Health" }),
    sort: sort(PROGRAM_SORTS),
  },
  ZProgramFilter,
  { path: "/programs", form: "programs", namespace: "Programs", search: true, messages: { invalidPage: "invalidPage" } },
);
