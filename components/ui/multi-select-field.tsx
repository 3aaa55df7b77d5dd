"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldIds } from "./form-id";
import styles from "./multi-select-field.module.css";

type Option = { value: string; label: string };

type Props = {
  name: string;
  label: string;
  options: Option[];
  defaultValue?: string[];
  errors?: string[];
  hint?: string;
  /** Whether a value is needed: the server says so when none is chosen (a group of checkboxes cannot require one). */
  required?: boolean;
};

/** Lower-case and without accents, so that "mexico" finds "México". */
const folded = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

/**
 * Several values chosen from a list, by touch or keyboard: a group of real checkboxes under a
 * search box that narrows them, with the chosen ones shown first as buttons that remove them and
 * counted aloud. The form sends the field once per chosen value, as a multiple select did; without
 * JavaScript the checkboxes work alone.
 */
export function MultiSelectField({ name, label, options, defaultValue = [], errors, hint }: Props) {
  const t = useTranslations("Forms");
  const ids = useFieldIds(name);
  const [chosen, setChosen] = useState(() => new Set(defaultValue));
  const [query, setQuery] = useState("");
  const toggle = (value: string, on: boolean) =>
    setChosen((before) => {
      const after = new Set(before);
      if (on) after.add(value);
      else after.delete(value);
      return after;
    });
  const found = folded(query.trim());
  const chosenOptions = options.filter((option) => chosen.has(option.value));
  const shown = new Set(options.filter((option) => !found || folded(`${option.label} ${option.value}`).includes(found)).map((option) => option.value));
  const describedBy = [hint && ids.hint, errors?.length && ids.error].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={`field ${styles.group}`} aria-describedby={describedBy}>
      <legend className={styles.legend}>{label}</legend>
      {hint && (
        <p id={ids.hint} className="field-hint">
          {hint}
        </p>
      )}
      <div className={styles.search}>
        <label htmlFor={ids.control}>{t("search", { field: label })}</label>
        <input id={ids.control} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" aria-controls={`${ids.control}-options`} />
      </div>
      <p role="status" className={styles.count}>
        {t("chosen", { count: chosen.size })}
      </p>
      {chosenOptions.length > 0 && (
        <ul className={styles.chips} aria-label={t("chosenList")}>
          {chosenOptions.map((option) => (
            <li key={option.value}>
              <button type="button" className={styles.chip} aria-label={t("remove", { option: option.label })} onClick={() => toggle(option.value, false)}>
                {option.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ul id={`${ids.control}-options`} className={styles.options}>
        {options.map((option) => {
          const id = `${ids.control}-${option.value}`;
          return (
            // A hidden option keeps its place in the form: a chosen one is still sent while the search hides it.
            <li key={option.value} className={styles.option} hidden={!shown.has(option.value)}>
              <input id={id} type="checkbox" name={name} value={option.value} checked={chosen.has(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
              <label htmlFor={id}>{option.label}</label>
            </li>
          );
        })}
      </ul>
      {shown.size === 0 && <p className={styles.count}>{t("noMatch", { query })}</p>}
      {errors?.length ? (
        <p id={ids.error} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
