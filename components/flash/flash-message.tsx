import { cookies } from "next/headers";
import { getTranslations } from "@/lib/platform/i18n/server";
import { FLASH_COOKIE, readFlashNote } from "@/lib/platform/flash/flash-note";
import { FlashSeen } from "./flash-seen";
import styles from "./flash-message.module.css";

/**
 * The confirmation a form left for this page ("Program saved."), in the reader's language, once:
 * the page's script clears it as soon as it is shown.
 */
export async function FlashMessage() {
  const note = readFlashNote((await cookies()).get(FLASH_COOKIE)?.value);
  if (!note) return null;
  const t = await getTranslations("Flash");
  return (
    <p role="status" className={styles.flash}>
      {t(note.key, { title: note.title ?? "" })}
      <FlashSeen />
    </p>
  );
}
