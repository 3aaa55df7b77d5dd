// What the load benchmark measures against: the benchmark database (with pg_stat_statements to
// count statements), a typical published program to open, and a signed-in analyst with an API token.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { BENCH_DATA_DIR, BENCH_PORT } from "@/bench/bench-database";
import { hashToken, generateToken } from "@/lib/platform/api-tokens/token-hash";
import { hashPassword } from "@/lib/platform/auth/password";
import { startEmbeddedPostgres } from "@/lib/platform/db/embedded";

export const DATABASE = "lct_bench";
const BENCH_EMAIL = "bench.analyst@bench.test";
const BENCH_PASSWORD = randomBytes(18).toString("base64url");

export async function openServer() {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) return { url: Object.assign(new URL(external), { pathname: `/${DATABASE}` }).toString(), stop: async () => {} };
  // pg_stat_statements counts the statements each route runs; transaction control is left out.
  const server = await startEmbeddedPostgres({
    dataDir: BENCH_DATA_DIR,
    port: BENCH_PORT,
    settings: { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track_utility": "off", "pg_stat_statements.max": "10000" },
  });
  return { url: Object.assign(new URL(server.url), { pathname: `/${DATABASE}` }).toString(), stop: server.stop };
}

/** The volumes, a typical program to open, and a signed-in analyst with an API token. */
export async function prepare(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((error: unknown) => {
    throw new Error(`Cannot open ${DATABASE} (${error instanceof Error ? error.message : String(error)}). Fill it first: npm run bench:data -- --programs 20000`);
  });
  try {
    const count = async (table: string) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
    const volumes = { programs: await count("CooperationProgram"), transactions: await count("Transaction"), indicators: await count("Indicator"), auditEvents: await count("AuditEvent") };
    if (!volumes.programs) throw new Error(`${DATABASE} has no programs. Fill it first: npm run bench:data -- --programs 20000`);
    // A published program with a typical amount of data: the median number of transactions.
    const program = (
      await client.query<{ id: string }>(
        `WITH counted AS (SELECT p."id", count(t."id") AS n FROM "CooperationProgram" p LEFT JOIN "Transaction" t ON t."programId" = p."id"
          WHERE p."visibility" = 'PUBLISHED' GROUP BY p."id")
         SELECT "id" FROM counted ORDER BY abs(n - (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) FROM counted)), "id" LIMIT 1`,
      )
    ).rows[0]!.id;
    const organisation = (await client.query<{ id: string }>(`SELECT "id" FROM "Organisation" WHERE "kind" = 'OTHER' ORDER BY "id" LIMIT 1`)).rows[0]?.id
      ?? (await client.query<{ id: string }>(`SELECT "id" FROM "Organisation" ORDER BY "id" LIMIT 1`)).rows[0]!.id;
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const user = (
      await client.query<{ id: string }>(
        `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "organisationId", "updatedAt") VALUES ($1, $2, 'Bench Analyst', $3, 'ANALYST', $4, now())
         ON CONFLICT ("email") DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", "disabled" = false RETURNING "id"`,
        [`bench-analyst-${randomBytes(6).toString("hex")}`, BENCH_EMAIL, passwordHash, organisation],
      )
    ).rows[0]!.id;
    const token = generateToken();
    await client.query(`INSERT INTO "ApiToken" ("id", "userId", "name", "prefix", "tokenHash") VALUES ($1, $2, 'bench', $3, $4)`, [`bench-token-${randomBytes(6).toString("hex")}`, user, token.slice(0, 12), hashToken(token)]);
    await client.query(`DELETE FROM "SignInThrottle"`).catch(() => undefined);
    return { volumes, programId: program, token };
  } finally {
    await client.end();
  }
}

/** Signs in through next-auth's credentials flow, as the sign-in form does; the session cookie. */
export async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email: BENCH_EMAIL, password: BENCH_PASSWORD, callbackUrl: base, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!).find((cookie) => /session-token=/.test(cookie));
  if (!session) throw new Error(`Signing in as ${BENCH_EMAIL} failed (status ${response.status}).`);
  return session;
}
