import { createHash, randomBytes } from "node:crypto";

/** Every token starts with this, so that secret scanners and people can recognise one. */
export const TOKEN_PREFIX = "lct_";

/** A new token: 256 random bits. Only its hash is ever stored. */
export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** SHA-256 is enough for a random 256-bit token: there is nothing to guess from its hash. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
