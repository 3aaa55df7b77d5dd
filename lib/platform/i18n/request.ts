import { getRequestConfig } from "next-intl/server";

export const DEFAULT_LOCALE = "en";

/** One message file per area of the app, merged; each file holds its own top-level namespaces. */
const MESSAGE_FILES = ["common", "auth", "account", "admin", "audit", "agreements", "institutions", "programs", "participation", "exchanges", "plans", "notifications", "insights", "exports", "api-docs", "iati"] as const;

// One language for now; the locale will come from the user's profile or the Accept-Language header
// once French and Spanish messages exist.
export default getRequestConfig(async () => {
  const locale = DEFAULT_LOCALE;
  const files = await Promise.all(
    MESSAGE_FILES.map(async (file) => (await import(`./messages/${locale}/${file}.json`)).default),
  );
  return { locale, messages: Object.assign({}, ...files), timeZone: "UTC" };
});
