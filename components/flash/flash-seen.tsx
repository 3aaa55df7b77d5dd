"use client";

import { useEffect } from "react";

/** Clears the confirmation's cookie once the page has shown it, so that it is said only once. */
export function FlashSeen() {
  useEffect(() => {
    document.cookie = "flash=; Max-Age=0; path=/; SameSite=Lax";
  }, []);
  return null;
}
