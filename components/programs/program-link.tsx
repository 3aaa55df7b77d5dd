import Link from "next/link";
import { getLocale } from "@/lib/platform/i18n/server";
import { LanguageNote } from "@/components/i18n/localized";
import { localizeProgram } from "@/lib/domain/programs/localize-program";

type Props = {
  program: { id: string; title: string; language: string; translations: unknown };
  /** Where the link goes; the program's page by default. */
  href?: string;
  /** Text before the title, inside the link ("← "). */
  prefix?: string;
};

/** A link to a program, named by its title in the reader's language, or the original with a note of its language. */
export async function ProgramLink({ program, href = `/programs/${program.id}`, prefix = "" }: Props) {
  const { title } = localizeProgram(program, await getLocale());
  return (
    <>
      <Link href={href}>
        {prefix}
        <span lang={title.language}>{title.text}</span>
      </Link>
      <LanguageNote shown={title} before=" " />
    </>
  );
}
