import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TLauncherEnv } from "@/lib/platform/env";
import { LaunchError } from "./cli";

/**
 * The secret that signs session cookies: NEXTAUTH_SECRET when set. With the embedded database it
 * may be left unset, and one is generated once and kept beside the data, so that sessions survive
 * a restart. A server on DATABASE_URL is a real deployment and must be given one.
 */
export function sessionSecret(env: Pick<TLauncherEnv, "NEXTAUTH_SECRET" | "DATABASE_URL" | "DATA_DIR">): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.DATABASE_URL) {
    throw new LaunchError(
      "NEXTAUTH_SECRET is required when DATABASE_URL is set. Generate one with `openssl rand -base64 32` and keep it secret.",
    );
  }
  const file = path.resolve(env.DATA_DIR, "nextauth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const generated = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  return generated;
}
