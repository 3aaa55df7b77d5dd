import { z } from "zod";

/** Raised when the environment is missing a variable or holds a malformed one. */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return ["postgres:", "postgresql:"].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, "must be a postgresql:// connection URL");

const flag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((value) => value === "1" || value === "true");

const port = z.coerce.number().int().min(1).max(65535);

/** Variables read by the launcher and the command-line scripts, before the app server runs. */
export const ZLauncherEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  /** An external PostgreSQL server; without it an embedded PostgreSQL runs under DATA_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  /** Load demo data and demo accounts into an external database. */
  DEMO: flag,
  /** Where the embedded database and uploaded files live. */
  DATA_DIR: z.string().trim().min(1).default(".data"),
  EMBEDDED_PG_PORT: port.default(54329),
  PORT: port.default(3000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});
export type TLauncherEnv = z.infer<typeof ZLauncherEnv>;

/** Variables the app server reads at run time. */
export const ZServerEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATA_DIR: ZLauncherEnv.shape.DATA_DIR,
  LOG_LEVEL: ZLauncherEnv.shape.LOG_LEVEL,
});
export type TServerEnv = z.infer<typeof ZServerEnv>;

type Source = Record<string, string | undefined>;

/** Parses `source` with `schema`, naming every missing or malformed variable in one error. */
export function parseEnv<T extends z.ZodType>(schema: T, source: Source = process.env): z.infer<T> {
  // An empty string means "unset": shells and .env files often leave variables blank.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => {
      const name = issue.path.join(".");
      return issue.code === "invalid_type" && cleaned[name] === undefined
        ? `${name} is required but not set`
        : `${name}: ${issue.message}`;
    }),
  );
}

let serverEnv: TServerEnv | undefined;

/** The app server's environment, parsed once on first use. */
export function env(): TServerEnv {
  serverEnv ??= parseEnv(ZServerEnv);
  return serverEnv;
}
