import { getTranslations } from "@/lib/platform/i18n/server";
import { Badge } from "@/components/ui/badge";

type Organisation = { name: string; acronym: string | null };
type Props = {
  submission: {
    identityWithheld: boolean;
    organisation: Organisation | null;
    coSubmitters: readonly { identityWithheld: boolean; organisation: Organisation }[];
    withheld: { identity: boolean; coSubmitters: number };
  };
};

/**
 * Who submitted it, as the reader may see it: names the public may not see arrive already removed,
 * and are said to be withheld; a reader who sees them is told which ones the public does not.
 */
export async function Submitters({ submission }: Props) {
  const t = await getTranslations("Submissions");
  const name = (organisation: Organisation) => (organisation.acronym ? `${organisation.name} (${organisation.acronym})` : organisation.name);
  const { organisation, coSubmitters, withheld } = submission;
  const withheldMark = (withheld: boolean) => withheld && <> <Badge>{t("withheldFromPublic")}</Badge></>;
  return (
    <>
      {organisation ? (
        <>
          {name(organisation)}
          {withheldMark(submission.identityWithheld)}
        </>
      ) : (
        <span className="muted">{t("nameWithheld")}</span>
      )}
      {coSubmitters.map((entry) => (
        <span key={entry.organisation.name}>
          {", "}
          {name(entry.organisation)}
          {withheldMark(entry.identityWithheld)}
        </span>
      ))}
      {withheld.coSubmitters > 0 && <span className="muted">{t("moreWithheld", { count: withheld.coSubmitters })}</span>}
    </>
  );
}
