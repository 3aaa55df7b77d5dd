import type { Prisma } from "@/lib/platform/db/generated/client";
import { factories, row, unique } from "./row";

type DocumentGiven = Partial<Prisma.DocumentCreateManyInput>;

/** A linked document row (an IATI document category and a URL); attach it with programId, measureId, meetingId or exchangeId. */
export function documentRow<Given extends DocumentGiven>(given: Given) {
  const title = given.title ?? `Document ${unique()}`;
  return row({ category: "A01", url: `https://example.org/${encodeURIComponent(title)}` }, { ...given, title });
}

export const { one: createDocument, many: createDocuments } = factories((db) => db.document, documentRow<DocumentGiven>);
