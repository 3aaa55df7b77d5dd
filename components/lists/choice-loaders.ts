import "server-only";
import { cache } from "react";
import { listAgreementOptions } from "@/lib/domain/agreements/list-agreement-options";
import { listPartyCountries } from "@/lib/domain/exchanges/list-party-countries";
import { listCountries } from "@/lib/domain/organisations/list-countries";
import { listContactPointOptions } from "@/lib/domain/submissions/list-contact-points";
import type { ListOption } from "@/lib/platform/api/list-query";

// The choices several lists offer, each loaded once a request however many filters offer it.

const countryChoices = (countries: { code: string; name: string }[]): ListOption[] => countries.map((country) => ({ value: country.code, label: country.name }));

/** Every agreement, by short name. */
export const agreementChoices = cache(async (): Promise<ListOption[]> => (await listAgreementOptions()).map((agreement) => ({ value: agreement.id, label: agreement.shortName })));

/** Every country of the reference list. */
export const allCountryChoices = cache(async () => countryChoices(await listCountries()));

/** The countries party to some agreement. */
export const partyCountryChoices = cache(async () => countryChoices(await listPartyCountries()));

/** Every party's contact point, by agreement: the contact points public submissions are filed with. */
export const contactPointChoices = cache(async (): Promise<ListOption[]> =>
  (await listContactPointOptions()).map((point) => ({ value: point.id, label: `${point.agreement.shortName}: ${point.name}` })),
);
