import "server-only";
import type { Prisma } from "@/lib/platform/db/generated/client";

const COUNTRY = { select: { code: true, name: true } } as const;

/** An exchange as the log lists it. */
export const EXCHANGE_LIST_SELECT = {
  id: true,
  date: true,
  kind: true,
  title: true,
  summary: true,
  link: true,
  isPublic: true,
  language: true,
  translations: true,
  version: true,
  agreement: { select: { id: true, shortName: true } },
  fromCountry: COUNTRY,
  toCountry: COUNTRY,
  _count: { select: { provisions: true, documents: true } },
} satisfies Prisma.InformationExchangeSelect;

/** An exchange as its page shows it, with its provisions and documents. */
export const EXCHANGE_DETAIL_SELECT = {
  ...EXCHANGE_LIST_SELECT,
  agreement: { select: { id: true, shortName: true, title: true } },
  createdAt: true,
  updatedAt: true,
  provisions: { select: { provision: { select: { id: true, article: true, title: true } } } },
  documents: {
    orderBy: [{ documentDate: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: { id: true, title: true, category: true, url: true, fileName: true, sizeBytes: true, languageCode: true, documentDate: true },
  },
} satisfies Prisma.InformationExchangeSelect;
