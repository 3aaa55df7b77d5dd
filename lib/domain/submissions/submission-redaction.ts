// What a submission withholds from those who may not see it. The records leave the data-access
// layer already redacted, so that no page, export or API answer can show what it never received.

type Named = { identityWithheld: boolean; organisation: { id: string } };
type Shape = {
  identityWithheld: boolean;
  organisationId: string;
  organisation: { id: string };
  coSubmitters: readonly (Named & { organisationId: string })[];
  documents?: readonly { withheld: boolean }[];
};

/** The record without what is withheld: the submitter's id and name, withheld co-submitters and documents; `withheld` counts them. */
export type Redactable<T extends Shape> = Omit<T, "organisationId" | "organisation"> & {
  organisationId: string | null;
  organisation: T["organisation"] | null;
  withheld: { identity: boolean; coSubmitters: number; documents: number };
};

export function withheldFrom<T extends Shape>(record: T, seesWithheld: boolean): Redactable<T> {
  const hidden = <E extends { identityWithheld?: boolean; withheld?: boolean }>(entry: E) => !seesWithheld && Boolean(entry.identityWithheld ?? entry.withheld);
  const identity = !seesWithheld && record.identityWithheld;
  return {
    ...record,
    organisationId: identity ? null : record.organisationId,
    organisation: identity ? null : record.organisation,
    coSubmitters: record.coSubmitters.filter((entry) => !hidden(entry)),
    ...(record.documents && { documents: record.documents.filter((entry) => !hidden(entry)) }),
    withheld: {
      identity,
      coSubmitters: record.coSubmitters.filter(hidden).length,
      documents: (record.documents ?? []).filter(hidden).length,
    },
  };
}
