import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listHref, type ListDefinition, type ListRead } from "@/lib/platform/api/list-query";

type Props = { list: ListDefinition; read: ListRead; nextCursor: string | null };

/**
 * A list's links to its first page (when not on it) and to the next one (when there is one), both
 * keeping the filters that apply and the page size asked for; nothing when there is neither.
 */
export async function Pager({ list, read, nextCursor }: Props) {
  const t = await getTranslations(list.namespace);
  const { messages } = list;
  const first = messages.first && !read.atStart && <Link href={listHref(list, read)}>{t(messages.first)}</Link>;
  const next = nextCursor && <Link href={listHref(list, read, nextCursor)}>{t(messages.next)}</Link>;
  if (!first && !next) return null;
  const links = (
    <>
      {first}
      {first && next && " · "}
      {next}
    </>
  );
  return messages.pages ? <nav aria-label={t(messages.pages)}>{links}</nav> : <p>{links}</p>;
}
