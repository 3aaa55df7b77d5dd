import { randomUUID } from "node:crypto";

/** Keys are made here, never from user input: a year, a month and a random id. */
const KEY = /^\d{4}\/\d{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A new key for a file stored now. */
export function newStorageKey(now = new Date()): string {
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
}

/** Whether `key` is one a storage could have made; anything else is never read, written or removed. */
export function isStorageKey(key: string): boolean {
  return KEY.test(key);
}
