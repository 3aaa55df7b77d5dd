import Link from "next/link";
import { getTranslations } from "@/lib/platform/i18n/server";
import type { Viewer } from "@/lib/platform/authz";
import { addBudgetAction, addTransactionAction } from "@/lib/domain/funding/actions";
import { currencyOptions } from "@/components/ui/currency-choice";
import { RecordForm } from "@/components/ui/record-form";
import { TransactionType } from "@/lib/platform/db/generated/enums";
import { listFundingOrganisations } from "@/lib/domain/funding/list-funding-organisations";

type Props = {
  viewer: Viewer;
  programId: string;
  currencies: { code: string; name: string }[];
  /** The currency both forms start on: the program's, else the one used last. */
  currencyCode: string;
};

/** The funding tab's forms to import, add a transaction and add a budget, for those who may edit; the tab gives the currencies. */
export async function FundingForms({ viewer, programId, currencies, currencyCode }: Props) {
  if (!viewer) return null;
  const [tForms, tTransaction, tChoice, organisations] = await Promise.all([getTranslations("MonitoringForms"), getTranslations("TransactionType"), getTranslations("Forms"), listFundingOrganisations(viewer)]);
  const currency = { options: [...(currencyCode ? [] : [{ value: "", label: tChoice("chooseCurrency") }]), ...currencyOptions(currencies)], defaultValue: currencyCode };
  return (
    <>
      <p>
        <Link href={`/programs/${programId}/import`}>{tForms("importCsv")}</Link>
      </p>
      <h3>{tForms("addTransaction")}</h3>
      <RecordForm
        formId="transaction"
        action={addTransactionAction}
        hidden={{ programId }}
        fields={[
          { name: "type", label: tForms("transactionType"), kind: "select", required: true, options: Object.values(TransactionType).map((value) => ({ value, label: tTransaction(value) })) },
          { name: "date", label: tForms("date"), kind: "date", required: true },
          { name: "amount", label: tForms("amount"), kind: "number", required: true, hint: tForms("transactionAmountHint") },
          { name: "currencyCode", label: tForms("currency"), kind: "select", required: true, ...currency },
          { name: "providerId", label: tForms("provider"), kind: "select", options: [{ value: "", label: tForms("none") }, ...organisations] },
          { name: "receiverId", label: tForms("receiver"), kind: "select", options: [{ value: "", label: tForms("none") }, ...organisations] },
          { name: "reference", label: tForms("reference"), kind: "text" },
          { name: "description", label: tForms("description"), kind: "textarea" },
        ]}
        label={tForms("addTransaction")}
        submitLabel={tForms("addTransaction")}
        pendingLabel={tForms("saving")}
      />
      <h3>{tForms("addBudget")}</h3>
      <RecordForm
        formId="budget"
        action={addBudgetAction}
        hidden={{ programId }}
        fields={[
          { name: "type", label: tForms("budgetType"), kind: "select", required: true, options: [{ value: "ORIGINAL", label: tForms("original") }, { value: "REVISED", label: tForms("revised") }] },
          { name: "status", label: tForms("budgetStatus"), kind: "select", required: true, options: [{ value: "INDICATIVE", label: tForms("indicative") }, { value: "COMMITTED", label: tForms("committed") }] },
          { name: "periodStart", label: tForms("periodStart"), kind: "date", required: true },
          { name: "periodEnd", label: tForms("periodEnd"), kind: "date", required: true, hint: tForms("budgetPeriodHint") },
          { name: "amount", label: tForms("amount"), kind: "number", required: true, hint: tForms("amountHint") },
          { name: "currencyCode", label: tForms("currency"), kind: "select", required: true, ...currency },
        ]}
        label={tForms("addBudget")}
        submitLabel={tForms("addBudget")}
        pendingLabel={tForms("saving")}
      />
    </>
  );
}
