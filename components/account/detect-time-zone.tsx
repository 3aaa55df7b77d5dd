"use client";

import { useEffect } from "react";
import { detectTimeZoneAction } from "@/lib/domain/users/time-zone-actions";

const SENT = "time-zone-sent";

/**
 * Tells the server this browser's time zone, when it does not know one yet (for a signed-in person:
 * when the account has none). Once per browser session, so that a zone the server refuses is not
 * sent on every page.
 */
export function DetectTimeZone() {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || sessionStorage.getItem(SENT) === zone) return;
    sessionStorage.setItem(SENT, zone);
    void detectTimeZoneAction(zone);
  }, []);
  return null;
}
