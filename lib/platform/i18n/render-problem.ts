// use-intl/core, not next-intl: next-intl's react-server entry also loads its client provider,
// which fails outside Next.js (scripts run with the react-server condition).
import { createTranslator } from "use-intl/core";
import type { FieldErrors } from "@/lib/platform/errors/app-error";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { PROBLEM_MESSAGES } from "./problem-catalogue";
import { readProblem, type ProblemKey, type ProblemValues } from "./problem";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const translators = new Map<Locale, Translate>();

function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    // A message missing from a translation (the parity test forbids it) is still said, in English.
    const english = createTranslator({ locale: DEFAULT_LOCALE, messages: PROBLEM_MESSAGES.en }) as unknown as Translate;
    t = createTranslator({
      locale,
      messages: PROBLEM_MESSAGES[locale],
      onError: () => undefined,
      getMessageFallback: ({ key, namespace }) => english(namespace ? `${namespace}.${key}` : key),
    }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t;
}

function render(key: ProblemKey, values: ProblemValues, locale: Locale): string {
  const t = translator(locale);
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    // A value may itself be a message: a field's name, or a reference (a reason given by a rule).
    const ref = typeof value === "string" ? readProblem(value) : null;
    plain[name] = typeof value === "object" && value ? t(value.$key) : ref ? render(ref.key, ref.values, locale) : value;
  }
  return t(key, plain);
}

/** A message in the reader's language: a problem reference rendered, plain text as it is. */
export function renderProblem(text: string, locale: Locale): string {
  const ref = readProblem(text);
  return ref ? render(ref.key, ref.values, locale) : text;
}

/** Every field's messages in the reader's language. */
export function renderFieldErrors(fieldErrors: FieldErrors, locale: Locale): FieldErrors {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map((message) => renderProblem(message, locale))]));
}
