"use client";

import { useLocale, useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { FormKit } from "@/components/ui/versioned-form";
import { LANGUAGE_CODES, languageName, translationLanguages, type Multilingual } from "@/lib/platform/i18n/localized-text";
import styles from "./translated-fields.module.css";

type Common = { kit: FormKit; saved: Multilingual };

/** The language the record's texts are written in, named in the reader's language. */
export function OriginalLanguageField({ kit, saved }: Common) {
  const t = useTranslations("RecordLanguage");
  const locale = useLocale();
  const options = LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <SelectField
      name="language"
      label={t("language")}
      hint={t("languageHint")}
      required
      defaultValue={kit.value("language", saved.language)}
      errors={kit.errorsFor("language")}
      options={options}
    />
  );
}

type Field = { name: string; label: string; multiline?: boolean; required?: boolean; hint?: string; value?: string };

/** A text and its translations side by side: the original field first, then one box per language. */
export function TranslatedField({ kit, saved, field }: Common & { field: Field }) {
  const t = useTranslations("RecordLanguage");
  const locale = useLocale();
  const Input = field.multiline ? TextAreaField : TextField;
  const rows = field.multiline ? { rows: 4 } : {};
  const sent = kit.errors[`translations.${field.name}`];
  return (
    <div className={styles.sideBySide}>
      <Input
        {...rows}
        name={field.name}
        label={field.label}
        hint={field.hint}
        required={field.required}
        defaultValue={kit.value(field.name, field.value)}
        errors={kit.errors[field.name]}
      />
      {translationLanguages(saved).map((code) => {
        const name = `translations.${field.name}.${code}`;
        return (
          <Input
            {...rows}
            key={code}
            name={name}
            label={t("translation", { field: field.label, language: languageName(code, locale) })}
            defaultValue={kit.value(name, saved.translations[field.name]?.[code])}
            errors={kit.errors[name]}
          />
        );
      })}
      {sent && (
        <p className="field-error" role="alert">
          {sent.join(" ")}
        </p>
      )}
    </div>
  );
}
