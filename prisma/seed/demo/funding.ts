// Budgets and transactions by program. Amounts are decimal strings in the program's currency
// unless a row names another. Deliberate monitoring-health cases, so the dashboard has something
// to flag: XM-DAC-41302-RLA-21-02-USA disburses more than was committed; CA-GOV-ESDC-CO-004 spends
// with no disbursement; CA-GOV-ESDC-MX-001 is funded but has no indicators (see indicators.ts).
import type { BudgetStatus, BudgetType, TransactionType } from "@/lib/platform/db/generated/enums";
import { createBudgets, createTransactions } from "@/prisma/seed/factories";
import { day, newId, type SeedContext } from "./context";
import { programs } from "./programs";

type BudgetRow = { start: string; end: string; amount: string; status: BudgetStatus; type: BudgetType; currency?: string };
type TxRow = { type: TransactionType; date: string; amount: string; from?: string; to?: string; ref?: string; note?: string; currency?: string };
type Funding = { budgets: BudgetRow[]; transactions?: TxRow[] };

/** Calendar-year budgets from `first`, one amount a year. */
function years(first: number, amounts: string[], status: BudgetStatus = "COMMITTED", type: BudgetType = "ORIGINAL", currency?: string): BudgetRow[] {
  return amounts.map((amount, i) => ({ start: `${first + i}-01-01`, end: `${first + i}-12-31`, amount, status, type, currency }));
}

/** Canadian fiscal-year budgets (1 April – 31 March) from `first`. */
function fiscalYears(first: number, amounts: string[], status: BudgetStatus = "COMMITTED", type: BudgetType = "ORIGINAL"): BudgetRow[] {
  return amounts.map((amount, i) => ({ start: `${first + i}-04-01`, end: `${first + i + 1}-03-31`, amount, status, type }));
}

/** Transactions of one type between the same two organisations; references are numbered. */
function series(type: TransactionType, from: string | undefined, to: string | undefined, rows: [string, string][], ref?: string, currency?: string): TxRow[] {
  return rows.map(([date, amount], i) => ({ type, date, amount, from, to, ref: ref && `${ref}/${i + 1}`, currency }));
}

const commitment = (date: string, amount: string, from: string, to: string, ref: string, note = "Grant agreement signed"): TxRow => ({
  type: "COMMITMENT", date, amount, from, to, ref, note,
});

export const funding: Record<string, Funding> = {
  "US-GOV-1-ILAB-MX-001": {
    budgets: [
      ...years(2021, ["3000000.00", "3500000.00", "3500000.00", "3000000.00", "2500000.00", "2500000.00"]),
      ...years(2026, ["2000000.00"], "COMMITTED", "REVISED"),
      ...years(2027, ["500000.00"], "INDICATIVE", "REVISED"),
    ],
    transactions: [
      commitment("2020-09-30", "18000000.00", "ilab", "ilo", "IL-35271-20-75-K", "Cooperative agreement awarded"),
      ...series("DISBURSEMENT", "ilab", "ilo", [["2021-01-15", "2800000.00"], ["2022-01-14", "3400000.00"], ["2023-01-13", "3300000.00"], ["2024-01-12", "2900000.00"], ["2025-01-15", "2600000.00"], ["2026-01-15", "1900000.00"]], "IL-35271-20-75-K"),
      ...series("EXPENDITURE", "ilo", undefined, [["2021-12-31", "2450000.00"], ["2022-12-31", "3250000.00"], ["2023-12-31", "3300000.00"], ["2024-12-31", "3050000.00"], ["2025-12-31", "2700000.00"]]),
      { type: "INCOMING_FUNDS", date: "2022-03-31", amount: "15000000.00", from: "stps", to: "ilo", ref: "STPS-CONTRAPARTIDA-2022", note: "STPS counterpart contribution for court staff training", currency: "MXN" },
    ],
  },
  "US-GOV-1-ILAB-MX-002": { budgets: years(2022, ["400000.00", "400000.00", "400000.00", "400000.00", "350000.00"], "INDICATIVE") },
  "US-GOV-1-ILAB-MX-003": {
    budgets: years(2020, ["1000000.00", "2500000.00", "2500000.00", "1500000.00"]),
    transactions: [
      commitment("2020-08-15", "7500000.00", "ilab", "solidarity", "IL-35302-20-75-K"),
      ...series("DISBURSEMENT", "ilab", "solidarity", [["2020-10-01", "1000000.00"], ["2021-02-01", "2400000.00"], ["2022-02-01", "2500000.00"], ["2023-01-15", "1450000.00"]], "IL-35302-20-75-K"),
      { type: "DISBURSEMENT", date: "2021-06-01", amount: "150000.00", from: "solidarity", to: "tuca", ref: "SC-SUB-2021-07", note: "Sub-grant for worker education on legitimation votes" },
      ...series("EXPENDITURE", "solidarity", undefined, [["2020-12-31", "820000.00"], ["2021-12-31", "2350000.00"], ["2022-12-31", "2600000.00"], ["2023-09-30", "1580000.00"]]),
    ],
  },
  "US-GOV-1-ILAB-MX-004": {
    budgets: years(2021, ["600000.00", "900000.00", "900000.00", "800000.00", "600000.00"]),
    transactions: [
      commitment("2021-07-15", "3800000.00", "ilab", "ilo", "IL-35790-21-75-K"),
      ...series("DISBURSEMENT", "ilab", "ilo", [["2021-09-01", "600000.00"], ["2022-02-01", "900000.00"], ["2023-02-01", "900000.00"], ["2024-02-01", "800000.00"], ["2025-03-01", "450000.00"]], "IL-35790-21-75-K"),
      ...series("EXPENDITURE", "ilo", undefined, [["2021-12-31", "380000.00"], ["2022-12-31", "870000.00"], ["2023-12-31", "940000.00"], ["2024-12-31", "810000.00"], ["2025-12-31", "620000.00"]]),
    ],
  },
  "US-GOV-1-ILAB-MX-005": {
    budgets: [...years(2023, ["1200000.00", "1400000.00", "1400000.00", "1000000.00"]), ...years(2025, ["600000.00", "400000.00"], "COMMITTED", "REVISED")],
    transactions: [
      commitment("2022-12-15", "5000000.00", "ilab", "partners", "IL-36811-22-75-K"),
      ...series("DISBURSEMENT", "ilab", "partners", [["2023-02-01", "1200000.00"], ["2024-02-01", "1400000.00"]], "IL-36811-22-75-K"),
      ...series("EXPENDITURE", "partners", undefined, [["2023-12-31", "1050000.00"], ["2024-12-31", "1380000.00"], ["2025-03-31", "120000.00"]]),
    ],
  },
  "CA-GOV-ESDC-MX-001": {
    budgets: fiscalYears(2021, ["4500000.00", "4500000.00", "4500000.00", "4500000.00", "4500000.00", "4500000.00"]),
    transactions: [
      commitment("2021-03-25", "27000000.00", "esdc", "ilo", "ESDC-LP-MX-2021-001", "Contribution agreement signed"),
      ...series("DISBURSEMENT", "esdc", "ilo", [["2021-05-15", "4000000.00"], ["2022-05-16", "4500000.00"], ["2023-05-15", "4500000.00"], ["2024-05-15", "4500000.00"], ["2025-05-15", "4500000.00"], ["2026-05-15", "4000000.00"]], "ESDC-LP-MX-2021-001"),
      { type: "DISBURSEMENT", date: "2022-06-01", amount: "500000.00", from: "esdc", to: "clc", ref: "ESDC-LP-MX-2022-014", note: "Union-to-union exchanges" },
      ...series("EXPENDITURE", "ilo", undefined, [["2022-03-31", "3600000.00"], ["2023-03-31", "4400000.00"], ["2024-03-31", "4650000.00"], ["2025-03-31", "4300000.00"], ["2026-03-31", "4550000.00"]]),
    ],
  },
  "MX-STPS-USMCA-JR-001": {
    budgets: years(2024, ["4500000.00", "6000000.00", "5500000.00"]),
    transactions: [
      commitment("2024-02-20", "16000000.00", "stps", "colmex", "STPS-CONV-2024-031", "Research agreement signed"),
      ...series("DISBURSEMENT", "stps", "colmex", [["2024-03-15", "4500000.00"], ["2025-02-14", "6000000.00"], ["2026-02-16", "5000000.00"]], "STPS-CONV-2024-031"),
      { type: "INCOMING_FUNDS", date: "2024-06-28", amount: "150000.00", from: "ilab", to: "colmex", ref: "ILAB-RES-2024-09", note: "U.S. contribution to survey fieldwork", currency: "USD" },
      ...series("EXPENDITURE", "colmex", undefined, [["2024-12-31", "4100000.00"], ["2025-12-31", "5950000.00"]]),
    ],
  },
  "MX-STPS-USMCA-IS-001": { budgets: years(2022, ["800000.00", "800000.00", "850000.00", "850000.00", "900000.00"], "INDICATIVE") },
  "US-GOV-1-ILAB-MX-006": { budgets: years(2027, ["1200000.00", "1500000.00", "1300000.00"], "INDICATIVE") },
  "CA-GOV-ESDC-MX-002": {
    budgets: fiscalYears(2025, ["800000.00", "900000.00", "800000.00"]),
    transactions: [
      commitment("2025-05-01", "2500000.00", "esdc", "ilo", "ESDC-LP-MX-2025-003", "Contribution agreement signed"),
      { type: "DISBURSEMENT", date: "2025-06-15", amount: "800000.00", from: "esdc", to: "ilo", ref: "ESDC-LP-MX-2025-003/1" },
      { type: "EXPENDITURE", date: "2026-03-31", amount: "610000.00", from: "ilo" },
    ],
  },
  "MX-STPS-USMCA-IS-002": { budgets: years(2024, ["1200000.00", "900000.00"], "INDICATIVE") },
  "US-GOV-1-ILAB-MX-007": { budgets: [...years(2022, ["400000.00", "400000.00"], "INDICATIVE"), ...years(2022, ["0.00", "0.00"], "INDICATIVE", "REVISED")] },
  "US-GOV-1-ILAB-NAALC-001": {
    budgets: years(2002, ["250000.00", "150000.00"]),
    transactions: [
      commitment("2002-01-15", "400000.00", "ilab", "colmex", "NAALC-SEC-2002-01", "Research contract signed"),
      ...series("DISBURSEMENT", "ilab", "colmex", [["2002-02-01", "250000.00"], ["2003-01-15", "140000.00"]], "NAALC-SEC-2002-01"),
      ...series("EXPENDITURE", "colmex", undefined, [["2002-12-31", "240000.00"], ["2003-06-30", "150000.00"]]),
    ],
  },
  "US-GOV-1-ILAB-NAALC-002": { budgets: years(2006, ["60000.00", "60000.00", "60000.00", "60000.00", "60000.00"], "INDICATIVE") },
  "US-GOV-1-ILAB-GT-001": {
    budgets: [
      ...years(2022, ["1200000.00", "1300000.00", "1300000.00", "1200000.00", "1000000.00"]),
      ...years(2026, ["800000.00"], "COMMITTED", "REVISED"),
      ...years(2027, ["200000.00"], "INDICATIVE", "REVISED"),
    ],
    transactions: [
      commitment("2021-11-15", "6000000.00", "ilab", "padf", "IL-36479-21-75-K"),
      ...series("DISBURSEMENT", "ilab", "padf", [["2022-01-10", "1200000.00"], ["2023-01-10", "1300000.00"], ["2024-01-10", "1300000.00"], ["2025-01-10", "1200000.00"], ["2026-01-12", "750000.00"]], "IL-36479-21-75-K"),
      { type: "DISBURSEMENT", date: "2023-05-02", amount: "150000.00", from: "padf", to: "usac", ref: "PADF-GT-SUB-003", note: "Sub-award for inspector training diploma" },
      ...series("EXPENDITURE", "padf", undefined, [["2022-12-31", "980000.00"], ["2023-12-31", "1310000.00"], ["2024-12-31", "1290000.00"], ["2025-12-31", "1240000.00"]]),
    ],
  },
  "US-GOV-1-ILAB-HN-001": {
    budgets: years(2015, ["1000000.00", "1500000.00", "1500000.00", "1000000.00"]),
    transactions: [
      commitment("2014-12-15", "5000000.00", "ilab", "partners", "IL-26690-14-75-K"),
      ...series("DISBURSEMENT", "ilab", "partners", [["2015-02-01", "1000000.00"], ["2016-02-01", "1500000.00"], ["2017-02-01", "1500000.00"], ["2018-02-01", "950000.00"]], "IL-26690-14-75-K"),
      ...series("EXPENDITURE", "partners", undefined, [["2015-12-31", "850000.00"], ["2016-12-31", "1450000.00"], ["2017-12-31", "1550000.00"], ["2018-12-31", "1000000.00"], ["2019-03-31", "100000.00"]]),
    ],
  },
  "US-GOV-1-ILAB-CAFTA-001": {
    budgets: [...years(2019, ["700000.00", "600000.00", "800000.00", "800000.00", "800000.00", "800000.00", "400000.00"]), ...years(2020, ["450000.00"], "COMMITTED", "REVISED")],
    transactions: [
      commitment("2018-12-20", "4500000.00", "ilab", "ilo", "IL-32812-18-75-K"),
      ...series("DISBURSEMENT", "ilab", "ilo", [["2019-03-01", "700000.00"], ["2020-03-02", "450000.00"], ["2021-03-01", "800000.00"], ["2022-03-01", "800000.00"], ["2023-03-01", "800000.00"], ["2024-03-01", "750000.00"]], "IL-32812-18-75-K"),
      ...series("EXPENDITURE", "ilo", undefined, [["2019-12-31", "610000.00"], ["2020-12-31", "420000.00"], ["2021-12-31", "790000.00"], ["2022-12-31", "830000.00"], ["2023-12-31", "810000.00"], ["2024-12-31", "760000.00"], ["2025-06-30", "60000.00"]]),
    ],
  },
  "XM-DAC-41302-RLA-21-02-USA": {
    budgets: years(2022, ["400000.00", "400000.00", "400000.00", "400000.00"]),
    transactions: [
      commitment("2021-09-20", "1200000.00", "ilab", "ilo", "IL-35901-21-75-K"),
      ...series("DISBURSEMENT", "ilab", "ilo", [["2021-10-15", "300000.00"], ["2022-10-14", "350000.00"], ["2023-10-16", "350000.00"], ["2024-10-15", "350000.00"], ["2025-10-15", "300000.00"]], "IL-35901-21-75-K"),
      ...series("EXPENDITURE", "ilo", undefined, [["2022-12-31", "390000.00"], ["2023-12-31", "410000.00"], ["2024-12-31", "395000.00"], ["2025-12-31", "330000.00"]]),
    ],
  },
  "US-GOV-1-ILAB-SV-001": {
    budgets: years(2023, ["250000.00", "300000.00", "150000.00"]),
    transactions: [
      commitment("2023-01-20", "700000.00", "ilab", "ceal", "IL-37120-23-75-K"),
      ...series("DISBURSEMENT", "ilab", "ceal", [["2023-02-15", "250000.00"], ["2024-02-15", "300000.00"], ["2025-02-17", "150000.00"]], "IL-37120-23-75-K"),
      ...series("EXPENDITURE", "ceal", undefined, [["2023-12-31", "230000.00"], ["2024-12-31", "310000.00"], ["2025-12-31", "140000.00"]]),
    ],
  },
  "US-GOV-1-ILAB-DO-001": { budgets: years(2024, ["90000.00", "90000.00", "90000.00"], "INDICATIVE") },
  "US-GOV-1-ILAB-NI-001": {
    budgets: [...years(2019, ["350000.00", "350000.00", "300000.00"]), ...years(2019, ["180000.00", "0.00", "0.00"], "COMMITTED", "REVISED")],
    transactions: [
      commitment("2018-10-15", "1000000.00", "ilab", "solidarity", "IL-32544-18-75-K"),
      { type: "DISBURSEMENT", date: "2018-11-15", amount: "175000.00", from: "ilab", to: "solidarity", ref: "IL-32544-18-75-K/1" },
      { type: "EXPENDITURE", date: "2019-06-30", amount: "160000.00", from: "solidarity", note: "Costs incurred before cancellation" },
    ],
  },
  "US-GOV-1-ILAB-CR-001": { budgets: years(2027, ["300000.00", "350000.00"], "INDICATIVE") },
  "XI-IATI-EC_INTPA-VN-001": {
    budgets: [...years(2022, ["500000.00", "600000.00", "600000.00", "550000.00", "450000.00"]), ...years(2027, ["300000.00"], "INDICATIVE")],
    transactions: [
      commitment("2021-12-15", "3000000.00", "dg-intpa", "ilo", "ACA/2021/427-883", "Contribution agreement signed"),
      ...series("DISBURSEMENT", "dg-intpa", "ilo", [["2022-03-01", "900000.00"], ["2024-03-01", "1000000.00"], ["2026-03-02", "700000.00"]], "ACA/2021/427-883"),
      ...series("EXPENDITURE", "ilo", undefined, [["2022-12-31", "420000.00"], ["2023-12-31", "590000.00"], ["2024-12-31", "610000.00"], ["2025-12-31", "560000.00"]]),
    ],
  },
  "XI-IATI-EC_INTPA-VN-002": {
    budgets: [
      ...years(2021, ["1000000.00", "1000000.00", "1000000.00", "1000000.00", "500000.00"]),
      ...years(2025, ["700000.00"], "COMMITTED", "REVISED"),
      ...years(2022, ["400000.00"], "COMMITTED", "ORIGINAL", "USD"),
    ],
    transactions: [
      commitment("2020-09-15", "4500000.00", "dg-intpa", "ilo", "ACA/2020/418-652", "Contribution agreement signed"),
      ...series("DISBURSEMENT", "dg-intpa", "ilo", [["2020-10-15", "1500000.00"], ["2022-01-17", "1500000.00"], ["2024-01-15", "1200000.00"]], "ACA/2020/418-652"),
      { type: "INCOMING_FUNDS", date: "2022-04-01", amount: "400000.00", from: "ilab", to: "ilo", ref: "IL-31476-17-75-K", note: "Co-financing from the ILAB-funded ILO project in Viet Nam", currency: "USD" },
      ...series("EXPENDITURE", "ilo", undefined, [["2021-12-31", "1100000.00"], ["2022-12-31", "1150000.00"], ["2023-12-31", "950000.00"], ["2024-12-31", "900000.00"], ["2025-12-31", "100000.00"]]),
      { type: "EXPENDITURE", date: "2023-12-31", amount: "380000.00", from: "ilo", note: "Spent from the USD co-financing", currency: "USD" },
    ],
  },
  "XI-IATI-EC_INTPA-VN-003": {
    budgets: [...years(2024, ["350000.00", "400000.00", "400000.00"]), ...years(2027, ["350000.00"], "INDICATIVE")],
    transactions: [
      commitment("2023-12-20", "1500000.00", "dg-intpa", "ilo", "ACA/2023/448-120", "Contribution agreement signed"),
      ...series("DISBURSEMENT", "dg-intpa", "ilo", [["2024-03-01", "600000.00"], ["2025-06-02", "500000.00"]], "ACA/2023/448-120"),
      ...series("EXPENDITURE", "ilo", undefined, [["2024-12-31", "310000.00"], ["2025-12-31", "420000.00"]]),
    ],
  },
  "XI-IATI-EC_INTPA-VN-004": {
    budgets: years(2021, ["150000.00", "250000.00", "100000.00"]),
    transactions: [
      commitment("2021-06-20", "500000.00", "dg-intpa", "ilssa", "ACA/2021/422-017", "Grant contract signed"),
      ...series("DISBURSEMENT", "dg-intpa", "ilssa", [["2021-07-15", "200000.00"], ["2022-07-15", "200000.00"], ["2023-03-15", "100000.00"]], "ACA/2021/422-017"),
      ...series("EXPENDITURE", "ilssa", undefined, [["2021-12-31", "120000.00"], ["2022-12-31", "260000.00"], ["2023-10-31", "115000.00"]]),
    ],
  },
  "XI-IATI-EC_INTPA-VN-005": { budgets: years(2023, ["75000.00", "75000.00", "75000.00", "75000.00"], "INDICATIVE") },
  "XI-IATI-EC_INTPA-VN-006": { budgets: years(2027, ["250000.00", "250000.00"], "INDICATIVE") },
  "XI-IATI-EC_INTPA-VN-007": { budgets: years(2027, ["180000.00"], "INDICATIVE") },
  "CA-GOV-ESDC-CO-001": {
    budgets: fiscalYears(2022, ["640000.00", "640000.00", "640000.00", "640000.00", "640000.00"]),
    transactions: [
      commitment("2022-03-30", "3200000.00", "esdc", "ens", "ESDC-LP-CO-2022-004", "Contribution agreement signed"),
      ...series("DISBURSEMENT", "esdc", "ens", [["2022-05-16", "640000.00"], ["2023-05-15", "640000.00"], ["2024-05-15", "640000.00"], ["2025-05-15", "640000.00"], ["2026-05-15", "600000.00"]], "ESDC-LP-CO-2022-004"),
      ...series("EXPENDITURE", "ens", undefined, [["2023-03-31", "590000.00"], ["2024-03-31", "655000.00"], ["2025-03-31", "630000.00"], ["2026-03-31", "620000.00"]]),
    ],
  },
  "CA-GOV-ESDC-CO-002": {
    budgets: fiscalYears(2022, ["300000.00", "300000.00", "300000.00", "300000.00"]),
    transactions: [
      commitment("2022-01-20", "1200000.00", "esdc", "ilo", "ESDC-LP-CO-2022-001", "Contribution agreement signed"),
      ...series("DISBURSEMENT", "esdc", "ilo", [["2022-03-01", "400000.00"], ["2023-03-01", "400000.00"], ["2024-03-01", "400000.00"]], "ESDC-LP-CO-2022-001"),
      ...series("EXPENDITURE", "ilo", undefined, [["2022-12-31", "350000.00"], ["2023-12-31", "380000.00"], ["2024-12-31", "360000.00"], ["2025-12-31", "100000.00"]]),
    ],
  },
  "CA-GOV-ESDC-CO-003": {
    budgets: years(2018, ["400000.00", "400000.00", "400000.00", "400000.00"]),
    transactions: [
      commitment("2018-06-15", "1600000.00", "esdc", "ilo", "ESDC-LP-CO-2018-002", "Contribution agreement signed"),
      ...series("DISBURSEMENT", "esdc", "ilo", [["2018-07-16", "400000.00"], ["2019-07-15", "400000.00"], ["2020-07-15", "400000.00"], ["2021-07-15", "380000.00"]], "ESDC-LP-CO-2018-002"),
      ...series("EXPENDITURE", "ilo", undefined, [["2018-12-31", "310000.00"], ["2019-12-31", "420000.00"], ["2020-12-31", "370000.00"], ["2021-12-31", "480000.00"]]),
    ],
  },
  "CA-GOV-ESDC-CO-004": {
    budgets: years(2024, ["850000000.00", "1200000000.00", "900000000.00"]),
    transactions: [
      commitment("2024-03-15", "2950000000.00", "mintrabajo-co", "ens", "MT-CONV-2024-118", "Convenio de investigación firmado"),
      { type: "INCOMING_FUNDS", date: "2024-05-01", amount: "150000.00", from: "esdc", to: "mintrabajo-co", ref: "ESDC-LP-CO-2024-007", note: "Canadian contribution to the rural labour survey", currency: "CAD" },
      ...series("EXPENDITURE", "ens", undefined, [["2024-12-31", "780000000.00"], ["2025-12-31", "1150000000.00"]]),
    ],
  },
  "CA-GOV-ESDC-CO-005": { budgets: years(2014, ["40000.00", "40000.00", "40000.00"], "INDICATIVE") },
  "CA-GOV-ESDC-CO-006": {
    budgets: [...years(2023, ["600000000.00", "650000000.00", "650000000.00"]), ...years(2025, ["200000000.00"], "COMMITTED", "REVISED")],
    transactions: [
      commitment("2023-02-15", "1900000000.00", "mintrabajo-co", "ens", "MT-CONV-2023-054", "Convenio firmado"),
      ...series("DISBURSEMENT", "mintrabajo-co", "ens", [["2023-03-15", "600000000.00"], ["2024-03-15", "650000000.00"]], "MT-CONV-2023-054"),
      ...series("EXPENDITURE", "ens", undefined, [["2023-12-31", "570000000.00"], ["2024-12-31", "640000000.00"], ["2025-06-30", "40000000.00"]]),
    ],
  },
  "CA-GOV-ESDC-CO-007": { budgets: fiscalYears(2027, ["800000.00", "900000.00", "800000.00"], "INDICATIVE") },
};

export async function loadFunding(ctx: SeedContext): Promise<void> {
  const currencies = new Map(programs.map((p) => [p.identifier, p.currency]));
  const currencyOf = (identifier: string) => {
    const currency = currencies.get(identifier);
    if (!currency) throw new Error(`Demo funding: unknown program "${identifier}"`);
    return currency;
  };
  const entries = Object.entries(funding);
  await createBudgets(
    ctx.tx,
    entries.flatMap(([identifier, f]) =>
      f.budgets.map((b) => ({
        id: newId(),
        programId: ctx.programs.id(identifier),
        type: b.type,
        status: b.status,
        periodStart: day(b.start),
        periodEnd: day(b.end),
        amount: b.amount,
        currencyCode: b.currency ?? currencyOf(identifier),
        // A revision is valued when it was made, mid-period; an original budget at its start.
        valueDate: day(b.type === "REVISED" ? `${b.start.slice(0, 4)}-06-30` : b.start),
      })),
    ),
  );
  await createTransactions(
    ctx.tx,
    entries.flatMap(([identifier, f]) =>
      (f.transactions ?? []).map((t) => ({
        id: newId(),
        programId: ctx.programs.id(identifier),
        type: t.type,
        date: day(t.date),
        amount: t.amount,
        currencyCode: t.currency ?? currencyOf(identifier),
        providerId: ctx.orgs.optional(t.from),
        receiverId: ctx.orgs.optional(t.to),
        reference: t.ref ?? null,
        description: t.note ?? "",
      })),
    ),
  );
}
