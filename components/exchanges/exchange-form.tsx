"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { createExchangeAction, updateExchangeAction } from "@/lib/domain/exchanges/actions";
import { OriginalLanguageField, TranslatedField } from "@/components/i18n/translated-fields";
import { newRecordLanguages, type Multilingual } from "@/lib/platform/i18n/localized-text";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { MultiSelectField } from "@/components/ui/multi-select-field";
import { unionOf } from "@/components/ui/options";
import { VersionedForm, type FormKit } from "@/components/ui/versioned-form";
import { ExchangeKind } from "@/lib/platform/db/generated/enums";
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
  /** The language of the title and summary, and their translations. */
  languages: Multilingual;
  version: number;
};

type TextName = Exclude<keyof ExchangeFormRecord, "id" | "isPublic" | "provisionIds" | "languages" | "version">;

type Props = {
  /** The exchange to edit; a new one is logged without it. */
  exchange?: ExchangeFormRecord;
  choices: ExchangeChoices;
  /** A ministry's country, which is always the sending country; null for an administrator. */
  ownCountry: string | null;
  /** The agreement chosen to begin with, for a new exchange. */
  initialAgreementId?: string;
};

/** A field's value: after a refusal, what was sent (a field the form did not send, like an empty list, is empty). */
function sent(kit: FormKit, exchange: ExchangeFormRecord | undefined, name: TextName, fallback = ""): string {
  return kit.values ? (kit.values[name] ?? "") : (exchange?.[name] ?? fallback);
}

/**
 * Logs an information exchange, or edits `exchange`. The chosen agreement narrows the countries
 * and provisions offered; the server checks them again. A refused form keeps what was typed.
 */
export function ExchangeForm(props: Props) {
  const t = useTranslations("ExchangeForm");
  const { exchange } = props;
  return (
    <VersionedForm
      formId="exchange"
      action={{ create: createExchangeAction, update: updateExchangeAction }}
      record={exchange}
      messages={t}
      notice={({ state }) =>
        // A refusal that is not about a field (most often a stale edit): reloading shows the current exchange.
        exchange &&
        state.status === "error" &&
        !state.fieldErrors && (
          <p>
            <Link href={`/exchanges/${exchange.id}/edit`} prefetch={false}>
              {t("reload")}
            </Link>
          </p>
        )
      }
    >
      {(kit) => <ExchangeFields kit={kit} {...props} />}
    </VersionedForm>
  );
}

/** The exchange's fields: who shared it under which agreement, then what was shared. */
function ExchangeFields({ kit, exchange, choices, ownCountry, initialAgreementId }: Props & { kit: FormKit }) {
  const [agreementId, setAgreementId] = useState(sent(kit, exchange, "agreementId", initialAgreementId ?? ""));
  const agreement = choices.find((choice) => choice.value === agreementId);
  const provisions = agreement
    ? agreement.provisions
    : choices.flatMap((choice) => choice.provisions.map((provision) => ({ ...provision, label: `${choice.label.split(" — ")[0]}: ${provision.label}` })));
  return (
    <>
      <ExchangeParties
        kit={kit}
        exchange={exchange}
        choices={choices}
        ownCountry={ownCountry}
        agreementId={agreementId}
        parties={agreement ? agreement.parties : unionOf(choices.map((choice) => choice.parties))}
        onAgreementChange={setAgreementId}
      />
      <ExchangeContent kit={kit} exchange={exchange} provisions={provisions} />
    </>
  );
}

/** The agreement and the sending and receiving countries, narrowed to the agreement's parties. */
function ExchangeParties({
  kit,
  exchange,
  choices,
  ownCountry,
  agreementId,
  parties,
  onAgreementChange,
}: Pick<Props, "exchange" | "choices" | "ownCountry"> & { kit: FormKit; agreementId: string; parties: Choice[]; onAgreementChange: (value: string) => void }) {
  const t = useTranslations("ExchangeForm");
  const fromOptions = ownCountry
    ? [parties.find((party) => party.value === ownCountry) ?? { value: ownCountry, label: ownCountry }]
    : [{ value: "", label: t("choose") }, ...parties];
  return (
    <>
      <SelectField
        name="agreementId"
        label={t("agreementId")}
        required
        defaultValue={agreementId}
        errors={kit.errorsFor("agreementId")}
        options={[{ value: "", label: t("choose") }, ...choices.map(({ value, label }) => ({ value, label }))]}
        onChange={onAgreementChange}
      />
      <SelectField
        name="fromCountryCode"
        label={t("fromCountryCode")}
        hint={ownCountry ? t("fromFixedHint") : undefined}
        required
        defaultValue={ownCountry ?? sent(kit, exchange, "fromCountryCode")}
        errors={kit.errorsFor("fromCountryCode")}
        options={fromOptions}
      />
      <SelectField
        name="toCountryCode"
        label={t("toCountryCode")}
        hint={t("toHint")}
        defaultValue={sent(kit, exchange, "toCountryCode")}
        errors={kit.errorsFor("toCountryCode")}
        options={[{ value: "", label: t("allParties") }, ...parties]}
      />
    </>
  );
}

/** What was shared: its kind, date, title, summary, link, the provisions it concerns and who may see it. */
function ExchangeContent({ kit, exchange, provisions }: { kit: FormKit; exchange?: ExchangeFormRecord; provisions: Choice[] }) {
  const t = useTranslations("ExchangeForm");
  const tKind = useTranslations("ExchangeKind");
  const locale = useLocale();
  const { errorsFor, values } = kit;
  const current = (name: TextName) => sent(kit, exchange, name);
  const saved = exchange?.languages ?? newRecordLanguages(locale);
  return (
    <>
      <SelectField
        name="kind"
        label={t("kind")}
        required
        defaultValue={current("kind")}
        errors={errorsFor("kind")}
        options={[{ value: "", label: t("choose") }, ...Object.values(ExchangeKind).map((kind) => ({ value: kind, label: tKind(kind) }))]}
      />
      <TextField name="date" type="date" label={t("date")} hint={t("dateHint")} required defaultValue={current("date")} errors={errorsFor("date")} />
      <OriginalLanguageField kit={kit} saved={saved} />
      <TranslatedField kit={kit} saved={saved} field={{ name: "title", label: t("title"), required: true, value: exchange?.title }} />
      <TranslatedField kit={kit} saved={saved} field={{ name: "summary", label: t("summary"), multiline: true, value: exchange?.summary }} />
      <TextField name="link" type="url" label={t("link")} hint={t("linkHint")} defaultValue={current("link")} errors={errorsFor("link")} />
      <MultiSelectField
        name="provisionIds"
        label={t("provisionIds")}
        defaultValue={kit.list("provisionIds", exchange?.provisionIds)}
        errors={errorsFor("provisionIds")}
        options={provisions}
      />
      <CheckboxField name="isPublic" label={t("isPublic")} defaultChecked={values ? values.isPublic === "on" : (exchange?.isPublic ?? false)} />
      {errorsFor("isPublic") && (
        <p className="field-error" role="alert">
          {errorsFor("isPublic")!.join(" ")}
        </p>
      )}
    </>
  );
}
