import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { Badge } from "@/components/ui/badge";
import { getPublicAgreement } from "@/lib/agreements/get-public-agreement";
import { ProvisionCategory } from "@/lib/db/generated/enums";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const loadAgreement = cache(getPublicAgreement);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const agreement = await loadAgreement((await params).id);
  return { title: agreement?.shortName };
}

export default async function AgreementPage({ params }: Props) {
  const agreement = await loadAgreement((await params).id);
  if (!agreement) notFound();

  const [t, tStatus, tKind, tCategory, tTopic, format] = await Promise.all([
    getTranslations("Agreement"),
    getTranslations("AgreementStatus"),
    getTranslations("AgreementKind"),
    getTranslations("ProvisionCategory"),
    getTranslations("LabourTopic"),
    getFormatter(),
  ]);
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long" }) : t("notYet"));
  const categories = Object.values(ProvisionCategory)
    .map((category) => ({ category, provisions: agreement.provisions.filter((p) => p.category === category) }))
    .filter((group) => group.provisions.length > 0);

  return (
    <>
      <p>
        <Link href="/">← {t("back")}</Link>
      </p>
      <h1>{agreement.title}</h1>
      <p>
        <Badge>{agreement.shortName}</Badge> <Badge>{tStatus(agreement.status)}</Badge>{" "}
        <Badge>{tKind(agreement.kind)}</Badge>
      </p>
      <p className="lead">{agreement.summary}</p>
      <dl className="facts">
        <dt>{t("parties")}</dt>
        <dd>{agreement.parties.map((party) => party.name).join(", ")}</dd>
        <dt>{t("signed")}</dt>
        <dd>{date(agreement.signedOn)}</dd>
        <dt>{t("inForce")}</dt>
        <dd>{date(agreement.inForceOn)}</dd>
      </dl>
      {agreement.website && (
        <p>
          <a href={agreement.website} rel="noopener noreferrer">
            {t("website")}
          </a>
        </p>
      )}

      <h2>{t("provisions")}</h2>
      {categories.length === 0 && <p>{t("noProvisions")}</p>}
      {categories.map(({ category, provisions }) => (
        <section key={category} aria-labelledby={`category-${category}`}>
          <h3 id={`category-${category}`}>{tCategory(category)}</h3>
          {provisions.map((provision) => (
            <div key={provision.id} className="provision">
              <h4>
                {provision.article} — {provision.title}
              </h4>
              <p className="muted">{tTopic(provision.topic)}</p>
              <p>{provision.text}</p>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
