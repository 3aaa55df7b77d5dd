import { getRequestConfig } from "next-intl/server";

export const DEFAULT_LOCALE = "en";

// One language for now; the locale will come from the user's profile or the Accept-Language header
// once French and Spanish messages exist.
export default getRequestConfig(async () => {
  const locale = DEFAULT_LOCALE;
  return {
    locale,
    messages: (await import(`./messages/${locale}.json`)).default,
    timeZone: "UTC",
  };
});
