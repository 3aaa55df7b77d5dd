import Link from "next/link";
import { Fragment } from "react";
import type { Actor } from "@/lib/platform/authz";
import { listImportedPrograms } from "@/lib/domain/iati/import/list-imported-programs";

/** The programs an import created and updated, each linked by its title where the reader may open it. */
export async function ImportedPrograms({ actor, result, headings }: { actor: Actor; result: { created: string[]; updated: string[] }; headings: Record<"created" | "updated", string> }) {
  const programs = await listImportedPrograms(actor, { result });
  const link = (identifier: string) => {
    const program = programs.find((candidate) => candidate.identifier === identifier);
    return program ? <Link href={`/programs/${program.id}`}>{program.title}</Link> : identifier;
  };
  return (["created", "updated"] as const).map((kind) =>
    result[kind].length > 0 ? (
      <Fragment key={kind}>
        <h3>{headings[kind]}</h3>
        <ul>
          {result[kind].map((identifier) => (
            <li key={identifier}>{link(identifier)}</li>
          ))}
        </ul>
      </Fragment>
    ) : null,
  );
}
