import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./my-work.module.css";

type Props = {
  id: string;
  /** The heading, with the number of items in all. */
  title: string;
  count: number;
  /** What to do next when there is nothing: said instead of the list. */
  empty: ReactNode;
  /** The whole list, or the place to act. */
  more: { href: string; label: string };
  children: ReactNode;
};

/** One part of "My work": its count in the heading, its first items, a link to all of them. */
export function WorkSection({ id, title, count, empty, more, children }: Props) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {count === 0 ? <p>{empty}</p> : <ul className={styles.items}>{children}</ul>}
      <p className={styles.next}>
        <Link href={more.href}>{more.label}</Link>
      </p>
    </section>
  );
}
