import "server-only";

/** Rows fetched per query while an export streams; memory holds one batch at a time. */
export const EXPORT_BATCH = 1000;

/**
 * The rows of a keyset-paged query, one at a time: each batch is fetched after the last row of the
 * one before (`fetch(undefined, size)` fetches the first), until a batch comes back short.
 */
export async function* keysetRows<T>(fetch: (after: T | undefined, size: number) => Promise<T[]>, size = EXPORT_BATCH): AsyncGenerator<T> {
  let after: T | undefined;
  for (;;) {
    const batch = await fetch(after, size);
    yield* batch;
    if (batch.length < size) return;
    after = batch.at(-1);
  }
}

/** A calendar date as YYYY-MM-DD, or nothing. */
export const isoDay = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** A moment as an ISO 8601 timestamp in UTC, or nothing. */
export const isoTime = (value: Date | null) => (value ? value.toISOString() : null);

/** The rows, each passed through `map` as it is read (one at a time, like the rows themselves). */
export async function* mapRows<T, U>(rows: AsyncIterable<T>, map: (row: T) => U): AsyncGenerator<U> {
  for await (const row of rows) yield map(row);
}
