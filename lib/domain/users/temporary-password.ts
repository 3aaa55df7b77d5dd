import "server-only";
import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the administrator reads the password out or types it into a message.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A temporary password of 16 characters in four groups ("Kx7m-pQ4t-…"), about 92 random bits,
 * drawn without bias from the operating system's cryptographic generator.
 */
export function generateTemporaryPassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < 4; group++) {
    let chars = "";
    for (let i = 0; i < 4; i++) chars += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(chars);
  }
  return groups.join("-");
}
