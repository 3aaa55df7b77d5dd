import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";

export default async function NotFound() {
  const t = await getTranslations("Errors");
  return (
    <>
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </>
  );
}
