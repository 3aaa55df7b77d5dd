import { getTranslations } from "next-intl/server";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { listPublicAgreements } from "@/lib/agreements/list-public-agreements";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [t, tApp, agreements] = await Promise.all([
    getTranslations("Home"),
    getTranslations("App"),
    listPublicAgreements(),
  ]);
  return (
    <>
      <p className="lead">{tApp("tagline")}</p>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {agreements.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="card-list" aria-label={t("title")}>
          {agreements.map((agreement) => (
            <li key={agreement.id}>
              <AgreementCard agreement={agreement} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
