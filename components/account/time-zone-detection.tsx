import { requestTimeZone } from "@/lib/platform/i18n/request-time-zone";
import { DetectTimeZone } from "./detect-time-zone";

/**
 * For the root layout: asks the browser for its time zone while the server has none to go by, a
 * visitor without the cookie or a signed-in person whose account has no zone yet. Once known, the
 * page is rendered with nothing for the browser to do.
 */
export async function TimeZoneDetection() {
  const { timeZone, source, signedIn } = await requestTimeZone();
  return source === "default" || (signedIn && source !== "account") ? <DetectTimeZone save={signedIn} renderedIn={timeZone} /> : null;
}
