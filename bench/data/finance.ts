// A program's budgets and transactions. Money follows the usual shape: committed first, disbursed
// as the work goes on, spent after it is disbursed. A few programs break the rules the monitoring
// flags look for (more disbursed than committed, spending without disbursement), as real ones do.
import type { BudgetStatus, BudgetType, TransactionType } from "@/lib/platform/db/generated/enums";
import { budgetRow, transactionRow } from "@/prisma/seed/factories";
import type { ProgramContext } from "./program";
import { isoDay, isoInstant, money, pad, yearOf, type Random } from "./random";
import { AS_OF } from "./world";
import { TRANSACTION_DESCRIPTIONS } from "./words";

const REFERENCE_PREFIX: Record<TransactionType, string> = { INCOMING_FUNDS: "INC", COMMITMENT: "COM", DISBURSEMENT: "DIS", EXPENDITURE: "EXP" };

/** `total` in `count` uneven parts, each a multiple of `unit` cents, adding up exactly. */
function split(r: Random, total: number, count: number, unit: number): number[] {
  const weights = Array.from({ length: count }, () => 0.5 + r.float());
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((weight) => Math.max(unit, Math.floor((total * weight) / sum / unit) * unit));
  parts[count - 1] = Math.max(unit, total - parts.slice(0, -1).reduce((a, b) => a + b, 0));
  return parts;
}

/** How many transactions: none to sixty, about 25 on average over all programs. */
function transactionCount(p: ProgramContext): number {
  const r = p.random;
  if (p.status === "PIPELINE") return r.chance(0.5) ? 0 : r.int(1, 2);
  if (r.chance(0.03)) return 0;
  // Triangular from 0 to 60, peaking higher for financial assistance.
  const mode = p.type === "FINANCIAL_ASSISTANCE" ? 35 : 24;
  const u = r.float();
  const c = mode / 60;
  return Math.round(u < c ? Math.sqrt(u * 60 * mode) : 60 - Math.sqrt((1 - u) * 60 * (60 - mode)));
}

export function addFinance(p: ProgramContext): void {
  const r = p.random;
  const program = { type: "CooperationProgram", id: p.id };
  const unit = p.currency === "JPY" ? 100 : 1;
  const started = p.actualStart !== null;

  const budgets: { type: BudgetType; status: BudgetStatus; cents: number; ms: number }[] = [
    { type: "ORIGINAL", status: started ? "COMMITTED" : "INDICATIVE", cents: p.totalCents, ms: p.createdMs + 60_000 },
  ];
  if (started && r.chance(0.4)) {
    budgets.push({ type: "REVISED", status: "COMMITTED", cents: Math.round((p.totalCents * (0.8 + r.float() * 0.45)) / (1000 * unit)) * 1000 * unit, ms: p.enteredOn(r.int(p.workStart, p.workEnd)) });
  }
  budgets.forEach((budget, at) => {
    const row = budgetRow({
      id: `bud-${p.key}-${at + 1}`, programId: p.id, type: budget.type, status: budget.status, periodStart: isoDay(p.plannedStart), periodEnd: isoDay(p.plannedEnd),
      amount: money(budget.cents), currencyCode: p.currency, valueDate: isoDay(p.plannedStart), createdAt: isoInstant(budget.ms), updatedAt: isoInstant(budget.ms),
    });
    p.rows.budgets.push(row);
    p.audit(program, "budget.create", budget.ms, { after: { budget: { id: row.id, type: row.type, status: row.status, amount: row.amount, currencyCode: row.currencyCode, periodStart: row.periodStart, periodEnd: row.periodEnd } } });
  });

  const count = transactionCount(p);
  if (count === 0) return;
  const span = Math.max(0, p.workEnd - p.workStart);
  const within = (from: number, to: number) => r.int(Math.min(p.workEnd, p.workStart + from), Math.min(p.workEnd, p.workStart + Math.max(from, to)));
  const made: { type: TransactionType; date: number; cents: number }[] = [];
  const add = (type: TransactionType, total: number, dates: number[]) => {
    if (dates.length === 0) return;
    const parts = split(r, Math.max(total, unit * dates.length), dates.length, unit);
    dates.sort((a, b) => a - b).forEach((date, at) => made.push({ type, date, cents: parts[at]! }));
  };

  if (p.status === "PIPELINE") {
    add("COMMITMENT", p.totalCents, Array.from({ length: count }, () => Math.min(AS_OF, p.plannedStart) - r.int(0, 60)));
  } else {
    const incoming = count >= 10 && p.funder?.kind === "INTERNATIONAL_ORGANISATION" && r.chance(0.5) ? 1 : 0;
    const commitments = Math.max(1, Math.round(count * 0.12));
    const rest = Math.max(0, count - commitments - incoming);
    const disbursements = r.chance(0.02) ? 0 : Math.max(rest > 0 ? 1 : 0, Math.round(rest * 0.45));
    const expenditures = rest - disbursements;
    const progress = Math.min(0.95, Math.max(0.1, (AS_OF - p.workStart) / Math.max(1, p.plannedEnd - p.workStart)));
    const share: Record<string, () => number> = {
      CLOSED: () => 0.9 + r.float() * 0.1,
      FINALISATION: () => 0.85 + r.float() * 0.15,
      CANCELLED: () => 0.05 + r.float() * 0.45,
    };
    const disbursed = Math.round(p.totalCents * (r.chance(0.03) ? 1.05 + r.float() * 0.15 : (share[p.status]?.() ?? progress * (0.8 + r.float() * 0.2))));
    const spent = Math.round(disbursements > 0 ? disbursed * (0.75 + r.float() * 0.23) : p.totalCents * (0.3 + r.float() * 0.3));
    add("INCOMING_FUNDS", Math.round(p.totalCents * (0.3 + r.float() * 0.7)), Array.from({ length: incoming }, () => p.workStart));
    add("COMMITMENT", p.totalCents, Array.from({ length: commitments }, (_, at) => (at === 0 ? p.workStart : within(0, Math.round(span * 0.3)))));
    add("DISBURSEMENT", disbursed, Array.from({ length: disbursements }, () => within(15, span)));
    add("EXPENDITURE", spent, Array.from({ length: expenditures }, () => within(30, span)));
  }
  made.sort((a, b) => a.date - b.date);

  const donors = [...p.world.agencies.values(), ...p.world.international].filter((org) => org !== p.funder);
  const payer = p.funder ?? p.accountable;
  const doer = p.implementer ?? p.accountable;
  // Entered in imports of five to twenty rows, some days after the latest of them happened.
  for (let first = 0; first < made.length; ) {
    const batch = made.slice(first, first + r.int(5, 20));
    const last = batch.at(-1)!.date;
    const importMs = p.enteredOn(last + r.int(1, 30));
    const stamp = isoInstant(importMs);
    batch.forEach((transaction, at) => {
      const k = first + at + 1;
      const [provider, receiver] =
        transaction.type === "INCOMING_FUNDS" ? [r.pick(donors), payer] : transaction.type === "EXPENDITURE" ? [doer, r.chance(0.6) ? r.pick(p.local) : null] : [payer, doer];
      p.rows.transactions.push(transactionRow({
        id: `txn-${p.key}-${pad(k, 2)}`, programId: p.id, type: transaction.type, date: isoDay(transaction.date), amount: money(transaction.cents), currencyCode: p.currency,
        providerId: provider.id, receiverId: receiver?.id ?? null, reference: r.chance(0.7) ? `${REFERENCE_PREFIX[transaction.type]}-${yearOf(transaction.date)}-${pad(k, 3)}` : null,
        description: r.pick(TRANSACTION_DESCRIPTIONS[transaction.type]), createdAt: stamp, updatedAt: stamp,
      }));
    });
    p.audit(program, "transaction.import", importMs, { after: { imported: batch.length, skipped: 0, file: `transactions-${yearOf(last)}.csv` } });
    first += batch.length;
  }
}
