"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { createExchangeAction, updateExchangeAction } from "@/lib/domain/exchanges/actions";
import { formKey } from "@/components/ui/options";
import { CheckboxField, MultiSelectField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/platform/actions/form-state";
import { ExchangeKind } from "@/lib/platform/db/generated/enums";
import type { FieldErrors } from "@/lib/platform/errors/app-error";
import type { Choice, ExchangeChoices } from "@/lib/domain/exchanges/exchange-choices";

/** An exchange as the form edits it: every value as the form sends it. */
export type ExchangeFormRecord = {
  id: string;
  agreementId: string;
  fromCountryCode: string;
  toCountryCode: string;
  kind: string;
  date: string;
  title: string;
  summary: string;
  link: string;
  isPublic: boolean;
  provisionIds: string[];
  version: number;
};

type TextName = Exclude<keyof ExchangeFormRecord, "id" | "isPublic" | "provisionIds" | "version">;

type Props = {
  /** The exchange to edit; a new one is logged without it. */
  exchange?: ExchangeFormRecord;
  choices: ExchangeChoices;
  /** A ministry's country, which is always the sending country; null for an administrator. */
  ownCountry: string | null;
  /** The agreement chosen to begin with, for a new exchange. */
  initialAgreementId?: string;
};

/** Problems with a field, including those with one of its list items ("provisionIds.1"). */
function errorsFor(errors: FieldErrors, name: string): string[] | undefined {
  const found = Object.entries(errors).flatMap(([key, messages]) => (key === name || key.startsWith(`${name}.`) ? messages : []));
  return found.length ? [...new Set(found)] : undefined;
}

/** Every agreement's options in one list, without duplicates, for when no agreement is chosen yet. */
function unionOf(lists: Choice[][]): Choice[] {
  const byValue = new Map(lists.flat().map((choice) => [choice.value, choice]));
  return [...byValue.values()].sort((a, b) => a.label.localeCompare(b.label, "en"));
}

/**
 * Logs an information exchange, or edits `exchange`. The chosen agreement narrows the countries
 * and provisions offered; the server checks them again. A refused form keeps what was typed.
 */
export function ExchangeForm(props: Props) {
  const [state, action] = useActionState(props.exchange ? updateExchangeAction : createExchangeAction, IDLE);
  // Remounted after each submission, so that every field starts from what was submitted.
  return <ExchangeFormBody key={formKey(state, props.exchange?.version)} state={state} action={action} {...props} />;
}

function ExchangeFormBody({ state, action, exchange, choices, ownCountry, initialAgreementId }: Props & { state: FormState; action: (form: FormData) => void }) {
  const t = useTranslations("ExchangeForm");
  const tKind = useTranslations("ExchangeKind");
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  // After a refusal, a field the form did not send (an unticked box, an empty list) is empty.
  const current = (name: TextName, fallback = "") => (values ? (values[name] ?? "") : (exchange?.[name] ?? fallback));
  const provisionIds = values ? (values.provisionIds ?? "").split(",").filter(Boolean) : (exchange?.provisionIds ?? []);
  const isPublic = values ? values.isPublic === "on" : (exchange?.isPublic ?? false);

  const [agreementId, setAgreementId] = useState(current("agreementId", initialAgreementId ?? ""));
  const agreement = choices.find((choice) => choice.value === agreementId);
  const parties = agreement ? agreement.parties : unionOf(choices.map((choice) => choice.parties));
  const provisions = agreement
    ? agreement.provisions
    : choices.flatMap((choice) => choice.provisions.map((provision) => ({ ...provision, label: `${choice.label.split(" — ")[0]}: ${provision.label}` })));
  const fromOptions = ownCountry
    ? [parties.find((party) => party.value === ownCountry) ?? { value: ownCountry, label: ownCountry }]
    : [{ value: "", label: t("choose") }, ...parties];
  const version = values?.version ?? String(exchange?.version ?? "");
  const formProblem = state.status === "error" && !state.fieldErrors;

  return (
    <form action={action} className="form" aria-label={exchange ? t("editTitle") : t("newTitle")}>
      <FormMessage state={state} />
      {exchange && formProblem && (
        <p>
          <Link href={`/exchanges/${exchange.id}/edit`} prefetch={false}>
            {t("reload")}
          </Link>
        </p>
      )}
      {exchange && (
        <>
          <input type="hidden" name="id" value={exchange.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <SelectField
        name="agreementId"
        label={t("agreementId")}
        required
        defaultValue={agreementId}
        errors={errorsFor(errors, "agreementId")}
        options={[{ value: "", label: t("choose") }, ...choices.map(({ value, label }) => ({ value, label }))]}
        onChange={setAgreementId}
      />
      <SelectField
        name="fromCountryCode"
        label={t("fromCountryCode")}
        hint={ownCountry ? t("fromFixedHint") : undefined}
        required
        defaultValue={ownCountry ?? current("fromCountryCode")}
        errors={errorsFor(errors, "fromCountryCode")}
        options={fromOptions}
      />
      <SelectField
        name="toCountryCode"
        label={t("toCountryCode")}
        hint={t("toHint")}
        defaultValue={current("toCountryCode")}
        errors={errorsFor(errors, "toCountryCode")}
        options={[{ value: "", label: t("allParties") }, ...parties]}
      />
      <SelectField
        name="kind"
        label={t("kind")}
        required
        defaultValue={current("kind")}
        errors={errorsFor(errors, "kind")}
        options={[{ value: "", label: t("choose") }, ...Object.values(ExchangeKind).map((kind) => ({ value: kind, label: tKind(kind) }))]}
      />
      <TextField name="date" type="date" label={t("date")} hint={t("dateHint")} required defaultValue={current("date")} errors={errorsFor(errors, "date")} />
      <TextField name="title" label={t("title")} required defaultValue={current("title")} errors={errorsFor(errors, "title")} />
      <TextAreaField name="summary" label={t("summary")} defaultValue={current("summary")} errors={errorsFor(errors, "summary")} />
      <TextField name="link" type="url" label={t("link")} hint={t("linkHint")} defaultValue={current("link")} errors={errorsFor(errors, "link")} />
      <MultiSelectField
        name="provisionIds"
        label={t("provisionIds")}
        hint={t("multiHint")}
        defaultValue={provisionIds}
        errors={errorsFor(errors, "provisionIds")}
        options={provisions}
      />
      <CheckboxField name="isPublic" label={t("isPublic")} defaultChecked={isPublic} />
      {errorsFor(errors, "isPublic") && (
        <p className="field-error" role="alert">
          {errorsFor(errors, "isPublic")!.join(" ")}
        </p>
      )}
      {errorsFor(errors, "version") && (
        <p className="field-error" role="alert">
          {errorsFor(errors, "version")!.join(" ")}
        </p>
      )}
      <SubmitButton pendingLabel={t("saving")}>{exchange ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
