import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { FormWordsMessages } from "@/components/ui/form-words-messages";
import { CLIENT_NAMESPACES } from "@/lib/platform/i18n/client-namespaces";

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
  return (
    <NextIntlClientProvider messages={await pick(CLIENT_NAMESPACES)}>
      <FormWordsMessages>{children}</FormWordsMessages>
    </NextIntlClientProvider>
  );
}
