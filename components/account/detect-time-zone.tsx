"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { saveBrowserTimeZoneAction } from "@/lib/domain/users/time-zone-actions";
import { TIME_ZONE_COOKIE } from "@/lib/platform/i18n/time-zones";

const SENT = "time-zone-sent";
const A_YEAR = 365 * 24 * 60 * 60;
// IANA names only ("America/Tegucigalpa", "Etc/GMT+6"): safe in a cookie as they are. The server checks the name again.
const ZONE_NAME = /^[A-Za-z0-9_+\-/]{1,64}$/;

/**
 * Tells the server this browser's time zone, when it does not know one yet: in the "tz" cookie
 * (which every request reads) and, for a signed-in person whose account has none, on the account
 * (`save`). Then the page is rendered again in that zone, unless it was rendered in it already
 * (`renderedIn`, UTC for a first visit): a browser in UTC gets nothing new from a second render.
 * Once per browser session and state, so that a zone the server refuses is not sent on every page.
 * No server action sets the cookie: a page re-rendered by one could land on top of a navigation
 * the person started meanwhile.
 */
export function DetectTimeZone({ save, renderedIn }: { save: boolean; renderedIn: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const sent = `${zone}|${save}`;
    if (!zone || !ZONE_NAME.test(zone) || sessionStorage.getItem(SENT) === sent) return;
    sessionStorage.setItem(SENT, sent);
    document.cookie = `${TIME_ZONE_COOKIE}=${zone}; path=/; max-age=${A_YEAR}; samesite=lax${location.protocol === "https:" ? "; secure" : ""}`;
    const saved = save ? saveBrowserTimeZoneAction(zone) : Promise.resolve();
    if (zone !== renderedIn) void saved.then(() => router.refresh());
  }, [router, save, renderedIn]);
  return null;
}
