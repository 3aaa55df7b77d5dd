import Link from "next/link";
import { getLocale, getTranslations } from "@/lib/platform/i18n/server";
import { can, type Viewer } from "@/lib/platform/authz";
import { LabourTopic, ProvisionCategory } from "@/lib/platform/db/generated/enums";
import type { LoadedAgreement } from "./loaded-agreement";

/** The agreement's labour chapter, by category and topic, with links to write it for those who may. */
export async function AgreementProvisions({ viewer, agreement }: { viewer: Viewer; agreement: LoadedAgreement }) {
  const [t, tCategory, tTopic, locale] = await Promise.all([getTranslations("Agreement"), getTranslations("ProvisionCategory"), getTranslations("LabourTopic"), getLocale()]);
  const mayWriteProvisions = can(viewer, "provision.manage", { countries: agreement.parties.map((party) => party.code) });
  // The labour chapter by category, then topic, in the order the enums declare them; articles in
  // their natural order (Art. 2 before Art. 10).
  const byArticle = [...agreement.provisions].sort((a, b) => a.article.localeCompare(b.article, locale, { numeric: true }));
  const categories = Object.values(ProvisionCategory)
    .map((category) => ({
      category,
      topics: Object.values(LabourTopic)
        .map((topic) => ({ topic, provisions: byArticle.filter((provision) => provision.category === category && provision.topic === topic) }))
        .filter((group) => group.provisions.length > 0),
    }))
    .filter((group) => group.topics.length > 0);
  return (
    <>
      <h2>{t("provisions")}</h2>
      {mayWriteProvisions && (
        <p>
          <Link href={`/agreements/${agreement.id}/provisions/new`}>{t("addProvision")}</Link>
        </p>
      )}
      {categories.length === 0 && <p>{t("noProvisions")}</p>}
      {categories.map(({ category, topics }) => (
        <section key={category} aria-labelledby={`category-${category}`}>
          <h3 id={`category-${category}`}>{tCategory(category)}</h3>
          {topics.map(({ topic, provisions }) => (
            <section key={topic} aria-label={`${tCategory(category)}: ${tTopic(topic)}`}>
              <h4>{tTopic(topic)}</h4>
              {provisions.map((provision) => (
                <div key={provision.id} id={`provision-${provision.id}`} className="provision">
                  <h5>
                    {provision.article} — {provision.title}
                  </h5>
                  <p className="multiline">{provision.text}</p>
                  {mayWriteProvisions && <Link href={`/provisions/${provision.id}/edit`}>{t("editProvision", { article: provision.article })}</Link>}
                </div>
              ))}
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
