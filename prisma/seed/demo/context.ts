// Shared plumbing of the demo loaders: ids made before insert (so related rows go in with one
// createMany each), key → id registries that fail loudly on a typo, and date helpers.
import { randomBytes } from "node:crypto";
import type { DbTx } from "@/lib/platform/db/create-client";

let counter = 0;

/** A cuid-shaped id ("c" + time + counter + random, 25 characters), made before the row exists. */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0");
  return `c${time}${counter.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex")}`;
}

/** Maps the demo data's readable keys to database ids. */
export class Registry {
  private readonly ids = new Map<string, string>();

  constructor(private readonly what: string) {}

  add(key: string, id: string = newId()): string {
    if (this.ids.has(key)) throw new Error(`Demo data: duplicate ${this.what} "${key}"`);
    this.ids.set(key, id);
    return id;
  }

  id(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`Demo data: unknown ${this.what} "${key}"`);
    return id;
  }

  /** The id, or null when the key is null or undefined. */
  optional(key: string | null | undefined): string | null {
    return key == null ? null : this.id(key);
  }
}

export type SeedContext = {
  tx: DbTx;
  orgs: Registry;
  /** Demo users by email. */
  users: Registry;
  /** Agreements by short name. */
  agreements: Registry;
  provisions: Registry;
  institutions: Registry;
  meetings: Registry;
  decisions: Registry;
  /** Programs by IATI identifier. */
  programs: Registry;
};

export function newContext(tx: DbTx): SeedContext {
  return {
    tx,
    orgs: new Registry("organisation"),
    users: new Registry("user"),
    agreements: new Registry("agreement"),
    provisions: new Registry("provision"),
    institutions: new Registry("institution"),
    meetings: new Registry("meeting"),
    decisions: new Registry("meeting decision"),
    programs: new Registry("program"),
  };
}

/** A calendar date (UTC midnight), the way `@db.Date` columns store it. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function optionalDay(iso: string | null | undefined): Date | null {
  return iso ? day(iso) : null;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export const ANALYST_EMAIL = "analyst@demo.test";
export const GOV_MX_EMAIL = "gov.mx@demo.test";
export const GOV_US_EMAIL = "gov.us@demo.test";
export const CSO_EMAIL = "cso@demo.test";
