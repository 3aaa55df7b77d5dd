import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./load-messages";
import { requestLocale } from "./request-locale";

export { DEFAULT_LOCALE } from "./locales";

// No locale in the URL: a shared link opens in each reader's own language (see request-locale.ts).
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
