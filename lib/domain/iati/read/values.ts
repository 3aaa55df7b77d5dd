import type { z } from "zod";
import { OrganisationKind as ORGANISATION_KINDS } from "@/lib/platform/db/generated/enums";
import { TRACKER_NS } from "../codes";
import { childNamed, type XmlElement } from "../xml-tree";
import type { FileOrganisation } from "./types";

/** Small readers of values, shared by the element groups' readers. */

export const isOneOf = <T extends string>(values: Record<string, T>, value: string | undefined): value is T => value !== undefined && Object.values(values).includes(value as T);

const DAY = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;

/** An xsd:date as YYYY-MM-DD, or undefined when it is not a real date. */
export function isoDay(value: string | undefined): string | undefined {
  const match = value?.trim().match(DAY);
  if (!match) return undefined;
  const date = new Date(`${match[1]}T00:00:00Z`);
  // Years before 1000 are not dates anyone means, and PostgreSQL's dates do not reach year 0.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(match[1]!) && match[1]! >= "1000" ? match[1] : undefined;
}

/** The first problem zod found with a value, as its message (a reference, rendered when shown). */
export const first = <T>(messages: z.ZodError<T>) => messages.issues[0]?.message ?? "";

/** An attribute in the tracker's namespace (written `lct:name`, whatever prefix the file binds to it). */
export function attributeIn(element: XmlElement, name: string): string | undefined {
  return element.nsAttrs[`{${TRACKER_NS}}${name}`];
}

/** A language tag's primary subtag ("en-GB" → "en"), lower-case. */
export const primaryLanguage = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";

/** The first narrative of an element's comment. */
export function comment(element: XmlElement | undefined): string | undefined {
  const text = element && childNamed(element, "comment");
  const narrative = text && childNamed(text, "narrative");
  return narrative?.text.trim() || undefined;
}

/** An organisation as the tracker's extension writes it: its name as text, ref, kind and country as attributes. */
export function trackerOrganisation(element: XmlElement): FileOrganisation {
  const kind = element.attrs.kind;
  return {
    ref: element.attrs.ref?.trim() || undefined,
    name: element.text.trim().slice(0, 300),
    kind: isOneOf(ORGANISATION_KINDS, kind) ? kind : "OTHER",
    ...(element.attrs.country && /^[A-Z]{2}$/.test(element.attrs.country) ? { countryCode: element.attrs.country } : {}),
    names: {},
  };
}

/**
 * Adds decimal strings exactly, in units of 1/10,000 (the precision amounts are stored with). A
 * correction is negative ("-20.5"): its sign holds for the fraction too, and the sum may be negative.
 */
export function sumDecimals(values: string[]): string {
  const total = values.reduce((sum, value) => {
    const [whole, fraction = ""] = value.replace(/^-/, "").split(".");
    const units = BigInt(whole!) * 10_000n + BigInt((fraction + "0000").slice(0, 4));
    return value.startsWith("-") ? sum - units : sum + units;
  }, 0n);
  const size = total < 0n ? -total : total;
  const fraction = (size % 10_000n).toString().padStart(4, "0").replace(/0+$/, "");
  return `${total < 0n ? "-" : ""}${size / 10_000n}${fraction ? `.${fraction}` : ""}`;
}
