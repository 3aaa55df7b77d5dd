import { getTranslations } from "@/lib/platform/i18n/server";
import { ErrorMessagesProvider } from "./error-messages";

/**
 * The words of the error page, which any page may show, for the root layout: written here, in the
 * reader's language, and sent as plain strings. Kept apart from <ClientMessages>: a module the root
 * layout imports brings every client component it names to every page, and next-intl's client
 * provider would bring its message formatting library.
 */
export async function ErrorPageMessages({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("Errors");
  const messages = { errorTitle: t("errorTitle"), errorBody: t("errorBody", { reference: "{reference}" }), retry: t("retry"), unavailableTitle: t("unavailableTitle"), unavailableBody: t("unavailableBody") };
  return <ErrorMessagesProvider messages={messages}>{children}</ErrorMessagesProvider>;
}
