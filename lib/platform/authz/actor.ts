import type { Role } from "@/lib/platform/db/generated/enums";
import type { Locale } from "@/lib/platform/i18n/locales";

/** The signed-in user a request acts for, as reloaded from the database on every request. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  /** The organisation's country; a GOVERNMENT user acts for this country. */
  countryCode: string | null;
  /** The language the person chose for the app; null (or absent) until they choose one. */
  locale?: Locale | null;
  /** The IANA time zone moments are shown in; null (or absent) until known. */
  timeZone?: string | null;
};

/** Who is asking: a signed-in actor, or null for an anonymous visitor. */
export type Viewer = Actor | null;
