import { isValidElement, type ReactElement, type ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/authz";

// The funding tab is an async server component: rendering it here means calling each async
// component with its props, the way React does on the server, and walking what it returns.

const totals = [{ type: "DISBURSEMENT" as const, currencyCode: "USD", amount: "1500" }];
const getProgramFunding = vi.fn(async () => ({ budgets: [], transactions: [], transactionCount: 1, totals }));
const convertAmounts = vi.fn(async (amounts: typeof totals) => amounts.map((amount) => ({ ...amount, converted: null })));
const listCurrencies = vi.fn(async () => [{ code: "EUR", name: "Euro" }]);
const listFundingOrganisations = vi.fn(async () => [{ value: "o1", label: "Ministry of Labour" }]);
const listProgramChoices = vi.fn(async () => ({ agreements: [], organisations: [], countries: [], currencies: [], languages: [] }));

vi.mock("@/lib/platform/i18n/server", () => ({
  getTranslations: async () => (key: string) => key,
  getFormatter: async () => ({ dateTime: (value: Date) => value.toISOString() }),
  getLocale: async () => "en",
}));
vi.mock("@/lib/domain/funding/get-program-funding", () => ({ getProgramFunding }));
vi.mock("@/lib/domain/funding/exchange-rates/convert-amounts", () => ({ convertAmounts }));
vi.mock("@/lib/domain/funding/exchange-rates/list-currencies", () => ({ listCurrencies }));
vi.mock("@/lib/domain/funding/list-funding-organisations", () => ({ listFundingOrganisations }));
vi.mock("@/lib/domain/programs/program-choices", () => ({ listProgramChoices }));
vi.mock("@/lib/domain/funding/actions", () => ({ addBudgetAction: async () => ({ status: "idle" }), addTransactionAction: async () => ({ status: "idle" }) }));

const { FundingTab } = await import("@/components/programs/funding-tab");
const { labelsOutsideTheirForm, missingDescriptions, pageHtml, repeatedIds } = await import("./page-ids");

/** Renders the server components; returns the props of each client component met on the way. */
async function render(node: unknown, met: { type: unknown; props: Record<string, unknown> }[] = []): Promise<typeof met> {
  if (Array.isArray(node)) {
    for (const child of node) await render(child, met);
    return met;
  }
  if (!isValidElement(node)) return met;
  const { type, props } = node as ReactElement<{ children?: ReactNode }>;
  if (typeof type === "function" && type.constructor.name === "AsyncFunction") return render(await (type as (p: unknown) => Promise<ReactNode>)(props), met);
  if (typeof type === "function") met.push({ type, props: props as Record<string, unknown> });
  await render(props.children, met);
  return met;
}

type Spec = { name: string; defaultValue?: string; options?: { value: string }[] };

/** The currency field of each money form of the tab: where it starts, and its first choice. */
async function currencyFields(props: { currencyCode?: string }) {
  const editor = { id: "u1", role: "GOVERNMENT" } as Actor;
  const met = await render(await FundingTab({ viewer: editor, programId: "p1", mayEdit: true, ...props }));
  return met
    .flatMap(({ props: { fields } }) => (Array.isArray(fields) ? (fields as Spec[]) : []))
    .filter((spec) => spec.name === "currencyCode")
    .map((spec) => ({ starts: spec.defaultValue ?? spec.options?.[0]?.value, first: spec.options?.[0]?.value }));
}

describe("the program's funding tab", () => {
  beforeEach(() => vi.clearAllMocks());

  it("reads the program's funding once when it also converts the totals", async () => {
    await render(await FundingTab({ viewer: null, programId: "p1", conversion: { convert: "EUR", on: "2026-11-28" } }));
    expect(getProgramFunding).toHaveBeenCalledTimes(1);
    expect(convertAmounts).toHaveBeenCalledWith(totals, "EUR", "2026-11-28");
  });

  it("reads it once, and converts nothing, when no conversion is asked for", async () => {
    await render(await FundingTab({ viewer: null, programId: "p1" }));
    expect(getProgramFunding).toHaveBeenCalledTimes(1);
    expect(convertAmounts).not.toHaveBeenCalled();
  });

  it("reads the currencies once for the conversion and the forms, and none of the program form's choices", async () => {
    const editor = { id: "u1", role: "GOVERNMENT" } as Actor;
    await render(await FundingTab({ viewer: editor, programId: "p1", mayEdit: true, conversion: { convert: "EUR" } }));
    expect(getProgramFunding).toHaveBeenCalledTimes(1);
    expect(listCurrencies).toHaveBeenCalledTimes(1);
    expect(listFundingOrganisations).toHaveBeenCalledWith(editor);
    expect(listProgramChoices).not.toHaveBeenCalled();
  });

  describe("its money forms start on the program's currency, never on the first of the list", () => {
    const currencies = [{ code: "AED", name: "UAE Dirham" }, { code: "MXN", name: "Mexican Peso" }, { code: "USD", name: "US Dollar" }];

    it("the transaction and budget forms of an MXN program start on MXN", async () => {
      listCurrencies.mockResolvedValueOnce(currencies);
      getProgramFunding.mockResolvedValueOnce({ budgets: [], transactions: [], transactionCount: 0, totals: [] });
      expect(await currencyFields({ currencyCode: "MXN" })).toEqual([{ starts: "MXN", first: "AED" }, { starts: "MXN", first: "AED" }]);
    });

    it("without the program's currency they start on the one its latest transaction used", async () => {
      listCurrencies.mockResolvedValueOnce(currencies);
      const latest = { id: "t1", type: "DISBURSEMENT", date: new Date("2026-01-02"), amount: "5", currencyCode: "USD", description: null, provider: null, receiver: null };
      getProgramFunding.mockResolvedValueOnce({ budgets: [], transactions: [latest] as never[], transactionCount: 1, totals: [] });
      expect((await currencyFields({})).map((field) => field.starts)).toEqual(["USD", "USD"]);
    });

    it("with neither, they ask for a currency instead of choosing one", async () => {
      listCurrencies.mockResolvedValueOnce(currencies);
      getProgramFunding.mockResolvedValueOnce({ budgets: [], transactions: [], transactionCount: 0, totals: [] });
      expect(await currencyFields({})).toEqual([{ starts: "", first: "" }, { starts: "", first: "" }]);
    });
  });

  it("marks a negative transaction as a correction, its amount written with its minus sign", async () => {
    const transaction = (id: string, amount: string) => ({ id, type: "DISBURSEMENT", date: new Date("2026-01-02"), amount, currencyCode: "USD", description: null, provider: null, receiver: null });
    const transactions = [transaction("t2", "-25000.25"), transaction("t1", "125000.5")];
    getProgramFunding.mockResolvedValueOnce({ budgets: [], transactions: transactions as never[], transactionCount: 2, totals: [{ type: "DISBURSEMENT", currencyCode: "USD", amount: "100000.25" }] });
    const html = (await pageHtml(await FundingTab({ viewer: null, programId: "p1" }))).replaceAll("<!-- -->", "");
    // The amounts: the total, then each transaction's.
    const cells = [...html.matchAll(/<td>(-?\d[^<]* USD[^]*?)<\/td>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ""));
    expect(cells).toEqual(["100,000.25 USD", "-25,000.25 USD correction", "125,000.50 USD"]);
  });

  it("tells how to write a correction under the transaction's amount, and not under the budget's", async () => {
    const editor = { id: "u1", role: "GOVERNMENT" } as Actor;
    const met = await render(await FundingTab({ viewer: editor, programId: "p1", currencyCode: "USD", mayEdit: true }));
    const hints = met
      .flatMap(({ props: { fields } }) => (Array.isArray(fields) ? (fields as (Spec & { hint?: string })[]) : []))
      .filter((spec) => spec.name === "amount")
      .map((spec) => spec.hint);
    expect(hints).toEqual(["transactionAmountHint", "amountHint"]);
  });

  it("gives every element of the tab its own id: the transaction and budget forms share field names, never ids", async () => {
    const editor = { id: "u1", role: "GOVERNMENT" } as Actor;
    const html = await pageHtml(await FundingTab({ viewer: editor, programId: "p1", currencyCode: "EUR", mayEdit: true }));
    expect(html).toContain('name="amount"');
    expect(html.match(/name="amount"/g)).toHaveLength(2);
    expect(repeatedIds(html)).toEqual([]);
    // Each label names a control of its own form: clicking the budget's "Amount" lands in the budget form.
    expect(labelsOutsideTheirForm(html)).toEqual([]);
    expect(missingDescriptions(html)).toEqual([]);
  });
});
