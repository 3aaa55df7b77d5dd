import { getTranslations } from "@/lib/platform/i18n/server";
import { FormWordsProvider } from "./form-words";

/** The forms' shared words for the part of a page that renders forms, in the reader's language. */
export async function FormWordsMessages({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("Forms");
  return <FormWordsProvider words={{ problemTitle: t("problemTitle") }}>{children}</FormWordsProvider>;
}
