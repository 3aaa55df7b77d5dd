import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import type { InstitutionListItem } from "@/lib/domain/institutions/list-institutions";
import { ListTable, type ListColumn } from "./list-table";

/** A website's host name, a link text that tells one row's website from another's. */
function siteName(url: string) {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Whom to contact at an institution: a name, an email, a phone and a website, whichever it has. */
function Contact({ institution }: { institution: InstitutionListItem }) {
  const { contactName, contactEmail, contactPhone, website } = institution;
  if (!contactName && !contactEmail && !contactPhone && !website) return "—";
  return (
    <>
      {contactName && <div>{contactName}</div>}
      {contactEmail && (
        <div>
          <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
        </div>
      )}
      {contactPhone && <div>{contactPhone}</div>}
      {website && (
        <div>
          <a href={website} rel="noopener noreferrer">
            {siteName(website)}
          </a>
        </div>
      )}
    </>
  );
}

/** One page of the institution directory, with whom to contact at each. */
export async function InstitutionListTable({ institutions }: { institutions: InstitutionListItem[] }) {
  const [t, tKind] = await Promise.all([getTranslations("Institutions"), getTranslations("InstitutionKind")]);
  const name = (institution: InstitutionListItem) => (
    <>
      <Link href={`/institutions/${institution.id}`}>{institution.name}</Link>
      <br />
      <span className="muted">{tKind(institution.kind)}</span>
    </>
  );
  const columns: ListColumn<InstitutionListItem>[] = [
    { label: t("agreement"), cell: (institution) => <Link href={`/agreements/${institution.agreement.id}`}>{institution.agreement.shortName}</Link> },
    { label: t("institution"), cell: name },
    { label: t("serves"), cell: (institution) => institution.country?.name ?? t("allParties") },
    { label: t("host"), cell: (institution) => institution.hostOrganisation?.name ?? "—" },
    { label: t("contact"), cell: (institution) => <Contact institution={institution} /> },
  ];
  return <ListTable rows={institutions} columns={columns} caption={t("caption")} none={t("none")} />;
}
