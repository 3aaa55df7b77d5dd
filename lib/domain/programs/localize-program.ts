import "server-only";
import { readTranslations } from "@/lib/domain/iati/translations";
import { localizedText, type LocalizedText } from "@/lib/platform/i18n/localized-text";

type ProgramTexts = { title: string; summary?: string; objectives?: string; language: string; translations: unknown };

export type LocalizedProgramTexts = { title: LocalizedText; summary: LocalizedText; objectives: LocalizedText };

/** A program's title, summary and objectives as the reader should see them (see localizedText). */
export function localizeProgram(program: ProgramTexts, readerLocale: string): LocalizedProgramTexts {
  const translations = readTranslations(program.translations);
  const choose = (field: "title" | "summary" | "objectives") => localizedText(program[field] ?? "", program.language, translations[field], readerLocale);
  return { title: choose("title"), summary: choose("summary"), objectives: choose("objectives") };
}

/** The Prisma select of what localizeProgram needs besides the texts themselves. */
export const PROGRAM_LANGUAGE_SELECT = { language: true, translations: true } as const;
