import { getTranslations } from "@/lib/platform/i18n/server";
import type { FormState } from "@/lib/platform/actions/form-state";
import { AttachDocumentFormView, type AttachDocumentWords } from "./document-form-views";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** The form's name, which tells it apart from the page's other such forms (one per measure). */
  label?: string;
  /** The ids that say what the document is attached to. */
  hidden: Record<string, string>;
  categories: { value: string; label: string }[];
  maxBytes: number;
  /** When given, a box to tick to keep the document from the public. */
  withheldLabel?: string;
};

/**
 * Attaches a link or uploads a file with its IATI document category. Its words are written here, on
 * the server: the form in the browser reads no messages, so a page with it loads no message
 * formatting library.
 */
export async function AttachDocumentForm(props: Props) {
  const t = await getTranslations("ProgramParts");
  const megabytes = Math.floor(props.maxBytes / (1024 * 1024));
  const keys = ["attach", "attaching", "documentTitle", "category", "choose", "url", "urlHint", "file", "language", "languageHint", "documentDate"] as const;
  const words: AttachDocumentWords = {
    ...(Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<(typeof keys)[number], string>),
    fileHint: t("fileHint", { megabytes }),
    tooLarge: t("tooLarge", { megabytes }),
  };
  return <AttachDocumentFormView {...props} words={words} />;
}
