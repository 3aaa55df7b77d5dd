"use client";

import type { ReactNode } from "react";
import { useFieldIds } from "./form-id";

// The ids of a field's control, hint and error derive from its form's id (see form-id.tsx): the
// same field name in two forms of one page never gives the same id.

type Common = {
  name: string;
  label: string;
  /** Problems with this field, shown under it and announced with it. */
  errors?: string[];
  hint?: string;
  required?: boolean;
};

type Ids = ReturnType<typeof useFieldIds>;

function describedBy(common: Common, ids: Ids) {
  const list = [common.hint && ids.hint, common.errors?.length && ids.error].filter(Boolean);
  return list.length ? list.join(" ") : undefined;
}

/** A field's problems, under it and tied to its control by `ids.error`. */
function FieldError({ ids, errors }: { ids: Ids; errors?: string[] }) {
  return errors?.length ? (
    <p id={ids.error} className="field-error">
      {errors.join(" ")}
    </p>
  ) : null;
}

function FieldShell({ children, ids, ...common }: Common & { ids: Ids; children: ReactNode }) {
  const { label, errors, hint } = common;
  return (
    <div className="field">
      <label htmlFor={ids.control}>{label}</label>
      {hint && (
        <p id={ids.hint} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      <FieldError ids={ids} errors={errors} />
    </div>
  );
}

/** A labelled input whose errors and hint are tied to it for screen readers. */
export function TextField({
  type = "text",
  defaultValue,
  autoComplete,
  ...common
}: Common & { type?: string; defaultValue?: string; autoComplete?: string }) {
  const ids = useFieldIds(common.name);
  return (
    <FieldShell {...common} ids={ids}>
      <input
        id={ids.control}
        name={common.name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={common.required}
        aria-invalid={common.errors?.length ? true : undefined}
        aria-describedby={describedBy(common, ids)}
      />
    </FieldShell>
  );
}

/** A labelled select; `options` are value/label pairs. `onChange` (client components only) hears each choice. */
export function SelectField({
  options,
  defaultValue,
  onChange,
  ...common
}: Common & { options: { value: string; label: string }[]; defaultValue?: string; onChange?: (value: string) => void }) {
  const ids = useFieldIds(common.name);
  return (
    <FieldShell {...common} ids={ids}>
      <select
        id={ids.control}
        name={common.name}
        defaultValue={defaultValue}
        onChange={onChange && ((event) => onChange(event.target.value))}
        required={common.required}
        aria-invalid={common.errors?.length ? true : undefined}
        aria-describedby={describedBy(common, ids)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/**
 * A labelled checkbox; its hints, when given (what ticking it does, to be heard before ticking),
 * and its errors are read out with it.
 */
export function CheckboxField({ name, label, defaultChecked, hints = [], errors }: { name: string; label: string; defaultChecked?: boolean; hints?: string[]; errors?: string[] }) {
  const ids = useFieldIds(name);
  const hintIds = hints.map((_, index) => `${ids.hint}-${index}`);
  const described = [...hintIds, ...(errors?.length ? [ids.error] : [])];
  const controls = (
    <>
      <input
        id={ids.control}
        name={name}
        type="checkbox"
        value="on"
        defaultChecked={defaultChecked}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described.length ? described.join(" ") : undefined}
      />
      <label htmlFor={ids.control}>{label}</label>
    </>
  );
  if (!described.length) return <div className="field field-checkbox">{controls}</div>;
  return (
    <div className="field">
      <div className="field-checkbox">{controls}</div>
      {hints.map((hint, index) => (
        <p key={hintIds[index]} id={hintIds[index]} className="field-hint">
          {hint}
        </p>
      ))}
      <FieldError ids={ids} errors={errors} />
    </div>
  );
}

/** A labelled text area. */
export function TextAreaField({ defaultValue, rows = 5, ...common }: Common & { defaultValue?: string; rows?: number }) {
  const ids = useFieldIds(common.name);
  return (
    <FieldShell {...common} ids={ids}>
      <textarea
        id={ids.control}
        name={common.name}
        rows={rows}
        defaultValue={defaultValue}
        required={common.required}
        aria-invalid={common.errors?.length ? true : undefined}
        aria-describedby={describedBy(common, ids)}
      />
    </FieldShell>
  );
}

/** A labelled file input: one file, or several with `multiple`, of the types `accept` names. */
export function FileField({ accept, multiple, ...common }: Common & { accept: string; multiple?: boolean }) {
  const ids = useFieldIds(common.name);
  return (
    <FieldShell {...common} ids={ids}>
      <input
        id={ids.control}
        name={common.name}
        type="file"
        accept={accept}
        multiple={multiple}
        required={common.required}
        aria-invalid={common.errors?.length ? true : undefined}
        aria-describedby={describedBy(common, ids)}
      />
    </FieldShell>
  );
}
