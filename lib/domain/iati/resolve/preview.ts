import { changesNothing } from "./changes";
import type { ActivityPreview, ResolvedActivity } from "./types";

/** The preview of a resolved activity, as stored with the import and shown to the user. */
export function previewOf(resolved: ResolvedActivity): ActivityPreview {
  const { read } = resolved;
  const organisations = [resolved.funder, resolved.reporter, ...resolved.participants.map((participant) => participant.organisation), ...resolved.transactions.flatMap((transaction) => [transaction.provider, transaction.receiver])];
  const newOrganisations = [...new Map(organisations.flatMap((organisation) => (organisation?.create ? [[organisation.key, organisation.create.name] as const] : []))).values()];
  return {
    identifier: read.identifier,
    title: read.title,
    line: read.line,
    action: resolved.action,
    ...(resolved.existing && { programId: resolved.existing.id, version: resolved.existing.version }),
    problems: resolved.problems,
    counts: {
      participants: resolved.participants.length,
      budgets: resolved.action === "skip" ? read.budgets.length : resolved.budgets.length,
      transactions: resolved.action === "skip" ? read.transactions.length : resolved.transactions.length,
      indicators: read.indicators.length,
      periods: read.indicators.reduce((total, indicator) => total + indicator.periods.length, 0),
      documents: read.documents.length,
      countries: resolved.program?.beneficiaryCountries.length ?? read.beneficiaryCountries.length,
      topics: read.topics.length,
    },
    ...(resolved.changes && { changes: resolved.changes, unchanged: changesNothing(resolved.changes) }),
    ...(resolved.existing && { replaces: { budgets: resolved.existing.budgets, transactions: resolved.existing.transactions, indicators: resolved.existing.indicators } }),
    documentsKnown: resolved.existing ? read.documents.filter((document) => resolved.existing!.documentUrls.includes(document.input.url)).length : 0,
    newOrganisations: resolved.action === "skip" ? [] : newOrganisations,
  };
}
