import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { LanguageNote } from "@/components/i18n/localized";
import { Badge } from "@/components/ui/badge";
import { programHealth } from "@/lib/domain/monitoring/program-health";
import { localizeProgram } from "@/lib/domain/programs/localize-program";
import { HEALTH_FLAGS } from "@/lib/domain/programs/schemas";
import type { LoadedProgram } from "./tab-helpers";

/** The program's title line, its edit, publish and export links and its health card, above the tabs. */
export async function ProgramHeader({ program }: { program: LoadedProgram }) {
  const [t, tIati, tType, tStatus, tPublish, locale] = await Promise.all([
    getTranslations("Program"),
    getTranslations("Iati"),
    getTranslations("ProgramType"),
    getTranslations("ProgramStatus"),
    getTranslations("Publishing"),
    getLocale(),
  ]);
  const { title } = localizeProgram(program, locale);
  return (
    <>
      <p>
        <Link href="/programs">← {t("backToList")}</Link>
      </p>
      <h1 lang={title.language}>{title.text}</h1>
      <LanguageNote shown={title} block />
      <p className="muted">
        {program.identifier} · <Link href={`/agreements/${program.agreement.id}`}>{program.agreement.shortName}</Link> · {tType(program.type)} ·{" "}
        {tStatus(program.status)} {program.visibility === "DRAFT" ? <Badge>{t("draft")}</Badge> : <Badge>{t("published")}</Badge>}
      </p>
      <p>
        {program.mayEdit && (
          <>
            <Link href={`/programs/${program.id}/edit`} className="button">
              {t("edit")}
            </Link>{" "}
            {/* Publishing starts from the checklist of what is still missing. */}
            <Link href={`/programs/${program.id}/publish`} className="button">
              {program.visibility === "DRAFT" ? tPublish("publishLink") : tPublish("unpublishLink")}
            </Link>{" "}
          </>
        )}
        <a href={`/api/v1/programs/${program.id}/iati.xml`} download>
          {tIati("exportProgram")}
        </a>
      </p>
      <HealthCard programId={program.id} />
    </>
  );
}

async function HealthCard({ programId }: { programId: string }) {
  const [tHealth, health] = await Promise.all([getTranslations("Health"), programHealth([programId])]);
  const flags = HEALTH_FLAGS.filter((flag) => health.get(programId)?.[flag]);
  return (
    <section aria-labelledby="health-title" className="card">
      <h2 id="health-title">{tHealth("title")}</h2>
      {flags.length > 0 ? (
        <ul>
          {flags.map((flag) => (
            <li key={flag}>
              <Link href={`/programs?health=${flag}`}>{tHealth(flag)}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{tHealth("ok")}</p>
      )}
    </section>
  );
}
