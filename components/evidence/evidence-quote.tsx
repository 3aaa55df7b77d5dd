import { getTranslations } from "next-intl/server";

/** A quotation framing the evidence, with a link to its source. */
export async function EvidenceQuote({ quote, source, href }: { quote: "annanQuote" | "iloQuote"; source: "annanSource" | "iloSource"; href: string }) {
  const t = await getTranslations("Evidence");
  return (
    <figure className="card">
      <blockquote>
        <p>{t(quote)}</p>
      </blockquote>
      <figcaption>
        {t(source)} <a href={href} rel="noopener noreferrer nofollow">{t("source")}</a>
      </figcaption>
    </figure>
  );
}
