import "server-only";
import type { DbTx } from "@/lib/platform/db";
import { Prisma } from "@/lib/platform/db/generated/client";
import { fieldErrorsOf } from "@/lib/platform/api/field-errors";
import { ZCreateTransaction } from "@/lib/domain/funding/schemas";
import { organisationIndex } from "@/lib/domain/organisations/organisation-index";
import type { ImportPreview, ImportRow } from "./import-file";
import { problem } from "@/lib/platform/i18n/problem";

/** Checks every row without writing anything. */
export async function checkImportRows(tx: DbTx, programId: string, records: Record<string, string>[]): Promise<ImportPreview> {
  const program = await tx.cooperationProgram.findUniqueOrThrow({ where: { id: programId }, select: { currencyCode: true } });
  const organisations = await organisationIndex(tx);
  const currencies = new Set((await tx.currency.findMany({ select: { code: true } })).map((currency) => currency.code));
  const existing = new Set(
    (await tx.transaction.findMany({ where: { programId }, select: { type: true, date: true, amount: true, currencyCode: true } })).map(
      (row) => `${row.type}|${row.date.toISOString().slice(0, 10)}|${row.amount.toString()}|${row.currencyCode}`,
    ),
  );
  const seen = new Set<string>();

  const rows = records.map((values, index): ImportRow => {
    const line = index + 2;
    const reasons: string[] = [];
    const organisation = (column: "provider" | "receiver") => {
      const name = values[column]?.trim();
      if (!name) return undefined;
      const found = organisations.get(name.toLowerCase());
      if (found === undefined) reasons.push(problem("ImportProblems.noSuchOrganisation", { column, name }));
      if (found === null) reasons.push(problem("ImportProblems.ambiguousOrganisation", { column, name }));
      return found?.id;
    };
    const providerId = organisation("provider");
    const receiverId = organisation("receiver");
    const parsed = ZCreateTransaction.safeParse({
      type: values.type?.toUpperCase(),
      date: values.date,
      amount: values.amount,
      currencyCode: values.currency,
      providerId,
      receiverId,
      reference: values.reference,
      description: values.description ?? "",
    });
    if (!parsed.success) {
      for (const [field, messages] of Object.entries(fieldErrorsOf(parsed.error))) {
        for (const message of messages) reasons.push(problem("ImportProblems.columnProblem", { column: field, problem: message }));
      }
    }
    if (parsed.success && !currencies.has(parsed.data.currencyCode)) reasons.push(problem("ImportProblems.noSuchCurrency", { code: parsed.data.currencyCode }));
    if (reasons.length || !parsed.success) return { line, status: "error", reasons, values };

    const transaction = parsed.data;
    const warnings: string[] = [];
    const key = `${transaction.type}|${transaction.date.toISOString().slice(0, 10)}|${new Prisma.Decimal(transaction.amount).toString()}|${transaction.currencyCode}`;
    if (existing.has(key)) warnings.push(problem("ImportProblems.duplicateExisting"));
    if (seen.has(key)) warnings.push(problem("ImportProblems.duplicateInFile"));
    seen.add(key);
    if (transaction.currencyCode !== program.currencyCode) warnings.push(problem("ImportProblems.otherCurrency", { currency: program.currencyCode }));
    return { line, status: warnings.length ? "warning" : "valid", reasons: warnings, values, transaction };
  });
  const counts = { valid: 0, warning: 0, error: 0 };
  for (const row of rows) counts[row.status] += 1;
  return { rows, counts };
}
