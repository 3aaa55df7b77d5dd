import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";

/** The records whose edit pages say who may change them to a reader who may only see them. */
export type RefusedRecord = "program" | "agreement" | "plan" | "exchange" | "institution" | "submission" | "other";

const LIST_OF: Record<RefusedRecord, string> = {
  program: "/programs",
  agreement: "/agreements",
  plan: "/plans",
  exchange: "/exchanges",
  institution: "/institutions",
  submission: "/submissions",
  other: "/",
};

/**
 * What a signed-in reader sees, with HTTP 403, on the edit page of a record they may read but not
 * change: that they may not, and who can. A record they may not even read stays "not found".
 */
export async function RefusalPage({ record }: { record: RefusedRecord }) {
  const t = await getTranslations("Refusal");
  return (
    <>
      <h1>{t(`${record}.title`)}</h1>
      <p>{t(`${record}.who`)}</p>
      <p>{t("readOnly")}</p>
      <p>
        <Link href={LIST_OF[record]}>{t(`${record}.back`)}</Link>
      </p>
    </>
  );
}
