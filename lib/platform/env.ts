import os from "node:os";
import { z } from "zod";
import { NO_TRUSTED_PROXIES, parseTrustedProxies } from "@/lib/platform/auth/client-address";

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

/** A switch that is off unless set to 1 or true. */
const flag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((value) => value === "1" || value === "true");

/** A switch that may also be left unset (undefined), for a default that depends on other settings. */
const optionalFlag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === "1" || value === "true"));

/** A switch that is on unless set to 0 or false. */
const onByDefault = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((value) => value !== "0" && value !== "false");

const smtpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return ["smtp:", "smtps:"].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, "must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.org:587");

/** A number of trusted proxy hops, or their addresses and CIDR ranges; unset: none. */
const trustedProxies = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined) return NO_TRUSTED_PROXIES;
    const parsed = parseTrustedProxies(value);
    if (typeof parsed !== "string") return parsed;
    ctx.addIssue({ code: "custom", message: parsed });
    return z.NEVER;
  });

/** A rate limit as `points/seconds` (at most that many requests in that many seconds), or 0 for none. */
const rateLimit = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .transform((value, ctx) => {
      if (value === "0") return null;
      const match = /^(\d{1,7})\/(\d{1,6})$/.exec(value);
      const points = Number(match?.[1]);
      const durationSeconds = Number(match?.[2]);
      if (match && points > 0 && durationSeconds > 0) return { points, durationSeconds };
      ctx.addIssue({ code: "custom", message: `must be requests/seconds, e.g. ${fallback} (at most ${fallback.replace("/", " requests in ")} seconds), or 0 for no limit; got "${value}"` });
      return z.NEVER;
    });

/** 24 hours unless set; at most a week: a link is a password's equivalent while it lives. */
const passwordLinkHours = z.coerce
  .number({ error: "must be a number of hours, e.g. 24" })
  .int("must be a whole number of hours")
  .min(1, "must be at least 1 hour")
  .max(168, "must be at most 168 hours (a week)")
  .default(24);

const port = z.coerce.number().int().min(1).max(65535);

/** Server processes behind PORT (`npm start`); unset: one per core. */
const webConcurrency = z.coerce
  .number({ error: "must be a number of server processes, e.g. 2" })
  .int("must be a whole number of server processes, e.g. 2")
  .min(1, "must be at least 1")
  .max(64, "must be at most 64")
  .default(() => Math.max(1, os.availableParallelism()));

/** A duration in whole milliseconds, at most ten minutes. */
const milliseconds = z.coerce.number().int("must be a whole number of milliseconds").min(0).max(600_000);

const secret = z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)");

const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return ["http:", "https:"].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, "must be an http:// or https:// URL");

const LOCAL_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/** True for an https URL, or an http one on this machine (where browsers treat http as secure). */
export function isSecureOrLocal(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === "https:" || LOCAL_HOSTS.includes(parsed.hostname);
}

/** Variables read by the launcher and the command-line scripts, before the app server runs. */
export const ZLauncherEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  /** An external PostgreSQL server; without it an embedded PostgreSQL runs under DATA_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  /**
   * Demo data and demo accounts: unset, the embedded database gets them and an external one does
   * not; DEMO=0 keeps them out of the embedded one, DEMO=1 loads them into an external one.
   */
  DEMO: optionalFlag,
  /** Where the embedded database and uploaded files live. */
  DATA_DIR: z.string().trim().min(1).default(".data"),
  EMBEDDED_PG_PORT: port.default(54329),
  PORT: port.default(3000),
  /** How many server processes `npm start` runs behind PORT, to use every core; one per core by default. */
  WEB_CONCURRENCY: webConcurrency,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Signs session cookies; generated and kept under DATA_DIR when the embedded database is used. */
  NEXTAUTH_SECRET: secret.optional(),
  /** The address users reach the app at; http://localhost:PORT by default. */
  NEXTAUTH_URL: httpUrl.optional(),
  /** The mail server notifications are emailed through; without it notifications stay in the app. */
  SMTP_URL: smtpUrl.optional(),
  /** The sender of notification emails. */
  MAIL_FROM: z.string().trim().min(3).default("Labour Cooperation Tracker <no-reply@localhost>"),
  /** `auto`: build when .next holds no build of these sources; `never`: serve .next as it is (built elsewhere); `always`. */
  NEXT_BUILD: z.enum(["auto", "never", "always"], { error: "must be auto, never or always" }).default("auto"),
  /** How long a set-password link (an invitation or a password reset) stays valid, in hours. */
  PASSWORD_LINK_HOURS: passwordLinkHours,
  /** Run the background worker (reminders, emails) inside `npm start`; WORKER=0 leaves it to `npm run worker`. */
  WORKER: onByDefault,
  /** The reverse proxies whose X-Forwarded-For and X-Real-IP are believed (checked here, used by the app). */
  TRUSTED_PROXIES: trustedProxies,
  /** The bearer token that opens /metrics; unset: /metrics answers 404. */
  METRICS_TOKEN: z.string().trim().min(16, "must be at least 16 characters (try: openssl rand -hex 24)").optional(),
  /** After SIGTERM, how long the server keeps taking new requests (while reporting not ready) before it stops accepting. */
  SHUTDOWN_GRACE_MS: milliseconds.default(5_000),
  /** After SIGTERM, how long the server may take to finish its requests before it is stopped regardless. */
  SHUTDOWN_TIMEOUT_MS: milliseconds.min(1_000).default(25_000),
  /** Requests to /api/v1 per API token, signed-in user or anonymous address. */
  API_RATE_LIMIT: rateLimit("600/60"),
  /** Requests to the API's exports and imports, per caller, counted apart from the rest. */
  API_EXPORT_RATE_LIMIT: rateLimit("30/60"),
});
export type TLauncherEnv = z.infer<typeof ZLauncherEnv>;

/** Variables the app server reads at run time. */
export const ZServerEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl,
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    DATA_DIR: ZLauncherEnv.shape.DATA_DIR,
    LOG_LEVEL: ZLauncherEnv.shape.LOG_LEVEL,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: httpUrl.default("http://localhost:3000"),
    /** OpenID Connect single sign-on: all three set, or none (then it is off). */
    OIDC_ISSUER: httpUrl.optional(),
    OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().trim().min(1).optional(),
    /** The name on the single sign-on button, e.g. the ministry's identity service. */
    OIDC_NAME: z.string().trim().min(1).default("Single sign-on"),
    /** Set: new notifications are also queued for email (the worker sends them). */
    SMTP_URL: ZLauncherEnv.shape.SMTP_URL,
    MAIL_FROM: ZLauncherEnv.shape.MAIL_FROM,
    PASSWORD_LINK_HOURS: ZLauncherEnv.shape.PASSWORD_LINK_HOURS,
    /** Which hops in front of the app may name the client's address (lib/platform/auth/client-address.ts). */
    TRUSTED_PROXIES: ZLauncherEnv.shape.TRUSTED_PROXIES,
    METRICS_TOKEN: ZLauncherEnv.shape.METRICS_TOKEN,
    SHUTDOWN_GRACE_MS: ZLauncherEnv.shape.SHUTDOWN_GRACE_MS,
    SHUTDOWN_TIMEOUT_MS: ZLauncherEnv.shape.SHUTDOWN_TIMEOUT_MS,
    API_RATE_LIMIT: ZLauncherEnv.shape.API_RATE_LIMIT,
    API_EXPORT_RATE_LIMIT: ZLauncherEnv.shape.API_EXPORT_RATE_LIMIT,
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && !isSecureOrLocal(value.NEXTAUTH_URL)) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message: "must be an https:// URL in production (session cookies are only sent over https)",
      });
    }
    const oidc = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
    const set = oidc.filter((name) => value[name]);
    if (set.length > 0 && set.length < oidc.length) {
      for (const name of oidc.filter((n) => !value[n])) {
        ctx.addIssue({ code: "custom", path: [name], message: `is required when ${set.join(" and ")} is set` });
      }
    }
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

/** The address users reach the app at (NEXTAUTH_URL, else http://localhost:PORT), for links that leave the app. */
export function appUrl(source: Source = process.env): string {
  const config = parseEnv(ZLauncherEnv.pick({ NEXTAUTH_URL: true, PORT: true }), source);
  return (config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, "");
}

/** S3 bucket names: 3–63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. */
const bucketName = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name: 3 to 63 lowercase letters, digits, dots or hyphens");

/** Where uploaded documents are kept: read by the app server, the worker and the backup scripts. */
export const ZStorageEnv = z
  .object({
    /** `local`: a directory on this machine; `s3`: a bucket in any S3-compatible store. */
    STORAGE: z.enum(["local", "s3"], { error: "must be local or s3" }).default("local"),
    DATA_DIR: ZLauncherEnv.shape.DATA_DIR,
    /** The directory for uploaded files when STORAGE=local; DATA_DIR/uploads by default. */
    UPLOAD_DIR: z.string().trim().min(1).optional(),
    /** The store's address, e.g. https://minio.example.org:9000; unset: Amazon S3 itself. */
    S3_ENDPOINT: httpUrl.optional(),
    S3_BUCKET: bucketName.optional(),
    S3_REGION: z.string().trim().min(1).default("us-east-1"),
    /** Both set, or neither (then the SDK's usual sources: AWS_* variables, instance roles). */
    S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().trim().min(1).optional(),
    /** Addresses the bucket as a path (endpoint/bucket/key), as MinIO and Ceph need. */
    S3_FORCE_PATH_STYLE: flag,
  })
  .superRefine((value, ctx) => {
    if (value.STORAGE !== "s3") return;
    if (!value.S3_BUCKET) ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "is required when STORAGE=s3" });
    const keys = ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
    const set = keys.filter((name) => value[name]);
    if (set.length === 1) {
      const missing = keys.find((name) => !value[name])!;
      ctx.addIssue({ code: "custom", path: [missing], message: `is required when ${set[0]} is set` });
    }
  });
export type TStorageEnv = z.infer<typeof ZStorageEnv>;
