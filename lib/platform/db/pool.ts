import pg from "pg";

/**
 * A pg pool that gets its connection back when a checked-out connection dies. Prisma's driver
 * adapter returns a transaction's connection to the pool only after a successful ROLLBACK or
 * COMMIT; when the database goes away in the middle of a transaction both fail and the connection
 * stays checked out forever. A few such transactions (one per pool slot) and every later query
 * waits for a connection that never comes, long after the database is back.
 */
export function createPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const connect = pool.connect.bind(pool) as (callback?: unknown) => Promise<pg.PoolClient> | void;
  // With a callback (pool.query's own path) the pool releases the connection itself.
  pool.connect = ((callback?: unknown) => (callback ? connect(callback) : (connect() as Promise<pg.PoolClient>).then(releaseWhenLost))) as typeof pool.connect;
  return pool;
}

/** Releases `client` (as broken, so that the pool drops it) when its connection ends while it is checked out. */
function releaseWhenLost(client: pg.PoolClient): pg.PoolClient {
  const release = client.release;
  let released = false;
  const onEnd = () => client.release(new Error("The connection to the database ended while it was in use."));
  client.release = (error?: Error | boolean) => {
    if (released) return; // the owner may still release it after the connection ended
    released = true;
    client.removeListener("end", onEnd);
    release(error);
  };
  client.once("end", onEnd);
  return client;
}
