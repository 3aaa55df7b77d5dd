import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes: 256 bits, written as 43 base64url characters. */
const TOKEN_BYTES = 32;

/** What is kept of a token: its SHA-256, base64url. A token is long and random, so a plain hash is enough. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A new set-password token and its hash; only the hash is stored. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

/** Whether a string could be one of our tokens at all; anything else is refused without a query. */
export function looksLikeLinkToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** The address a person opens to set their password: `<app URL>/set-password/<token>`. */
export function setPasswordUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/$/, "")}/set-password/${token}`;
}
