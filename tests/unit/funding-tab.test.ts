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

vi.mock("next-intl/server", () => ({
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

async function render(node: unknown): Promise<void> {
  if (Array.isArray(node)) {
    for (const child of node) await render(child);
    return;
  }
  if (!isValidElement(node)) return;
  const { type, props } = node as ReactElement<{ children?: ReactNode }>;
  if (typeof type === "function" && type.constructor.name === "AsyncFunction") return render(await (type as (p: unknown) => Promise<ReactNode>)(props));
  await render(props.children);
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
});
