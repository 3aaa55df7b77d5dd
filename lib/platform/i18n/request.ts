import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./load-messages";
import { requestLocale } from "./request-locale";
import { requestTimeZone } from "./request-time-zone";

export { DEFAULT_LOCALE } from "./locales";

// No locale in the URL: a shared link opens in each reader's own language (see request-locale.ts).
// Moments are shown in the reader's time zone; calendar dates stay in UTC (lib/platform/format/dates.ts).
export default getRequestConfig(async () => {
  const [locale, { timeZone }] = await Promise.all([requestLocale(), requestTimeZone()]);
  return { locale, messages: await loadMessages(locale), timeZone };
});
