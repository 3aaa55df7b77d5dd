import { randomBytes } from "node:crypto";
import type { DbTx } from "@/lib/platform/db/create-client";

/** A short random suffix that keeps names, emails and identifiers unique across one test run. */
export const unique = () => randomBytes(5).toString("hex");

/**
 * A row as a factory writes it: the factory's defaults, overridden by every column the caller
 * gives. The type keeps the caller's own column types (a bench row stays a bench row).
 */
export type Row<Defaults, Given> = Omit<Defaults, keyof Given> &
  Omit<Given, keyof Defaults> & {
    [K in keyof Defaults & keyof Given]: undefined extends Given[K] ? Exclude<Given[K], undefined> | Defaults[K] : Given[K];
  };

/**
 * The defaults, then every column of `given`; a column given as undefined keeps its default, the
 * way Prisma reads undefined as "not given".
 */
export function row<Defaults extends object, Given extends object>(defaults: Defaults, given: Given): Row<Defaults, Given> {
  // Two spreads and a pass over the few defaults: the bench generator builds millions of rows.
  const out = { ...defaults, ...given } as Record<string, unknown>;
  for (const column in defaults) if (out[column] === undefined) out[column] = defaults[column];
  return out as Row<Defaults, Given>;
}

type Table<Data, Made> = {
  create(args: { data: Data }): PromiseLike<Made>;
  createMany(args: { data: Data[] }): PromiseLike<{ count: number }>;
};

/**
 * The two factories of a table whose rows need nothing else made first: one row with create (the
 * record back, for the test to use) and many rows with one createMany (the demo seed's way).
 */
export function factories<Given, Data, Made>(table: (db: DbTx) => Table<Data, Made>, build: (given: Given) => Data) {
  return {
    one: async (db: DbTx, given: Given): Promise<Made> => table(db).create({ data: build(given) }),
    many: async (db: DbTx, given: Given[]): Promise<{ count: number }> => table(db).createMany({ data: given.map((one) => build(one)) }),
  };
}
