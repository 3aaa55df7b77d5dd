import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { CLIENT_NAMESPACES } from "@/lib/platform/i18n/client-namespaces";
import { ErrorMessagesProvider } from "./error-messages";

async function pick(namespaces: readonly string[]) {
  const messages = await getMessages();
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}

/**
 * The messages of every client component, for the part of a page that renders the forms (the
 * signed-in pages, and a public page's forms for those who may use them). Pages without forms do
 * not send them: some 20 KB that every response would otherwise carry and render.
 */
export async function ClientMessages({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider messages={await pick(CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>;
}

/**
 * The words of the error page, which any page may show, for the root layout: written here, in the
 * reader's language, and sent as plain strings (next-intl's client provider would bring its message
 * formatting library to every page).
 */
export async function ErrorPageMessages({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("Errors");
  const messages = { errorTitle: t("errorTitle"), errorBody: t("errorBody", { reference: "{reference}" }), retry: t("retry"), unavailableTitle: t("unavailableTitle"), unavailableBody: t("unavailableBody") };
  return <ErrorMessagesProvider messages={messages}>{children}</ErrorMessagesProvider>;
}
