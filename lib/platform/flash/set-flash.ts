import "server-only";
import { cookies } from "next/headers";
import { FLASH_COOKIE, type FlashKey } from "./flash-note";

/**
 * Leaves a confirmation for the next page ("Program saved."), from a server action about to
 * redirect. The cookie lives a minute at most: long enough for the redirect, short enough that a
 * later visit does not confirm it again if the page could not clear it.
 */
export async function setFlash(key: FlashKey, title?: string): Promise<void> {
  (await cookies()).set(FLASH_COOKIE, JSON.stringify({ key, ...(title && { title: title.slice(0, 300) }) }), {
    path: "/",
    maxAge: 60,
    sameSite: "lax",
    // The page's script clears it once shown.
    httpOnly: false,
  });
}
