// PostgreSQL takes at most 32,767 parameters in one statement, and Prisma sends each value of an
// `in` list and each column of each row of a `createMany` as one. A list whose length a user
// decides — the activities of an imported file, the rows of a CSV — is therefore sent in slices.

/** Values of an `in` list per statement: well under the limit, with room for the rest of the query. */
export const IN_LIST_SLICE = 10_000;

/** Rows per `createMany`: the widest table written in bulk has about 20 columns. */
export const CREATE_MANY_SLICE = 1_000;

/** `items` in consecutive slices of at most `size`. */
export function slices<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * The rows `find` returns for each slice of `values`, together: for a `where: { x: { in: values } }`
 * over a list of any length. Slices run one after the other, as statements in a transaction must.
 */
export async function findInSlices<V, R>(values: readonly V[], find: (slice: V[]) => Promise<R[]>): Promise<R[]> {
  const rows: R[] = [];
  for (const slice of slices(values, IN_LIST_SLICE)) rows.push(...(await find(slice)));
  return rows;
}

/** Runs `create` for each slice of `rows`: for a `createMany` of any number of rows. */
export async function createInSlices<R>(rows: readonly R[], create: (slice: R[]) => Promise<unknown>): Promise<void> {
  for (const slice of slices(rows, CREATE_MANY_SLICE)) await create(slice);
}
