import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import type { ChecklistFix, ChecklistItem } from "@/lib/domain/programs/publish-checklist";
import { PROGRAM_FORM_ID } from "./program-form-values";
import styles from "./publish-checklist.module.css";

/** Where an item is fixed: a field of the edit form, or a tab of the program's page. */
function fixHref(programId: string, fix: NonNullable<ChecklistFix>): string {
  return "field" in fix ? `/programs/${programId}/edit#${PROGRAM_FORM_ID}-${fix.field}` : `/programs/${programId}?tab=${fix.tab}`;
}

/**
 * The publishing checklist in two lists, required then recommended: each item said done or
 * missing in words (not by colour alone), with what it asks for and a link to where it is fixed.
 */
export async function PublishChecklist({ programId, items }: { programId: string; items: ChecklistItem[] }) {
  const t = await getTranslations("Publishing");
  const groups = [
    { id: "required", heading: t("requiredHeading"), intro: t("requiredIntro"), items: items.filter((item) => item.blocking) },
    { id: "advice", heading: t("adviceHeading"), intro: t("adviceIntro"), items: items.filter((item) => !item.blocking) },
  ];
  return (
    <>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`checklist-${group.id}`}>
          <h2 id={`checklist-${group.id}`}>{group.heading}</h2>
          <p>{group.intro}</p>
          <ul className={styles.checklist}>
            {group.items.map((item) => (
              <li key={item.key} className={styles.item} data-done={item.done}>
                <span className={item.done ? styles.done : styles.missing}>
                  <span aria-hidden="true">{item.done ? "✓ " : "✗ "}</span>
                  {item.done ? t("done") : t("missing")}
                </span>{" "}
                <strong>{t(`item.${item.key}.label`)}</strong>
                <span className={styles.hint}>{t(`item.${item.key}.hint`)}</span>
                {!item.done && item.fix && (
                  <Link href={fixHref(programId, item.fix)} className={styles.fix}>
                    {t(`item.${item.key}.fix`)}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
