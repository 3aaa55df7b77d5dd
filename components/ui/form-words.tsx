"use client";

import { createContext, use } from "react";
import forms from "@/lib/platform/i18n/messages/en/forms.json";

/** The words every form's outcome uses, already in the reader's language. */
export type FormWords = { problemTitle: string };

const Words = createContext<FormWords>({ problemTitle: forms.Forms.problemTitle });

/**
 * Hands the forms their shared words, written on the server: a plain context, so that a page whose
 * forms take all their words as props (a program's page) loads no message formatting library in the
 * browser. Without it the words are English.
 */
export function FormWordsProvider({ words, children }: { words: FormWords; children?: React.ReactNode }) {
  return <Words value={words}>{children}</Words>;
}

export const useFormWords = () => use(Words);
