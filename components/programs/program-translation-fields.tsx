"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { ProgramChoices } from "@/lib/domain/programs/program-choices";
import type { ProgramValues } from "./program-form-values";

const FIELDS = ["title", "summary", "objectives"] as const;
type Field = (typeof FIELDS)[number];
type Section = { form: ProgramValues; choices: ProgramChoices };

/**
 * The original's language and the translations of the title, summary and objectives: each
 * translation's fields beside the original's text (stacked on a narrow screen), one block per
 * language, and a block to add one. It works without JavaScript; with it, the original's text
 * follows what is typed above and a new translation's fields appear once its language is chosen.
 */
export function ProgramTranslationFields({ form, choices }: Section) {
  const t = useTranslations("ProgramTranslations");
  const ref = useRef<HTMLFieldSetElement>(null);
  const original = useOriginal(ref, { language: form.current("language") || "en", title: form.current("title"), summary: form.current("summary"), objectives: form.current("objectives") });
  const languages = form.translationLanguages();
  const nameOf = (code: string) => choices.languages.find((choice) => choice.value === code)?.label ?? code;
  // The fields of a new translation appear once its language is chosen; without JavaScript they are always there.
  const [newLanguage, setNewLanguage] = useState(form.sent("newTranslation.language"));
  const newFields = FIELDS.map((field) => (
    <TranslationPair key={field} field={field} code={newLanguage} name={`newTranslation.${field}`} original={original} form={form} language={newLanguage ? nameOf(newLanguage) : ""} />
  ));
  return (
    <fieldset ref={ref} className="translations">
      <legend>{t("legend")}</legend>
      <p className="field-hint">{t("intro")}</p>
      <SelectField name="language" label={t("language")} hint={t("languageHint")} required defaultValue={original.language} errors={form.errorsFor("language")} options={choices.languages} />
      {languages.map((code) => (
        <section key={code} className="translation" aria-labelledby={`translation-${code}`}>
          <h2 id={`translation-${code}`}>{t("translationInto", { language: nameOf(code) })}</h2>
          <p className="field-hint">{t("removeHint")}</p>
          {FIELDS.map((field) => (
            <TranslationPair key={field} field={field} code={code} name={`translations.${field}.${code}`} original={original} form={form} language={nameOf(code)} />
          ))}
        </section>
      ))}
      <section className="translation" aria-labelledby="translation-new">
        <h2 id="translation-new">{t("addTitle")}</h2>
        <SelectField
          name="newTranslation.language"
          label={t("addLanguage")}
          defaultValue={newLanguage}
          onChange={setNewLanguage}
          options={[{ value: "", label: t("chooseLanguage") }, ...choices.languages.filter((choice) => choice.value !== original.language && !languages.includes(choice.value))]}
        />
        {newLanguage ? newFields : <noscript>{newFields}</noscript>}
      </section>
    </fieldset>
  );
}

type Original = { language: string } & Record<Field, string>;

/** One field: the original's text on one side, its translation's input on the other. */
function TranslationPair({ field, code, name, original, form, language }: { field: Field; code: string; name: string; original: Original; form: ProgramValues; language: string }) {
  const t = useTranslations("ProgramTranslations");
  const tForm = useTranslations("ProgramForm");
  const label = language ? t("fieldIn", { field: tForm(field), language }) : tForm(field);
  const common = { name, label, defaultValue: form.sent(name) || form.translation(field, code), errors: code || form.sent(name) ? form.errorsFor(`translations.${field}.${code}`) : undefined };
  return (
    <div className="translation-pair">
      <div className="translation-original">
        <p className="translation-original-label">{t("original")}</p>
        <p className="multiline" lang={original.language}>
          {original[field] || t("notWritten")}
        </p>
      </div>
      {field === "title" ? <TextField {...common} /> : <TextAreaField {...common} rows={3} />}
    </div>
  );
}

/** The original's language and texts, as saved at first and then as typed in the form. */
function useOriginal(ref: React.RefObject<HTMLFieldSetElement | null>, initial: Original): Original {
  const [original, setOriginal] = useState(initial);
  useEffect(() => {
    const formElement = ref.current?.form;
    if (!formElement) return;
    const follow = (event: Event) => {
      const target = event.target as HTMLInputElement;
      if (target.name === "language" || (FIELDS as readonly string[]).includes(target.name)) setOriginal((before) => ({ ...before, [target.name]: target.value }));
    };
    formElement.addEventListener("input", follow);
    formElement.addEventListener("change", follow);
    return () => {
      formElement.removeEventListener("input", follow);
      formElement.removeEventListener("change", follow);
    };
  }, [ref]);
  return original;
}
